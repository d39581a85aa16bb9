// The README's promise, as a user runs it: `npm start` twice, then `npm run query`.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DealSchema, FactSchema } from '../../../shared/schemas/index.js';

const run = promisify(execFile);
const node = (script: string, args: string[]) =>
  run(process.execPath, ['--openssl-legacy-provider', '--import', 'tsx', script, ...args], {
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ALERT_WEBHOOK_URL: '' },
    maxBuffer: 1 << 24,
  });

describe('npm start, twice, then npm run query', () => {
  it('ingests the sample site, changes nothing the second time, and answers queries from the store', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'start-')), '.data');

    const first = await node('shared/local/cli/run.ts', ['--data', data]);
    expect(first.stdout).toMatch(/== Summary/);
    expect(first.stdout).toMatch(/feeds polled\s+4: 4 new content/);
    expect(first.stdout).toMatch(/items\s+[1-9]\d* new/);
    expect(first.stdout).toMatch(/== Newest facts in the store/);
    const typesLine = first.stdout.split('\n').find((l) => l.startsWith('new facts'))!;
    const nonZero = [...typesLine.matchAll(/(investment|trade|financing|agreement|project) (\d+)/g)].filter((m) => Number(m[2]) > 0);
    expect(nonZero.length).toBeGreaterThanOrEqual(4);
    expect(first.stderr).toMatch(/feed sample-trend/);
    // The sample site's three events reported by several outlets are three deals, listed with their outlets
    // (the fourth: the water project the ADB loan pays for, named by two of its reports).
    expect(first.stdout).toMatch(/deals\s+\d+ hold this run's facts; 4 reported by several outlets:/);
    // The ADB loan in English and Russian: 7 mentions, Kun.uz's two editions one outlet. Its organisations are
    // shown by their fullest name across languages, today the Russian «Азиатский банк развития (АБР)».
    expect(first.stdout).toMatch(/financing USD 150,000,000 \(signed\) UZ; [^\n]*\((?:ADB|АБР)\)[^\n]*: Kun\.uz, The Astana Times, Trend \(7 mentions\)/);
    // Publish-to-alert latency of the run's alerts, one per alert sent (the sample items are dated November 2026).
    const sentCount = Number(/alerts sent\s+(\d+)/.exec(first.stdout)?.[1]);
    expect(sentCount).toBeGreaterThan(0);
    expect(first.stdout).toMatch(new RegExp(`alert latency\\s+p50 -?[\\d.]+ (s|min|h|d), p95 -?[\\d.]+ (s|min|h|d), max -?[\\d.]+ (s|min|h|d) \\(publication to alert sent, ${sentCount} alerts\\)`));

    const second = await node('shared/local/cli/run.ts', ['--data', data]);
    expect(second.stdout).toMatch(/feeds polled\s+4: 0 new content, 4 not modified/);
    expect(second.stdout).toMatch(/items\s+0 new, 0 updated, 0 retried/);
    expect(second.stdout).toMatch(/new facts\s+0:/);
    expect(second.stdout).toMatch(/alerts sent\s+0/);
    expect(second.stdout).not.toMatch(/alert latency/);
    expect(second.stdout).toMatch(/deals\s+0 hold this run's facts/);

    const query = await node('shared/local/cli/query.ts', ['--data', data, '--type', 'agreement', '--format', 'json']);
    const facts = query.stdout.trim().split('\n').map((l) => FactSchema.parse(JSON.parse(l)));
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.type === 'agreement')).toBe(true);

    // No silent row limit: json gives every fact; the table says what it left out.
    const all = (await node('shared/local/cli/query.ts', ['--data', data, '--format', 'json'])).stdout.trim().split('\n');
    const table = await node('shared/local/cli/query.ts', ['--data', data, '--limit', '5']);
    expect(all.length).toBeGreaterThan(50);
    expect(table.stdout).toMatch(new RegExp(`\\n5 of ${all.length} facts shown \\(newest first; --limit N, or --format csv\\|json for all\\)\\n$`));

    // By organisation key: the abbreviation finds the facts that name the bank in full, and the reverse.
    const byAbbreviation = (await node('shared/local/cli/query.ts', ['--data', data, '--org', 'ADB', '--format', 'json'])).stdout.trim().split('\n').map((l) => FactSchema.parse(JSON.parse(l)));
    expect(byAbbreviation.some((f) => f.organizations.includes('Asian Development Bank (ADB)'))).toBe(true);
    expect(byAbbreviation.some((f) => f.organizations.includes('Asian Development Bank'))).toBe(true);
    const byName = (await node('shared/local/cli/query.ts', ['--data', data, '--org', 'Asian Development Bank (ADB)', '--format', 'json'])).stdout.trim().split('\n');
    expect(byName.length).toBe(byAbbreviation.length);

    // Deals, and one deal's facts.
    const deals = (await node('shared/local/cli/query.ts', ['--data', data, '--deals', '--org', 'ADB', '--format', 'json'])).stdout.trim().split('\n').map((l) => DealSchema.parse(JSON.parse(l)));
    const adbLoan = deals.find((d) => d.outlets.length === 3)!;
    expect(adbLoan).toMatchObject({ type: 'financing', amount: { value: 150e6, currency: 'USD' }, countries: ['UZ'] });
    const ofDeal = (await node('shared/local/cli/query.ts', ['--data', data, '--deal', adbLoan.id, '--format', 'json'])).stdout.trim().split('\n').map((l) => FactSchema.parse(JSON.parse(l)));
    expect(ofDeal.map((f) => f.id).sort()).toEqual(adbLoan.mentions.map((m) => m.factId).sort());
  }, 120_000);

  it('prints its usage for --help, with exit code 0', async () => {
    const help = await node('shared/local/cli/query.ts', ['--help']);
    expect(help.stdout).toMatch(/^usage: npm run query -- \[--deals \| --deal ID\]/);
    expect(help.stderr).toBe('');
  });

  it('refuses an invalid live feeds file before starting anything, naming every bad field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feeds-'));
    const file = join(dir, 'feeds.json');
    writeFileSync(file, JSON.stringify({ feeds: [{ id: 'Bad Id', url: 'not a url', outlet: 'X' }] }));
    const failed = await node('shared/local/cli/run.ts', ['--live', '--feeds', file, '--data', join(dir, '.data')]).catch((e) => e);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/feeds\[0\]\.id/);
    expect(failed.stderr).toMatch(/feeds\[0\]\.url/);
    expect(failed.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses a bad option with a clear message and exit code 2', async () => {
    await expect(node('shared/local/cli/query.ts', ['--type', 'rumour'])).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/--type/) });
  });
});
