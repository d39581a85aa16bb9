import { describe, expect, it } from 'vitest';
import { DiscoverEnvSchema, EnvError, NotifyEnvSchema, parseEnv, ProcessEnvSchema, resolveFeedsFile } from '../../shared/config/env.js';

describe('Lambda env', () => {
  it('parses a good notify env, and a process env with the threshold as a number', () => {
    const env = parseEnv(NotifyEnvSchema, { TABLE_NAME: 'coop-facts', TOPIC_ARN: 'arn:aws:sns:eu-central-1:123456789012:alerts', STAGE: 'prod' });
    expect(env).toEqual({ TABLE_NAME: 'coop-facts', TOPIC_ARN: 'arn:aws:sns:eu-central-1:123456789012:alerts', STAGE: 'prod' });
    const processEnv = parseEnv(ProcessEnvSchema, { TABLE_NAME: 'coop-facts', BUCKET_NAME: 'b', ALERT_THRESHOLD_USD: '25000000' });
    expect(processEnv).toEqual({ TABLE_NAME: 'coop-facts', BUCKET_NAME: 'b', ALERT_THRESHOLD_USD: 25_000_000, STAGE: 'dev' });
  });

  it('lists every bad variable at once, with the value it got', () => {
    const error = (() => {
      try { parseEnv(ProcessEnvSchema, { BUCKET_NAME: '', ALERT_THRESHOLD_USD: 'lots' }); } catch (e) { return e; }
      return null;
    })();
    expect(error).toBeInstanceOf(EnvError);
    const { problems, message } = error as EnvError;
    expect(problems).toHaveLength(3);
    expect(message).toContain('TABLE_NAME is not set');
    expect(message).toContain('BUCKET_NAME is empty (got "")');
    expect(message).toContain('ALERT_THRESHOLD_USD');
    expect(message).toContain('(got "lots")');
  });

  it('requires the bucket for process and the queue URL for discover', () => {
    expect(() => parseEnv(ProcessEnvSchema, { TABLE_NAME: 't', ALERT_THRESHOLD_USD: '1' })).toThrow(/BUCKET_NAME is not set/);
    expect(() => parseEnv(NotifyEnvSchema, { TABLE_NAME: 't', TOPIC_ARN: 'alerts' })).toThrow(/TOPIC_ARN must be an SNS topic ARN \(got "alerts"\)/);
    expect(() => parseEnv(DiscoverEnvSchema, { TABLE_NAME: 't', FEEDS_FILE: 'feeds.json', QUEUE_URL: 'queue' })).toThrow(/QUEUE_URL must be the queue URL/);
  });

  it('resolves a relative feeds file under the Lambda task root', () => {
    const env = parseEnv(DiscoverEnvSchema, {
      TABLE_NAME: 't', QUEUE_URL: 'https://sqs.eu-central-1.amazonaws.com/123456789012/items', FEEDS_FILE: 'feeds.json', LAMBDA_TASK_ROOT: '/var/task',
    });
    expect(resolveFeedsFile(env)).toBe('/var/task/feeds.json');
    expect(resolveFeedsFile({ ...env, FEEDS_FILE: '/opt/feeds.json' })).toBe('/opt/feeds.json');
  });

  it('reads the schedule period for discover, none when the stack set none (poll.ts then takes the default schedule\'s)', () => {
    const base = { TABLE_NAME: 't', QUEUE_URL: 'https://sqs.eu-central-1.amazonaws.com/123456789012/items', FEEDS_FILE: 'feeds.json' };
    expect(parseEnv(DiscoverEnvSchema, base).SCHEDULE_PERIOD_MINUTES).toBeUndefined();
    expect(parseEnv(DiscoverEnvSchema, { ...base, SCHEDULE_PERIOD_MINUTES: '15' }).SCHEDULE_PERIOD_MINUTES).toBe(15);
    expect(() => parseEnv(DiscoverEnvSchema, { ...base, SCHEDULE_PERIOD_MINUTES: 'soon' })).toThrow(/SCHEDULE_PERIOD_MINUTES must be a number/);
  });
});
