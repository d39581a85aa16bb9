// `npm run report:screenshot`: the README's picture of the report (docs/report.png), from the test
// fixture's deals written to a fresh local store, read back by the report's loader and rendered in
// Debian's chromium, the browser the report's test uses. A fixed clock, so a rerun gives the same page.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startLocalStores } from '../../shared/local/stores.js';
import { loadReportData } from '../../shared/local/load-report-data.js';
import { renderReport } from '../../shared/report/render-report.js';
import { writeReportFixture } from '../helpers/report-fixtures.js';
import { CHROMIUM_PATH, chromiumInstalled, launchChromium } from '../helpers/browser.js';

const OUT = resolve('docs/report.png');
/** The page's width; the picture ends below the fourth of the largest deals (coverage, chart and table in one view). */
const WIDTH = 1100;
const LAST_ROW = '#largest-deals tbody tr:nth-child(4)';

if (!chromiumInstalled()) {
  process.stderr.write(`no chromium at ${CHROMIUM_PATH}: apt-get install chromium, or set CHROMIUM_PATH\n`);
  process.exit(1);
}
const stores = await startLocalStores();
let html: string;
try {
  await writeReportFixture(stores);
  html = await renderReport((await loadReportData(stores.doc, stores.tableName, '2026-06-30T12:00:00.000Z')).data);
} finally {
  await stores.close();
}
const file = join(mkdtempSync(join(tmpdir(), 'report-shot-')), 'report.html');
writeFileSync(file, html);
const browser = await launchChromium({ width: WIDTH, height: 900 });
try {
  const page = await browser.context.newPage();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const row = await page.locator(LAST_ROW).boundingBox();
  if (!row) throw new Error(`${LAST_ROW} is not on the page`);
  await page.screenshot({ path: OUT, fullPage: true, clip: { x: 0, y: 0, width: WIDTH, height: Math.ceil(row.y + row.height + 1) } });
} finally {
  await browser.close();
}
process.stdout.write(`${OUT} written from ${file}\n`);
