import { ExtractedFactSchema, type Amount, type ExtractedFact, type FactType } from '../../schemas/fact.js';
import type { AmountMatch } from '../money/parse-amount.js';
import type { SentenceInfo } from '../rules/types.js';
import type { ModelFact } from './answer.js';
import { INSTRUCTION_PATTERNS, TYPE_WORDS, TYPE_WORDS_RU } from './evidence-words.js';
import { stems } from '../vocabulary/words.js';
import { NamedParties, onlyCountries } from './named-parties.js';
import { wordsOf } from '../text/words.js';

/** Why a fact the model answered was not kept. Each is counted and shown by `extract --explain`. */
export type GroundingReason =
  | 'invalid-shape'
  | 'sentence-missing'
  | 'instruction-in-evidence'
  | 'amount-not-in-evidence'
  | 'country-not-named'
  | 'organization-not-named'
  | 'type-not-in-evidence'
  | 'no-party-near-evidence';

export interface GroundingDrop {
  /** The fact's position in the model's answer. */
  index: number;
  reason: GroundingReason;
  detail: string;
  /** What the answer claimed, where it could be read: its type and the sentences it cited. */
  type: FactType | null;
  sentences: number[];
}

/** An article as it was sent: the title and the sentences our splitter made, numbered from 1. */
export interface GroundingArticle {
  title: string;
  sentences: readonly SentenceInfo[];
}

/** A model fact's confidence: below a rule's sure cues (0.9), above its guesses; the model gives none we could trust. */
export const MODEL_CONFIDENCE = 0.8;

/** A sum within this share of the stated one is the same sum (the scorer's tolerance). */
const AMOUNT_TOLERANCE = 0.01;

/** Currency signs that stand for more than one currency: "¥" is yuan or yen, "$" many dollars. */
const SHARED_SIGNS: ReadonlyArray<[string, readonly string[]]> = [
  ['¥', ['CNY', 'JPY']],
  ['$', ['USD', 'AUD', 'CAD', 'HKD', 'SGD', 'NZD', 'TWD']],
  ['£', ['GBP', 'EGP']],
];

const INSTRUCTION_RE = new RegExp(INSTRUCTION_PATTERNS.join('|'), 'iu');
// English words on ASCII word boundaries, Russian stems from a word start: one test for either language of an article.
const TYPE_RE = Object.fromEntries(Object.entries(TYPE_WORDS).map(([t, words]) => {
  const ru = TYPE_WORDS_RU[t as FactType];
  return [t, words && ru ? new RegExp(`\\b(?:${words.join('|')})\\b|${stems(ru)}`, 'iu') : null];
}));

/**
 * Turns the model's answer into facts the article supports, and says why each other one was dropped.
 * Nothing of the model's own text is kept: the evidence is our sentences, the amount our money
 * parser's reading of them, the parties names the article uses. A fact is dropped, never repaired,
 * when a check fails: a model that invents one field may have invented the fact. Facts alike in every
 * field are kept, as the rules keep them: plants listed in one sentence are several facts.
 */
export function groundFacts(
  answer: { facts: ReadonlyArray<{ index: number; fact: ModelFact }>; invalid?: ReadonlyArray<{ index: number; problem: string }> },
  article: GroundingArticle,
): { facts: ExtractedFact[]; dropped: GroundingDrop[] } {
  const { sentences } = article;
  // Index 0 is the title; sentence n is index n.
  const parties = new NamedParties([article.title, ...sentences.map((s) => s.text)]);
  const articleWords = new Set(wordsOf([article.title, ...sentences.map((s) => s.text)].join(' ')));
  const dropped: GroundingDrop[] = (answer.invalid ?? []).map(({ index, problem }) => ({ index, reason: 'invalid-shape' as const, detail: problem, type: null, sentences: [] }));
  const facts: ExtractedFact[] = [];
  for (const { index, fact: m } of answer.facts) {
    const verdict = groundOne(m, sentences, parties, articleWords);
    if ('reason' in verdict) dropped.push({ index, ...verdict, type: m.type, sentences: m.sentences });
    else facts.push(verdict);
  }
  dropped.sort((a, b) => a.index - b.index);
  return { facts, dropped };
}

type Verdict = ExtractedFact | { reason: GroundingReason; detail: string };

