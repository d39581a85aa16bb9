import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../helpers/child-run.js';
import { startHttpServer, type TestServer } from '../../helpers/http-server.js';
import { RatesFileSchema } from '../../../shared/facts/money/rates/rates-file.js';
import { RATE_CURRENCIES } from '../../../shared/facts/money/rates/refresh.js';

// Real data in each source's format (see rates-source/README.md), served on loopback as the sources serve it.
const SOURCE = join(import.meta.dirname, 'rates-source');
const CLI = 'shared/local/cli/rates.ts';

describe('npm run rates -- refresh, against the sources on a loopback server', () => {
  let server: TestServer;
  const failing = new Set<string>();

  beforeAll(async () => {
    server = await startHttpServer((req, res) => {
      const url = req.url ?? '';
      if (failing.has(url)) { res.writeHead(500).end('down'); return; }
      if (url === '/imf/imf_exchangerates.csv') { res.writeHead(200, { 'content-type': 'text/csv' }).end(readFileSync(join(SOURCE, 'imf_exchangerates.csv'))); return; }
      if (url === '/registry/@fawazahmed0%2fcurrency-api') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(join(SOURCE, 'packument.json')));
        return;
      }
      const file = url.startsWith('/cdn/npm/') ? join(SOURCE, decodeURIComponent(url.slice('/cdn/'.length))) : '';
      if (file && existsSync(file)) { res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(file)); return; }
      res.writeHead(404).end();
    });
  });
  afterAll(async () => { await server.close(); });

  const args = (out: string) => ['refresh', '--out', out, '--since', '2020-01', '--imf-url', `${server.url}/imf/imf_exchangerates.csv`, '--registry', `${server.url}/registry`, '--cdn', `${server.url}/cdn`];

  it('writes each month from the IMF where it has one, else from the month\'s last daily version, and says which', async () => {
    // Prepare
    const out = join(mkdtempSync(join(tmpdir(), 'rates-')), 'usd-rates.json');
    server.requests.length = 0;
    // Act
    const run = await runCli(CLI, args(out), {}, { timeoutMs: 60_000 });
    // Assert
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const file = RatesFileSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(Object.keys(file.currencies)).toEqual([...RATE_CURRENCIES].sort());
    // The afghani: IMF month-end figures to May 2021 (the CSV's 2019 rows are before --since), then the daily API.
    expect(file.currencies.AFN).toMatchObject({
      range: ['2020-01', '2026-09'],
      segments: [{ source: 'imf', from: '2020-01', to: '2021-05' }, { source: 'fawazahmed0', from: '2024-03', to: '2024-03' }, { source: 'fawazahmed0', from: '2026-09', to: '2026-09' }],
    });
    expect(file.currencies.AFN?.unitsPerUsd).toMatchObject({ '2020-01': 76.98, '2021-05': 77.655, '2024-03': 71.2918, '2026-09': 63.9813 });
    expect(Object.keys(file.currencies.AFN?.unitsPerUsd ?? {})).toHaveLength(19);
    // Turkmenistan's manat only from the daily API; 3.49384948 kept to 6 significant digits.
    expect(file.currencies.TMT).toEqual({ range: ['2024-03', '2026-09'], segments: [{ source: 'fawazahmed0', from: '2024-03', to: '2024-03' }, { source: 'fawazahmed0', from: '2026-09', to: '2026-09' }], unitsPerUsd: { '2024-03': 3.49385, '2026-09': 3.49982 } });
    // Each month's last version stands for it; the earlier one of the same month is never fetched.
    expect(file.sources.fawazahmed0.days).toEqual({ '2024-03': '2024-03-28', '2026-09': '2026-09-29' });
    const paths = server.requests.map((r) => r.url);
    expect(paths.filter((p) => p.startsWith('/cdn/'))).toEqual([
      '/cdn/npm/@fawazahmed0/currency-api@2024.3.28/v1/currencies/usd.json',
      '/cdn/npm/@fawazahmed0/currency-api@2026.9.29/v1/currencies/usd.json',
    ]);
    expect(server.requests.find((r) => r.url.startsWith('/registry/'))?.headers.accept).toContain('application/vnd.npm.install-v1+json');
    expect(file.sources.imf).toMatchObject({ url: 'https://codeforiati.org/imf-exchangerates/imf_exchangerates.csv', retrieved: new Date().toISOString().slice(0, 10) });
    expect(file.sources.imf.via).toBeUndefined();
    expect(run.stdout).toContain('AFN 2020-01..2026-09 (19 months): imf 2020-01..2021-05, fawazahmed0 2024-03..2024-03, fawazahmed0 2026-09..2026-09');
  });

  it('fails naming the source that failed and leaves the table it had', async () => {
    // Prepare: a table in place, and the CDN down for one version.
    const out = join(mkdtempSync(join(tmpdir(), 'rates-')), 'usd-rates.json');
    writeFileSync(out, '{"before": true}\n');
    failing.add('/cdn/npm/@fawazahmed0/currency-api@2026.9.29/v1/currencies/usd.json');
    try {
      // Act
      const run = await runCli(CLI, args(out), {}, { timeoutMs: 60_000 });
      // Assert
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`rates: ${server.url}/cdn/npm/@fawazahmed0/currency-api@2026.9.29/v1/currencies/usd.json: HTTP 500`);
      expect(readFileSync(out, 'utf8')).toBe('{"before": true}\n');
    } finally {
      failing.clear();
    }
  });
});
