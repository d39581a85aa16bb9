import { describe, expect, it } from 'vitest';
import { localWebhookConfig } from '../../../shared/config/webhook-config.js';

const URL = 'https://hooks.example.org/coop';
const SECRET = '0123456789abcdef';

describe('localWebhookConfig', () => {
  it('is null without a URL, whatever else is set', () => {
    expect(localWebhookConfig({})).toBeNull();
    expect(localWebhookConfig({ ALERT_WEBHOOK_URL: ' ', ALERT_WEBHOOK_SECRET: SECRET })).toBeNull();
  });

  it('signs with the secret, in json unless slack is asked for', () => {
    expect(localWebhookConfig({ ALERT_WEBHOOK_URL: URL, ALERT_WEBHOOK_SECRET: SECRET })).toEqual({ url: URL, format: 'json', secret: SECRET });
    expect(localWebhookConfig({ ALERT_WEBHOOK_URL: URL, ALERT_WEBHOOK_SECRET: SECRET, ALERT_WEBHOOK_FORMAT: 'Slack' })).toEqual({ url: URL, format: 'slack', secret: SECRET });
  });

  it('refuses a URL without a secret unless unsigned is asked for', () => {
    expect(() => localWebhookConfig({ ALERT_WEBHOOK_URL: URL })).toThrow('ALERT_WEBHOOK_URL is set but ALERT_WEBHOOK_SECRET is not');
    expect(() => localWebhookConfig({ ALERT_WEBHOOK_URL: URL, ALERT_WEBHOOK_UNSIGNED: '0' })).toThrow('ALERT_WEBHOOK_URL is set but ALERT_WEBHOOK_SECRET is not');
    expect(localWebhookConfig({ ALERT_WEBHOOK_URL: URL, ALERT_WEBHOOK_UNSIGNED: '1' })).toEqual({ url: URL, format: 'json', secret: null });
  });

  it('lists every bad setting at once', () => {
    expect(() => localWebhookConfig({ ALERT_WEBHOOK_URL: 'ftp://x', ALERT_WEBHOOK_SECRET: 'short', ALERT_WEBHOOK_FORMAT: 'xml', ALERT_WEBHOOK_UNSIGNED: 'yes' })).toThrow(
      'Invalid webhook settings: ALERT_WEBHOOK_URL must be an http(s) URL; ALERT_WEBHOOK_SECRET must be at least 16 characters (openssl rand -hex 32 makes one); ALERT_WEBHOOK_FORMAT must be json or slack; ALERT_WEBHOOK_UNSIGNED must be 1 or 0',
    );
  });
});
