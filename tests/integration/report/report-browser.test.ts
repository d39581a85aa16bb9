// `npm run report` on a store holding the fixture's articles, facts and deals, opened from the file
// in a real headless chromium: the charts are SVG with one bar per data cell, the tables have their
// rows, links lead to the sources, article text stays text, and the page loads nothing and logs no error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { startLocalStores } from '../../../shared/local/stores.js';
import { bundleCli, removeBundles, runCli, type ChildRun } from '../../helpers/child-run.js';
import { HOSTILE_EVIDENCE, reportFixture, writeReportFixture } from '../../helpers/report-fixtures.js';
import { CHROMIUM_PATH, chromiumInstalled, launchChromium } from '../../helpers/browser.js';

const fx = reportFixture();
const present = chromiumInstalled();
if (!present) console.warn(`report browser test skipped: no chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);

describe.skipIf(!present)(`npm run report, in headless chromium (${CHROMIUM_PATH})`, () => {
  let run: ChildRun;
  let out: string;
  let page: Page;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    // Prepare: the fixture in a data folder, as `npm start` would leave it.
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    const stores = await startLocalStores({ dataDir: join(dir, '.data') });
    try {
      await writeReportFixture(stores, fx);
    } finally {
      await stores.close();
    }
    out = join(dir, 'out', 'report.html');
    // Act: the command, then the page from the file.
    run = await runCli(await bundleCli('shared/local/cli/report.ts'), ['--data', join(dir, '.data'), '--out', out], {});
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await browser?.close();
    removeBundles();
  });

  it('writes the page where --out says, and prints its size and the coverage line', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`report written to ${out} (${Math.ceil(statSync(out).size / 1024)} KB)`);
    expect(run.stdout).toContain('17 articles read from 13 outlets, 2026-01-14 to 2026-06-10: 18 facts, 8 deals (6 with a USD amount).');
    expect(statSync(out).size).toBeLessThan(80_000);
  });

  it('loads nothing but the file and logs no error or warning', () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(out).href]);
  });

  it('shows the coverage line', async () => {
    expect(await page.textContent('#coverage')).toBe('17 articles read from 13 outlets, 2026-01-14 to 2026-06-10: 18 facts, 8 deals (6 with a USD amount).');
  });

  it('draws the monthly chart: one visible bar per month and partner country, the empty month kept', async () => {
    // The five deals with USD that commit money (the trade figure is left out): Jan UZ; Feb KZ (EBRD) and
    // KZ+CN (CITIC); Mar UZ; Jun TJ+CN: 6 cells.
    const bars = await barSizes(page, '#chart-monthly');
    expect(bars).toHaveLength(6);
    for (const b of bars) expect(b.height).toBeGreaterThan(0);
    const labels = await page.$$eval('#chart-monthly .role-axis-label text', (ts) => ts.map((t) => t.textContent));
    expect(labels).toEqual(expect.arrayContaining(['2026-01', '2026-05', '2026-06']));
    const legend = await page.$$eval('#chart-monthly .role-legend-label text', (ts) => ts.map((t) => t.textContent));
    // Largest total first: UZ 307.4 mn (150 + 157.4), CN 107, KZ 104.2, TJ 82.8.
    expect(legend).toEqual(['Uzbekistan (UZ)', 'China (CN)', 'Kazakhstan (KZ)', 'Tajikistan (TJ)']);
  });

  it('draws the outlet chart: a bar for deals reported first and one for deals also reported, where non-zero', async () => {
    // Eight outlets reported a deal first; eight reported a deal after another outlet had.
    const bars = await barSizes(page, '#chart-outlets');
    expect(bars).toHaveLength(16);
    for (const b of bars) expect(b.width).toBeGreaterThan(0);
  });

  it('lists the deals with a USD amount, largest first, each linking its best mention and the other outlets', async () => {
    const rows = await page.$$eval('#largest-deals tbody tr', (trs) => trs.map((tr) => ({
      key: tr.getAttribute('data-key'), amount: tr.querySelector('td.num strong')?.textContent, links: [...tr.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]),
    })));
    // Trade figures are no one's deal money: the $412 mn turnover is not ranked.
    const withUsd = fx.deals.filter((d) => d.amountUsd !== null && d.type !== 'trade').sort((a, b) => b.amountUsd! - a.amountUsd!);
    expect(rows.map((r) => r.key)).toEqual(withUsd.map((d) => d.id));
    expect(rows.map((r) => r.amount)).toEqual(['$166 mn', '$157 mn', '$150 mn', '$80 mn', '$48.3 mn']);
    for (const [i, deal] of withUsd.entries()) {
      const best = deal.mentions.find((m) => m.factId === deal.best)!;
      expect(rows[i]!.links[0]).toEqual([best.outlet, best.sourceUrl]);
      // Every other outlet once, linked to one of its own mentions.
      const others = rows[i]!.links.slice(1);
      expect(others.map(([o]) => o).sort()).toEqual(deal.outlets.filter((o) => o !== best.outlet).sort());
      for (const [o, url] of others) expect(deal.mentions.some((m) => m.outlet === o && m.sourceUrl === url)).toBe(true);
    }
  });

  it('lists the newest agreements, a signed loan agreement among them, and keeps hostile article text as text', async () => {
    const rows = await page.$$eval('#newest-agreements tbody tr', (trs) => trs.map((tr) => tr.querySelector('td')?.textContent));
    expect(rows).toEqual(['2026-06-10', '2026-04-22', '2026-03-19', '2026-01-16']);
    expect(await page.$$('main script, main img, main iframe')).toHaveLength(0);
    const evidence = await page.$$eval('#newest-agreements td.evidence', (tds) => tds.map((td) => td.textContent));
    expect(evidence).toContain(HOSTILE_EVIDENCE);
  });

  it('tells what each outlet contributes', async () => {
    const rows = await page.$$eval('#outlets tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toHaveLength(13);
    expect(rows).toContainEqual(['Kun.uz', '1', '2', '1', '1']);
    expect(rows).toContainEqual(['Gazeta.uz', '2', '2', '2', '0']);
  });
});

/** The rendered size of every bar (vega draws a bar mark as a path in `.mark-rect`). */
function barSizes(page: Page, figure: string): Promise<Array<{ width: number; height: number }>> {
  return page.$$eval(`${figure} svg .mark-rect.role-mark path`, (paths) => paths.map((p) => {
    const box = (p as SVGGraphicsElement).getBoundingClientRect();
    return { width: box.width, height: box.height };
  }));
}
