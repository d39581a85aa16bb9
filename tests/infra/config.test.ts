import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadFeedsForSynth, readStageConfig } from '../../infra/config.js';
import { buildTestApp } from './stack-helper.js';

const fromContext = (ctx: Record<string, unknown>) => (key: string) => ctx[key];

describe('stage config (CDK context)', () => {
  it('fills the defaults: dev stage, every 5 minutes, $10M threshold', () => {
    const config = readStageConfig(fromContext({}));
    expect(config).toMatchObject({
      stage: 'dev', schedule: 'rate(5 minutes)', alertThresholdUsd: 10_000_000,
      processConcurrency: 2, exportHourUtc: 3, logRetentionDays: 30,
    });
  });

  it('reads -c strings as the types cdk.json would give', () => {
    const config = readStageConfig(fromContext({ processConcurrency: '12', alertThresholdUsd: '2.5e7', schedule: 'cron(0/10 * * * ? *)' }));
    expect(config.processConcurrency).toBe(12);
    expect(config.alertThresholdUsd).toBe(25_000_000);
    expect(config.schedule).toBe('cron(0/10 * * * ? *)');
  });

  it('refuses a cron whose period discover could not be told', () => {
    expect(() => readStageConfig(fromContext({ schedule: 'cron(0 L * * ? *)' }))).toThrow(/-c schedule: cannot read the period of "cron\(0 L \* \* \? \*\)"/);
  });

  it('lists every bad key in one error, with the value it got', () => {
    const read = () => readStageConfig(fromContext({
      schedule: 'every 5 minutes', alertThresholdUsd: '-3', logRetentionDays: '10',
    }));
    expect(read).toThrow(ConfigError);
    const message = (() => { try { read(); } catch (err) { return (err as Error).message; } return ''; })();
    expect(message).toContain('-c schedule: must be "rate(N minutes|hours|days)"');
    expect(message).toContain('(got "every 5 minutes")');
    expect(message).toContain('-c alertThresholdUsd: must be >= 0 (got -3)');
    expect(message).toContain('-c logRetentionDays: must be one of');
  });

  it('says a non-number is not a number', () => {
    expect(() => readStageConfig(fromContext({ processConcurrency: 'many' }))).toThrow('-c processConcurrency: must be a number (got "many")');
  });

  it('refuses "rate(1 minutes)", which EventBridge would only refuse at deploy time', () => {
    expect(() => readStageConfig(fromContext({ schedule: 'rate(1 minutes)' }))).toThrow(/-c schedule/);
    expect(readStageConfig(fromContext({ schedule: 'rate(1 minute)' })).schedule).toBe('rate(1 minute)');
  });

  it('refuses the retired subscriptions key, saying where subscriptions went', () => {
    for (const subscriptions of ['[{"kind":"email","endpoint":"desk@example.org"}]', [], '[]']) {
      expect(() => readStageConfig(fromContext({ subscriptions }))).toThrow(ConfigError);
      expect(() => readStageConfig(fromContext({ subscriptions }))).toThrow(/-c subscriptions: subscriptions are data now, not stack settings: add each with `npm run subscriptions -- add \.\.\. --aws`/);
    }
    expect(Object.keys(readStageConfig(fromContext({})))).not.toContain('subscriptions');
  });

  it('fails the synth on a missing or invalid feeds file, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feeds-'));
    expect(() => loadFeedsForSynth(join(dir, 'absent.json'), dir)).toThrow(/-c feedsFile: feeds file .*absent\.json: cannot be read/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ feeds: [{ id: 'Bad Id', url: 'not a url', outlet: 'X' }] }));
    expect(() => loadFeedsForSynth(bad, dir)).toThrow(/-c feedsFile: feeds file .*bad\.json: 2 problems:\n  - feeds\[0\]\.id/);
    expect(() => buildTestApp({ feedsFile: bad })).toThrow(ConfigError);
  });
});
