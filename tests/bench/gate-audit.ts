/**
 * Where right answers are turned away. Every place the extractor says no (an article pass drops or merges a candidate, a
 * sentence rule stands aside, a sum makes no candidate: `extract --explain`) is a gate; against the gold facts a gate's
 * "no" either lost a fact the gold has and the output misses (same sentence, same type, same sum) or was right. A gate
 * that loses about as often as it is right is a structural fault worth fixing, and its evidence is pooled over every
 * article rather than read off one sentence (this is how restated-sums' "a sentence that states the sum twice" was found).
 */
import type { Trace } from '../../shared/facts/explain.js';
import { findAmountsRu } from '../../shared/facts/money/parse-amount-ru.js';
import { findAmounts } from '../../shared/facts/money/parse-amount.js';
import { matchFacts, type PartyFact } from './party-match.js';

export interface GoldFact extends PartyFact {
  evidence: string;
}

export interface GateOutcome {
  kind: 'candidate' | 'rule stood aside' | 'sum';
  /** The pass or rule and its reason, as --explain words it (the sentence numbers taken out, so alike reasons pool). */
  gate: string;
  /** True when a gold fact of the sentence that the output misses is what the gate turned away. */
  lost: boolean;
  example: string;
}

const words = (s: string): Set<string> => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
/** Whether a gold fact's evidence is (mostly) this sentence: most of the shorter one's words are in the other. */
function sameSentence(evidence: string, sentence: string): boolean {
  const [a, b] = [words(evidence), words(sentence)];
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size) >= 0.6;
}

/** The value of a sum as --explain prints it ("$94.8 billion", «31,5 миллиарда»), read by the language's own parser. */
function valueOf(text: string | null, language: string | undefined): number | null {
  if (!text) return null;
  const [m] = language === 'ru' ? findAmountsRu(text) : findAmounts(text);
  return m ? m.value : null;
}

const closeTo = (gold: PartyFact, value: number | null): boolean =>
  gold.amount ? value !== null && Math.abs(value - gold.amount.value) <= 0.011 * gold.amount.value : value === null;

const general = (reason: string): string => reason.replace(/\bsentences? \d+/g, 'sentence N').replace(/#\d+/g, '#N');

/** The gates of one article and what each turned away. `facts` are the article's printed facts (after `distinctFactsOf`). */
export function auditArticle(article: string, trace: Trace, facts: readonly PartyFact[], gold: readonly GoldFact[]): GateOutcome[] {
  const matched = new Set(matchFacts(gold, facts).map(([gi]) => gi));
  const missed = gold.filter((_, gi) => !matched.has(gi));
  const text = (i: number): string => trace.sentences.find((s) => s.index === i)?.text ?? '';
  const missedIn = (i: number): GoldFact[] => missed.filter((g) => sameSentence(g.evidence, text(i)));
  const where = (i: number): string => `${article}: ${text(i).replace(/\s+/g, ' ').slice(0, 140)}`;
  const out: GateOutcome[] = [];
  for (const c of trace.candidates) {
    if (c.fact !== null) continue;
    const e = trace.events.find((x) => x.id === c.id);
    const gate = e ? `${e.pass} ${e.action}: ${general(e.reason)}` : 'lost without a reason';
    const value = valueOf(c.amount, trace.language);
    const lost = missedIn(c.sentence).some((g) => g.type === c.type && closeTo(g, value));
    out.push({ kind: 'candidate', gate, lost, example: `${c.type} ${c.amount ?? '-'} by ${c.rule} | ${where(c.sentence)}` });
  }
  for (const k of trace.skipped) {
    // A rule's name says its type ("project-made-object", "amount-trade-turnover").
    const type = ['investment', 'trade', 'financing', 'agreement', 'project'].find((t) => k.rule.startsWith(t) || k.rule.includes(`-${t}`));
    const lost = missedIn(k.sentence).some((g) => type === undefined || g.type === type);
    out.push({ kind: 'rule stood aside', gate: `${k.rule}: ${general(k.reason)}`, lost, example: where(k.sentence) });
  }
  for (const a of trace.amounts) {
    const value = valueOf(a.amount, trace.language);
    const lost = missedIn(a.sentence).some((g) => g.amount !== undefined && g.amount !== null && closeTo(g, value));
    out.push({ kind: 'sum', gate: general(a.reason), lost, example: `${a.amount} | ${where(a.sentence)}` });
  }
  return out;
}

export interface GateTally {
  kind: GateOutcome['kind'];
  gate: string;
  lost: number;
  right: number;
  examples: string[];
}

/** Outcomes pooled by gate, the gates that lose most first. */
export function tallyGates(outcomes: readonly GateOutcome[]): GateTally[] {
  const byGate = new Map<string, GateTally>();
  for (const o of outcomes) {
    const key = `${o.kind}\t${o.gate}`;
    const t = byGate.get(key) ?? { kind: o.kind, gate: o.gate, lost: 0, right: 0, examples: [] };
    if (o.lost) t.lost++;
    else t.right++;
    t.examples.push(`${o.lost ? 'LOST ' : 'right'} ${o.example}`);
    byGate.set(key, t);
  }
  return [...byGate.values()].sort((a, b) => b.lost - a.lost || b.right - a.right);
}