function groundOne(m: ModelFact, sentences: readonly SentenceInfo[], parties: NamedParties, articleWords: ReadonlySet<string>): Verdict {
  const numbers = [...new Set(m.sentences)].sort((a, b) => a - b);
  const missing = numbers.filter((n) => n < 1 || n > sentences.length);
  if (missing.length) return { reason: 'sentence-missing', detail: `sentence ${missing.join(', ')} is not in the article (1-${sentences.length})` };
  const cited = numbers.map((n) => sentences[n - 1]!);
  const instruction = cited.find((s) => INSTRUCTION_RE.test(s.text));
  if (instruction) return { reason: 'instruction-in-evidence', detail: `sentence ${instruction.index + 1} addresses a model, not readers` };

  let amount: Amount | null = null;
  if (m.amount) {
    const found = statedAmount(m.amount, cited);
    if (!found) return { reason: 'amount-not-in-evidence', detail: `${m.amount.value} ${m.amount.currency} is not a sum sentence ${numbers.join(', ')} states` };
    amount = found;
  }

  // A country written as an organisation ("Uzbekistan") is a country (FACTS.md "Parties").
  const countries = new Set(m.countries);
  const organizations: string[] = [];
  for (const name of m.organizations) {
    const asCountries = onlyCountries(name);
    if (asCountries) asCountries.forEach((c) => countries.add(c));
    else organizations.push(name.trim());
  }
  const unnamedCountry = [...countries].find((c) => !parties.country(c));
  if (unnamedCountry) return { reason: 'country-not-named', detail: `${unnamedCountry} is not a country the article names` };
  const unnamedOrg = organizations.find((o) => !parties.organization(o));
  if (unnamedOrg) return { reason: 'organization-not-named', detail: `"${unnamedOrg}" is not a name the article uses` };

  // The window a reader would look in: the title, the sentence before the evidence, the evidence.
  const first = numbers[0]!;
  const last = numbers.at(-1)!;
  const typeRe = TYPE_RE[m.type];
  if (typeRe && !typeRe.test(parties.title) && !range(first - 1, last).some((n) => typeRe.test(sentences[n - 1]!.text))) {
    return { reason: 'type-not-in-evidence', detail: `nothing in sentence ${numbers.join(', ')}, the one before or the title speaks of ${m.type}` };
  }
  if (countries.size + organizations.length > 0) {
    const near = parties.within([0, ...range(first - 2, last)]);
    if (![...countries].some((c) => near.country(c)) && !organizations.some((o) => near.organization(o))) {
      return { reason: 'no-party-near-evidence', detail: `none of the fact's parties is named in sentence ${numbers.join(', ')}, the two before it or the title` };
    }
  }

  // Verbatim: sentences that follow one another are joined as they stand; a gap between them is marked.
  const evidenceText = cited.map((s, i) => (i > 0 && s.index !== cited[i - 1]!.index + 1 ? `… ${s.text}` : s.text)).join(' ');
  const parsed = ExtractedFactSchema.safeParse({
    type: m.type,
    status: m.status,
    amount,
    countries: [...countries],
    organizations,
    people: [],
    sector: m.sector?.trim().toLowerCase() || null,
    location: inText(m.location, articleWords),
    period: inText(m.period, articleWords),
    evidence: evidenceText,
    confidence: MODEL_CONFIDENCE,
    rule: 'model',
    basis: cited[0]!.basis,
    extractor: 'model',
  });
  if (!parsed.success) return { reason: 'invalid-shape', detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return parsed.data;
}

/** Indexes of sentences from..to (1-based numbers), clipped at the first. */
function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = Math.max(1, from); n <= to; n++) out.push(n);
  return out;
}

/**
 * The sum in the cited sentences that the model's figure names: the same value within 1% (or the
 * lower end of a range, or the conversion given beside a sum), in the same currency or one the sum's
 * sign may stand for. The amount kept is our parser's reading, with its qualifier and words.
 */
function statedAmount(claim: { value: number; currency: string }, cited: readonly SentenceInfo[]): Amount | null {
  const close = (v: number | undefined) => v !== undefined && Math.abs(v - claim.value) <= AMOUNT_TOLERANCE * Math.max(v, claim.value);
  for (const s of cited) {
    for (const a of s.amounts) {
      const currency = sameCurrency(a, claim.currency);
      const onConversion = a.converted && a.converted.currency === claim.currency && close(a.converted.value);
      if ((currency && (close(a.value) || close(a.min))) || onConversion) return amountOf(a, currency ?? a.currency);
    }
  }
  return null;
}

function sameCurrency(a: AmountMatch, claimed: string): string | null {
  if (a.currency === claimed) return claimed;
  for (const [sign, currencies] of SHARED_SIGNS) {
    if (a.text.includes(sign) && currencies.includes(a.currency) && currencies.includes(claimed)) return claimed;
  }
  return null;
}

function amountOf(a: AmountMatch, currency: string): Amount {
  const { start: _s, end: _e, ...amount } = a;
  return { ...amount, currency };
}

/**
 * A place or period ("Garadagh, Absheron", "North-South corridor"): not scored and often put in the
 * model's own words, so kept when the article uses at least one of its words, else cleared.
 */
function inText(value: string | null, articleWords: ReadonlySet<string>): string | null {
  const v = value?.trim();
  return v && wordsOf(v).some((w) => articleWords.has(w)) ? v : null;
}

