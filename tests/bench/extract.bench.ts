// Extraction throughput on one core (`npm run bench extract`): articles per second through
// extractFacts on articles: the sample site's, the site fixture pages (parsed once, outside the timing) and
// the real evaluation sets' rewrites of real news, English and Russian apart. Target: >= 500/s. The cue
// corpora are timed apart: each is one text of hundreds of cases that grows with every rule, no article.
// Russian runs after English in the same process, as in a Lambda that reads both: V8 then leaves many regular
// expressions in its bytecode interpreter (regexp tier-up), which costs up to half the single-language rate;
// `node --no-regexp-tier-up` avoids it (README, "speed").
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts, type ExtractInput } from '../../shared/facts/extract-facts.js';
import { AGREEMENT_CUES } from '../corpora/cues/agreement.js';
import { FINANCING_CUES } from '../corpora/cues/financing.js';
import { INVESTMENT_CUES } from '../corpora/cues/investment.js';
import { PROJECT_CUES } from '../corpora/cues/project.js';
import { TRADE_CUES } from '../corpora/cues/trade.js';

/** The throughput the issue asks for. */
const TARGET_PER_SECOND = 500;
/** Long enough for the JIT to settle and the figure to be stable to a few percent. */
const MEASURE_MS = 3000;
const WARMUP_ROUNDS = 3;

function pageFiles(dir: string): string[] {
  let out: string[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out = out.concat(pageFiles(p));
    else if (e === 'page.html') out.push(p);
  }
  return out;
}

async function corpus(): Promise<ExtractInput[]> {
  const out: ExtractInput[] = [];
  try {
    const { SAMPLE_ARTICLES } = await import('../../shared/local/sample-site/index.js');
    for (const a of SAMPLE_ARTICLES) out.push({ title: a.title, paragraphs: [...a.paragraphs] });
  } catch {
    // The sample site is another engineer's module; the bench still runs on the rest.
  }
  const { parseArticle } = await import('../../shared/article/parse-article.js');
  for (const file of pageFiles(join(process.cwd(), 'tests/sites'))) {
    const a = parseArticle(readFileSync(file, 'utf8'), 'http://127.0.0.1/page.html');
    out.push({ title: a.title, paragraphs: a.paragraphs, description: a.description, paywalled: a.paywalled });
  }
  return [...out, ...realArticles('en')];
}

/** The real evaluation sets' articles (our rewrites of real news) in one language, from tests/eval/index.json. */
function realArticles(language: 'en' | 'ru'): ExtractInput[] {
  const index = JSON.parse(readFileSync(join(process.cwd(), 'tests/eval/index.json'), 'utf8')) as { sets: Array<{ dir: string; origin: string; language?: string }> };
  const out: ExtractInput[] = [];
  for (const set of index.sets.filter((s) => s.origin === 'real' && (s.language ?? 'en') === language)) {
    const dir = join(process.cwd(), 'tests/eval', set.dir);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const [title = '', , ...rest] = readFileSync(join(dir, f), 'utf8').split('\n');
      out.push({ title, paragraphs: rest.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean) });
    }
  }
  return out;
}

/**
 * The cue corpora, each type's cases as one long text: not articles (hundreds of sentences, and more with every
 * rule), so they are timed apart, in sentences per second, as a check that no pass grows faster than the text.
 */
async function cueTexts(): Promise<ExtractInput[]> {
  const ru = await import('../corpora/cues/ru.js');
  return [TRADE_CUES, INVESTMENT_CUES, FINANCING_CUES, AGREEMENT_CUES, PROJECT_CUES, ru.RU_TRADE_CUES, ru.RU_INVESTMENT_CUES, ru.RU_FINANCING_CUES, ru.RU_AGREEMENT_CUES, ru.RU_PROJECT_CUES]
    .map((c) => ({ title: `${c.type} cues`, paragraphs: [...c.positive.map((p) => p.body), ...c.negative] }));
}

/** Articles per second through extractFacts on `articles`, after a warm-up, with the corpus size. */
function measure(label: string, articles: readonly ExtractInput[]): void {
  const chars = articles.reduce((n, a) => n + a.title.length + a.paragraphs.join('\n').length, 0);
  for (let i = 0; i < WARMUP_ROUNDS; i++) for (const a of articles) extractFacts(a);
  let done = 0;
  let facts = 0;
  const started = performance.now();
  while (performance.now() - started < MEASURE_MS) {
    for (const a of articles) facts += extractFacts(a).length;
    done += articles.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const perSecond = done / seconds;
  console.log(`${label} corpus: ${articles.length} articles, ${Math.round(chars / 1024)} KB; ${(facts / done).toFixed(2)} facts per article`);
  console.log(`${label} extract: ${perSecond.toFixed(0)} articles/s on one core (target ${TARGET_PER_SECOND}/s) ${perSecond >= TARGET_PER_SECOND ? 'OK' : 'BELOW TARGET'}`);
}

/** Prints articles per second, facts found and the corpus size, for English and for Russian text, and the cue corpora's rate. */
export async function run(): Promise<void> {
  measure('English', await corpus());
  // Russian text (issue 15): the real Russian sets' articles.
  measure('Russian', realArticles('ru'));
  const cues = await cueTexts();
  const sentences = cues.reduce((n, c) => n + c.paragraphs.length, 0);
  for (const c of cues) extractFacts(c);
  const started = performance.now();
  let rounds = 0;
  while (performance.now() - started < MEASURE_MS) {
    for (const c of cues) extractFacts(c);
    rounds++;
  }
  const perSecond = (rounds * sentences) / ((performance.now() - started) / 1000);
  console.log(`Cue corpora: ${cues.length} texts, ${sentences} cases; ${perSecond.toFixed(0)} cases/s (each type's cases as one text)`);
}
