import { describe, expect, it } from 'vitest';
import { DiscoverEnvSchema, EnvError, NotifyEnvSchema, parseEnv, ProcessEnvSchema, resolveFeedsFile } from '../../shared/config/env.js';

describe('Lambda env', () => {
  it('parses a good notify env, the threshold as a number', () => {
    const env = parseEnv(NotifyEnvSchema, {
      TABLE_NAME: 'coop-facts', TOPIC_ARN: 'arn:aws:sns:eu-central-1:123456789012:alerts', ALERT_THRESHOLD_USD: '25000000', STAGE: 'prod',
    });
    expect(env).toEqual({ TABLE_NAME: 'coop-facts', TOPIC_ARN: 'arn:aws:sns:eu-central-1:123456789012:alerts', ALERT_THRESHOLD_USD: 25_000_000, STAGE: 'prod' });
  });

  it('lists every bad variable at once, with the value it got', () => {
    const error = (() => {
      try { parseEnv(NotifyEnvSchema, { TOPIC_ARN: 'alerts', ALERT_THRESHOLD_USD: 'lots' }); } catch (e) { return e; }
      return null;
    })();
    expect(error).toBeInstanceOf(EnvError);
    const { problems, message } = error as EnvError;
    expect(problems).toHaveLength(3);
    expect(message).toContain('TABLE_NAME is not set');
    expect(message).toContain('TOPIC_ARN must be an SNS topic ARN (got "alerts")');
    expect(message).toContain('ALERT_THRESHOLD_USD');
    expect(message).toContain('(got "lots")');
  });

  it('requires the bucket for process and the queue URL for discover', () => {
    expect(() => parseEnv(ProcessEnvSchema, { TABLE_NAME: 't' })).toThrow(/BUCKET_NAME is not set/);
    expect(() => parseEnv(DiscoverEnvSchema, { TABLE_NAME: 't', FEEDS_FILE: 'feeds.json', QUEUE_URL: 'queue' })).toThrow(/QUEUE_URL must be the queue URL/);
  });

  it('resolves a relative feeds file under the Lambda task root', () => {
    const env = parseEnv(DiscoverEnvSchema, {
      TABLE_NAME: 't', QUEUE_URL: 'https://sqs.eu-central-1.amazonaws.com/123456789012/items', FEEDS_FILE: 'feeds.json', LAMBDA_TASK_ROOT: '/var/task',
    });
    expect(resolveFeedsFile(env)).toBe('/var/task/feeds.json');
    expect(resolveFeedsFile({ ...env, FEEDS_FILE: '/opt/feeds.json' })).toBe('/opt/feeds.json');
  });
});
