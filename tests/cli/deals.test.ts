// The deals command's contract: one JSON line per deal across the files, with exactly the keys,
// each mention naming its file; a file that cannot be read is named on stderr and the rest still group.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Our own invented reports (regression cases, not a measure): one loan told by two outlets, and the
// same bank's other loan to the same country.
const KUN = `ADB to lend $150 million for water supply in Karakalpakstan

TASHKENT, November 18. The Asian Development Bank will provide Uzbekistan with a loan of $150 million to rebuild water supply networks in Karakalpakstan, the Ministry of Economy and Finance said.
`;
const TREND = `Uzbekistan, ADB sign loan for Karakalpakstan water supply

TASHKENT, Uzbekistan, November 19. Uzbekistan and the Asian Development Bank (ADB) have signed a $150 million loan agreement to rebuild water supply networks in Karakalpakstan, Trend reports.
`;
const OTHER = `ADB approves $120 million for Khorezm water

TASHKENT, November 22. The ADB has approved a $120 million loan to Uzbekistan for water supply in the Khorezm region.
`;

let dir = '';
const run = (...files: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'shared/local/cli/deals.ts', ...files], { encoding: 'utf8', timeout: 25_000 });
  return { status: r.status, stdout: r.stdout, deals: r.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)), stderr: r.stderr };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deals-cli-'));
  writeFileSync(join(dir, 'kun.txt'), KUN);
  writeFileSync(join(dir, 'trend.txt'), TREND);
  writeFileSync(join(dir, 'other.txt'), OTHER);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run deals', () => {
  it('prints one line per deal, the loan of two outlets as one deal and the other loan apart', () => {
    const files = ['kun.txt', 'trend.txt', 'other.txt'].map((f) => join(dir, f));
    const { status, deals } = run(...files);
    expect(status).toBe(0);
    for (const d of deals) {
      expect(Object.keys(d)).toEqual(['deal', 'type', 'status', 'amount', 'amountUsd', 'countries', 'organizations', 'mentions']);
      for (const m of d.mentions) expect(Object.keys(m)).toEqual(['source', 'evidence']);
    }
    const loan = deals.find((d) => d.mentions.some((m: { source: string }) => m.source === files[0]));
    expect(loan).toMatchObject({ type: 'financing', amount: { value: 150e6, currency: 'USD' }, amountUsd: 150e6, countries: ['UZ'] });
    expect(new Set(loan.mentions.map((m: { source: string }) => m.source))).toEqual(new Set([files[0], files[1]]));
    expect(loan.organizations).toEqual(['Asian Development Bank (ADB)']);
    const other = deals.filter((d) => d.mentions.some((m: { source: string }) => m.source === files[2]));
    expect(other.every((d) => d.deal !== loan.deal && d.mentions.every((m: { source: string }) => m.source === files[2]))).toBe(true);
  });

  it('gives the same deals whatever order the files come in', () => {
    const files = ['kun.txt', 'trend.txt', 'other.txt'].map((f) => join(dir, f));
    const ids = (out: ReturnType<typeof run>) => out.deals.map((d) => d.deal).sort();
    expect(ids(run(...files))).toEqual(ids(run(...[...files].reverse())));
  });

  it('names an unreadable file on stderr, exits 1, and still groups the others', () => {
    const { status, deals, stderr } = run(join(dir, 'kun.txt'), join(dir, 'missing.txt'), join(dir, 'trend.txt'));
    expect(status).toBe(1);
    expect(stderr).toMatch(/missing\.txt/);
    const sources = (d: { mentions: Array<{ source: string }> }) => new Set(d.mentions.map((m) => m.source));
    expect(deals.some((d) => sources(d).size === 2)).toBe(true);
  });

  it('prints usage for --help with exit code 0, and exits 2 with no files', () => {
    expect(run('--help')).toMatchObject({ status: 0, stdout: expect.stringMatching(/^usage: npm run --silent deals/) });
    expect(run().status).toBe(2);
  });
});
