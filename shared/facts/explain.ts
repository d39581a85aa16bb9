import type { ExtractedFact } from '../schemas/fact.js';
import type { ArticleContext } from './article-context.js';
import { runExtraction, type ExtractInput } from './extract-facts.js';
import type { PassEvent } from './passes/types.js';
import type { Basis } from './rules/types.js';

/** Everything `extract --explain` shows: the sentences, every candidate and what became of it, and why rules stood aside. */
export interface Trace {
  /** The language the article was read in (text/language.ts); only `en` and `ru` have rules. */
  language?: string;
  context: ArticleContext | null;
  sentences: Array<{ index: number; paragraph: number; basis: Basis; text: string; countries: string[]; orgs: string[] }>;
  /** One per candidate; `fact` is the index of the fact it became, or null when a pass or the schema removed it. */
  candidates: Array<{ id: number; rule: string; type: string; amount: string | null; sentence: number; fact: number | null }>;
  /** Why a candidate left: dropped or merged by a pass, or refused by the fact schema (pass "schema"). */
  events: PassEvent[];
  /** Sentence rules that stood aside although they would have found something. */
  skipped: Array<{ sentence: number; rule: string; would: number; reason: string }>;
  /** Sums of money that made no candidate, and why. */
  amounts: Array<{ sentence: number; amount: string; reason: string }>;
  /** Sentences a rule failed on (skipped, the article's other sentences still count). */
  errors: Array<{ sentence: number; error: string }>;
  facts: ExtractedFact[];
}

/** The facts of an article with the trace of how they were found (see Trace). Never throws. */
export function explainFacts(input: ExtractInput): Trace {
  const trace: Trace = { context: null, sentences: [], candidates: [], events: [], skipped: [], amounts: [], errors: [], facts: [] };
  try {
    runExtraction(input, trace);
  } catch (e) {
    trace.errors.push({ sentence: -1, error: e instanceof Error ? e.message : String(e) });
    trace.facts = [];
  }
  return trace;
}

const clip = (text: string, max = 110): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The trace as lines for a person: sentence by sentence, each candidate with its rule and fate. */
export function renderTrace(t: Trace): string {
  const lines: string[] = [];
  if (t.context) lines.push(`article: language ${t.language ?? '-'}, home ${t.context.home ?? '-'}, main countries ${t.context.main.join(' ') || '-'}`);
  const fate = (id: number, fact: number | null): string => {
    if (fact !== null) return `kept as fact ${fact}`;
    const e = t.events.find((x) => x.id === id);
    if (!e) return 'lost';
    return e.action === 'merged' ? `merged into #${e.into} by ${e.pass}: ${e.reason}` : `dropped by ${e.pass}: ${e.reason}`;
  };
  for (const s of t.sentences) {
    const cands = t.candidates.filter((c) => c.sentence === s.index);
    const skips = t.skipped.filter((x) => x.sentence === s.index);
    const sums = t.amounts.filter((x) => x.sentence === s.index);
    const errors = t.errors.filter((x) => x.sentence === s.index);
    if (cands.length + skips.length + sums.length + errors.length === 0) continue;
    lines.push('', `[${s.index}] (${s.basis}, paragraph ${s.paragraph}) ${clip(s.text)}`);
    const parties = [...s.countries, ...s.orgs];
    if (parties.length) lines.push(`    parties named: ${parties.join('; ')}`);
    for (const c of cands) lines.push(`    #${c.id} ${c.type} ${c.amount ?? '(no sum)'} by ${c.rule}: ${fate(c.id, c.fact)}`);
    for (const x of sums) lines.push(`    sum ${x.amount}: no fact, ${x.reason}`);
    for (const x of skips) lines.push(`    rule ${x.rule} stood aside (would have made ${x.would}): ${x.reason}`);
    for (const x of errors) lines.push(`    error: ${x.error}`);
  }
  lines.push('', `${t.facts.length} facts:`);
  t.facts.forEach((f, i) => {
    const amount = f.amount ? `${f.amount.qualifier === 'exact' ? '' : `${f.amount.qualifier} `}${f.amount.value} ${f.amount.currency}` : 'no sum';
    lines.push(`  ${i}. ${f.type} (${f.status ?? '-'}) ${amount} | ${f.countries.join(' ') || '-'} | ${f.organizations.join('; ') || '-'} | ${f.rule}`);
  });
  return lines.join('\n');
}
