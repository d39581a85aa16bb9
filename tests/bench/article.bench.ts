// Article parsing speed: our parseArticle (cheerio) against @mozilla/readability on jsdom, both in this
// process, on the 181 pages of the article-extraction-benchmark (../shared/eval/peers). Prints pages per
// second for each and the ratio (target: ours >= 3x). Both get the same decoded HTML and URL; the
// jsdom parse is counted for Readability since it cannot run without a DOM, as cheerio's load is for us.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseArticle } from '../../shared/article/parse-article.js';

const BENCH = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/eval/peers/article-extraction-benchmark');
/** Pages parsed once by each side before timing, so JIT warm-up is not counted against either. */
const WARM_UP_PAGES = 10;

interface Page {
  html: string;
  url: string;
}

function loadPages(): Page[] | null {
  const dir = join(BENCH, 'html');
  if (!existsSync(dir)) return null;
  const truth = JSON.parse(readFileSync(join(BENCH, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  return readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().map((f) => ({
    html: gunzipSync(readFileSync(join(dir, f))).toString('utf8'),
    url: truth[f.replace(/\.html\.gz$/, '')]?.url ?? 'https://example.invalid/',
  }));
}

function ours(page: Page): number {
  return parseArticle(page.html, page.url).paragraphs.length;
}

let readabilityFailures = 0;

function readability(page: Page): number {
  let dom: JSDOM | null = null;
  try {
    dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
    return new Readability(dom.window.document).parse()?.textContent?.length ?? 0;
  } catch {
    // jsdom 29's CSS parser throws on some stylesheets (SCSS left in a calc()); the time spent still counts.
    readabilityFailures++;
    return 0;
  } finally {
    dom?.window.close();
  }
}

function time(pages: readonly Page[], fn: (p: Page) => number): number {
  for (const p of pages.slice(0, WARM_UP_PAGES)) fn(p);
  const started = process.hrtime.bigint();
  for (const p of pages) fn(p);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Runs the comparison and prints pages/second and the speed ratio. */
export async function run(): Promise<void> {
  const pages = loadPages();
  if (!pages) {
    console.log(`article: ${BENCH}/html is absent, nothing to measure`);
    return;
  }
  const mb = pages.reduce((n, p) => n + p.html.length, 0) / 1e6;
  const oursSeconds = time(pages, ours);
  const theirSeconds = time(pages, readability);
  const oursRate = pages.length / oursSeconds;
  const theirRate = pages.length / theirSeconds;
  console.log(`article: ${pages.length} pages, ${mb.toFixed(1)} MB of HTML`);
  console.log(`  parseArticle (cheerio)        ${oursRate.toFixed(1).padStart(7)} pages/s  (${oursSeconds.toFixed(2)} s)`);
  console.log(`  readability 0.6 + jsdom       ${theirRate.toFixed(1).padStart(7)} pages/s  (${theirSeconds.toFixed(2)} s)`);
  if (readabilityFailures > 0) console.log(`  (readability threw on ${readabilityFailures} page runs; their time is counted)`);
  console.log(`  ratio                         ${(oursRate / theirRate).toFixed(2)}x (target >= 3x)`);
}
