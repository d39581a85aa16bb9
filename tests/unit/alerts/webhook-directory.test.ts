import { describe, expect, it } from 'vitest';
import { configuredWebhookDirectory, passesFilters } from '../../helpers/fixed-webhook-directory.js';
import { webhookIdOf, webhookSecretParameter } from '../../../shared/config/webhook-secret-name.js';
import { AGREEMENT_NO_AMOUNT, NEW_LOAN } from './fixed-alerts.js';

describe('passesFilters (what an SNS filter policy on the alert attributes would pass)', () => {
  it.each([
    ['no filter', {}, true],
    ['its type', { types: ['financing'] }, true],
    ['another type', { types: ['trade'] }, false],
    ['one of its countries', { countries: ['CN', 'KZ'] }, true],
    ['none of its countries', { countries: ['KZ'] }, false],
    ['an amount it reaches', { minAmountUsd: 150_000_000 }, true],
    ['an amount it does not reach', { minAmountUsd: 150_000_001 }, false],
  ])('the $150M UZ-CN loan against %s', (_, filters, expected) => {
    expect(passesFilters(NEW_LOAN, filters)).toBe(expected);
  });

  it('never passes an amount filter for an alert without a dollar figure', () => {
    expect(passesFilters(AGREEMENT_NO_AMOUNT, { minAmountUsd: 0 })).toBe(false);
  });
});

describe('configuredWebhookDirectory', () => {
  const hook = (id: string, over = {}) => ({ id, url: `https://h.example.org/${id}`, format: 'json' as const, secretParameter: `/coop-facts/t/webhooks/${id}`, ...over });
  const directory = configuredWebhookDirectory([hook('a', { countries: ['UZ'] }), hook('b', { types: ['trade'] })]);

  it('gives the targets whose filters pass, without their filters, and any target by id', async () => {
    expect(await directory.targetsFor(NEW_LOAN)).toEqual([hook('a')]);
    expect(await directory.byId('b')).toEqual(hook('b'));
    expect(await directory.byId('c')).toBeNull();
  });
});

describe('webhook ids and secret names', () => {
  it('makes a readable, stable id per URL, different for two paths on one host', () => {
    expect(webhookIdOf('https://hooks.example.org/coop-facts')).toBe('hooks-example-org-8ed914b4');
    expect(webhookIdOf('https://hooks.example.org/other')).toMatch(/^hooks-example-org-[0-9a-f]{8}$/);
    expect(webhookIdOf('https://hooks.example.org/other')).not.toBe(webhookIdOf('https://hooks.example.org/coop-facts'));
    expect(webhookSecretParameter('prod', 'x-1')).toBe('/coop-facts/prod/webhooks/x-1');
  });
});
