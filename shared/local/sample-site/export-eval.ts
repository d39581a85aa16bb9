/**
 * Writes the sample articles as an evaluation set in the shape of ../shared/eval (see its README):
 * `<name>.txt` (title, blank line, body), `<name>.gold.json` (the expected facts) and, with
 * `--html`, `<name>.html` (the served page). Then score the extractor on our own text with
 * `node ../shared/eval/score.mjs --gold <dir> --cmd "npm run --silent extract --"`.
 *
 * Usage: `node --import tsx shared/local/sample-site/export-eval.ts <dir> [--html] [--language en|ru]`
 * (`--language`: only the outlets writing in that language, so each language can be scored on its own).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ALL_SAMPLE_ARTICLES } from './content/index.js';
import { SAMPLE_OUTLET_LANGUAGE, articlePath, type SampleArticle } from './sample-article.js';
import { OUTLET_FEEDS } from './sample-feeds.js';
import { TREND_PAYWALL_TEXT } from './templates/trend.js';
import { OUTLET_TEMPLATES } from './templates/index.js';

/** Base URL the exported pages claim; nothing is served there. */
const EXPORT_BASE_URL = 'http://127.0.0.1:8080';


/** The file name of an article in the set: outlet, date and slug, like the dev set's ids. */
export function evalName(a: SampleArticle): string {
  return `sample-${a.outlet}-${a.published.slice(0, 10).replace(/-/g, '')}-${a.slug}`.slice(0, 100);
}

/** The text a reader of the page gets: the title, a blank line, then the body paragraphs. */
export function evalText(a: SampleArticle): string {
  const body = a.paywall ? [TREND_PAYWALL_TEXT] : a.paragraphs;
  return `${a.title}\n\n${body.join('\n\n')}\n`;
}

/** Options of writeEvalSet: the served pages too, and only one language's outlets. */
export interface EvalSetOptions {
  html?: boolean;
  language?: 'en' | 'ru';
}

/** Writes the set into `dir`; returns how many articles and gold facts were written. */
export function writeEvalSet(dir: string, options: EvalSetOptions = {}): { articles: number; facts: number } {
  mkdirSync(dir, { recursive: true });
  const articles = ALL_SAMPLE_ARTICLES.filter((a) => !options.language || SAMPLE_OUTLET_LANGUAGE[a.outlet] === options.language);
  let facts = 0;
  for (const a of articles) {
    const name = evalName(a);
    const url = `${EXPORT_BASE_URL}${articlePath(a)}`;
    writeFileSync(join(dir, `${name}.txt`), evalText(a));
    const gold = {
      id: name,
      url,
      source: OUTLET_FEEDS[a.outlet].outlet,
      published: a.published,
      // The scorer reads type, amount, countries and organizations; evidence is only shown by --show.
      facts: a.expectedFacts.map((f) => ({ ...f, evidence: '' })),
    };
    writeFileSync(join(dir, `${name}.gold.json`), `${JSON.stringify(gold, null, 2)}\n`);
    if (options.html) {
      const template = OUTLET_TEMPLATES.find((t) => t.outlet === a.outlet);
      if (template) writeFileSync(join(dir, `${name}.html`), template.renderPage(a, url, EXPORT_BASE_URL));
    }
    facts += a.expectedFacts.length;
  }
  return { articles: articles.length, facts };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { html: { type: 'boolean', default: false }, language: { type: 'string' } } });
  const dir = positionals[0];
  const language = values.language;
  if (!dir || (language !== undefined && language !== 'en' && language !== 'ru')) {
    console.error('usage: export-eval.ts <dir> [--html] [--language en|ru]');
    process.exit(2);
  }
  const { articles, facts } = writeEvalSet(dir, { html: values.html, ...(language ? { language } : {}) });
  console.log(`wrote ${articles} articles and ${facts} gold facts to ${dir}`);
}
