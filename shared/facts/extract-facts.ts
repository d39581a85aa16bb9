import { ExtractedFactSchema, type ExtractedFact } from '../schemas/fact.js';
import type { ArticleContext } from './article-context.js';
import { shortForms } from './parties/org-aliases.js';
import { dedupeOrganizations } from './parties/dedupe-organizations.js';
import { documentAcronyms } from './parties/organizations.js';
import type { AmountNote } from './rules/amount-facts.js';
import type { Basis, Candidate, SentenceInfo } from './rules/types.js';
import { runPasses, type ArticlePass, type PassEvent } from './passes/index.js';
import type { Trace } from './explain.js';
import { splitSentences } from './text/sentences.js';
import { detectLanguage, type Language } from './text/language.js';
import { ENGLISH } from './languages/en.js';
import { RUSSIAN } from './languages/ru.js';
import type { LanguageKit } from './languages/kit.js';

/** An article as the extractor reads it. */
export interface ExtractInput {
  title: string;
  paragraphs: string[];
  description?: string;
  paywalled?: boolean;
  published?: string | null;
  /** The article's language as the page or feed declares it; detected from the text when absent. */
  language?: string | null;
}

const KITS: Readonly<Record<string, LanguageKit>> = { en: ENGLISH, ru: RUSSIAN };

/**
 * The language an article is read in: the one its text shows, unless the text is too short to tell, then the one
 * its page or feed declares ("ru-RU" is "ru"). Text wins because pages mislabel: a Russian edition keeps its
 * English template's `lang="en"`.
 */
export function articleLanguage(input: Pick<ExtractInput, 'title' | 'paragraphs' | 'description' | 'language'>): Language {
  const body = Array.isArray(input?.paragraphs) ? input.paragraphs.filter((p) => typeof p === 'string').join('\n') : '';
  const detected = detectLanguage(`${typeof input?.title === 'string' ? input.title : ''}\n${body || (typeof input?.description === 'string' ? input.description : '')}`);
  if (detected !== 'und') return detected;
  const declared = typeof input?.language === 'string' ? input.language.toLowerCase().slice(0, 2) : '';
  return (['en', 'ru', 'kk', 'ky', 'tg', 'uz'] as const).find((l) => l === declared) ?? 'en';
}

/** Work caps, so a 5 MB page finishes in well under a second: real articles are far below both. */
const MAX_PARAGRAPHS = 400;
const MAX_BODY_CHARS = 100_000;
/** How far a headline's rounded sum may stand from the body's figure it restates ("$24 million" for $24.6 million). */
const HEADLINE_ROUNDING = 0.15;
/** What a headline beside a full body may state: its priced documents and trade figures (see runExtraction). */
const HEADLINE_TYPES: ReadonlySet<string> = new Set(['agreement', 'trade']);
/** A body shorter than this is a teaser or a paywall stub: facts then come from title and description. */
const TEASER_CHARS = 200;

function boundedParagraphs(paragraphs: readonly unknown[]): string[] {
  const out: string[] = [];
  let total = 0;
  for (const p of paragraphs.slice(0, MAX_PARAGRAPHS)) {
    if (typeof p !== 'string' || !p.trim()) continue;
    const piece = p.slice(0, MAX_BODY_CHARS - total);
    out.push(piece);
    total += piece.length;
    if (total >= MAX_BODY_CHARS) break;
  }
  return out;
}

function describe(kit: LanguageKit, text: string, index: number, paragraph: number, start: number, basis: Basis): SentenceInfo {
  try {
    const amounts = kit.findAmounts(text);
    // "US$88 million", "10.93 somoni per US dollar", "a route that bypasses Russia", "amid the war in Ukraine": no party.
    const countryMentions = kit.partyCountries(text, amounts);
    const countries = [...new Set(countryMentions.map((c) => c.code))];
    return { index, text, paragraph, start, basis, amounts, countries, countryMentions, orgs: kit.findOrganizations(text) };
  } catch {
    // A normaliser that fails on one odd sentence must not cost the article its other facts.
    return { index, text, paragraph, start, basis, amounts: [], countries: [], countryMentions: [], orgs: [] };
  }
}

/** The sentences to read: the body, or title and description when the body is missing or a teaser. */
function sentencesOf(kit: LanguageKit, input: ExtractInput, body: string[]): SentenceInfo[] {
  const bodyChars = body.reduce((n, p) => n + p.length, 0);
  const teaser = input.paywalled === true || bodyChars < TEASER_CHARS;
  const out: SentenceInfo[] = [];
  const add = (paragraphs: string[], basis: Basis, offset: number): void => {
    for (const s of splitSentences(paragraphs)) out.push(describe(kit, s.text, out.length, s.paragraph + offset, s.start, basis));
  };
  if (teaser) {
    if (input.title.trim()) add([input.title.trim()], 'title', -2);
    const description = typeof input.description === 'string' ? input.description.slice(0, MAX_BODY_CHARS) : '';
    if (description.trim()) add([description], 'description', -1);
  }
  add(body, 'body', 0);
  // A headline's sum that the body never restates (its stored copy cut short, or the story told in other figures) is read
  // from the headline; one the body gives, within rounding or as a conversion, is left to the body's fuller sentence.
  if (!teaser && input.title.trim()) {
    const headline = { ...describe(kit, input.title.trim(), 0, -2, 0, 'title'), headline: true };
    const said = out.flatMap((s) => s.amounts.flatMap((a) => (a.converted ? [a, a.converted] : [a])));
    if (headline.amounts.some((a) => !said.some((b) => b.currency === a.currency && Math.abs(b.value - a.value) <= HEADLINE_ROUNDING * a.value))) {
      return withBareAmounts(kit, [headline, ...out.map((s) => ({ ...s, index: s.index + 1 }))]);
    }
  }
  return withBareAmounts(kit, out);
}

/** Adds the sums written without a currency in a list whose currency the paragraph gave (money/bare-amounts.ts). */
function withBareAmounts(kit: LanguageKit, sentences: SentenceInfo[]): SentenceInfo[] {
  const bareAmounts = kit.bareAmounts;
  if (!bareAmounts) return sentences;
  // The last currency read carries on: a list of bare sums often starts a sentence or a paragraph after its total.
  const context = { last: null as string | null };
  for (const s of sentences) {
    const bare = bareAmounts(s.text, s.amounts, context);
    if (bare.length) s.amounts = [...s.amounts, ...bare].sort((a, b) => a.start - b.start);
    const last = s.amounts.at(-1);
    context.last = last ? last.currency : context.last;
  }
  return sentences;
}

const escapeRe = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds the short forms of companies named in full elsewhere ("Hoshino Solar" after "Hoshino Solar Co., Ltd."). */
/** Drops the organisations that are only a document's acronym given elsewhere in the article (parties/organizations.ts). */
function withoutDocumentAcronyms(sentences: SentenceInfo[]): SentenceInfo[] {
  const acronyms = documentAcronyms(sentences.map((s) => s.text));
  if (acronyms.size === 0) return sentences;
  for (const s of sentences) s.orgs = s.orgs.filter((o) => !acronyms.has(o.name));
  return sentences;
}

function addShortForms(sentences: SentenceInfo[]): SentenceInfo[] {
  const forms = shortForms(sentences.flatMap((s) => s.orgs));
  if (forms.size === 0) return sentences;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...forms.keys()].map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  for (const s of sentences) {
    for (const m of s.text.matchAll(re)) {
      const end = m.index + m[0].length;
      if (s.orgs.some((o) => m.index < o.end && o.start < end)) continue;
      s.orgs.push({ name: m[0], start: m.index, end, rule: 'org-short-form', ifi: false });
    }
    s.orgs.sort((a, b) => a.start - b.start);
  }
  return sentences;
}

const DATELINE_FORM_RE = /^\s*(?:[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?(?:[,.]|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:[A-Z][a-z]+, )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d|[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)?(?:, [A-Z][a-z]+)?(?:\s*\([^()]{2,30}\))?\s*[-–—]{1,2}\s)/;

/** "WASHINGTON, June 12, 2020 – Additional Financing of $55 million ... to the Kyrgyz Republic": a dateline whose country takes no part names no party. */
function dropDatelineMention(kit: LanguageKit, sentences: SentenceInfo[], ctx: ArticleContext): void {
  const d = ctx.dateline;
  const s = d && !d.party ? sentences[d.sentence] : undefined;
  // Only a dateline in form ("WASHINGTON, June 12", "BAKU, Azerbaijan, May 3."): "In Shymkent, six projects ..." opens a sentence.
  // A Russian dateline is found in form already ("ТАШКЕНТ, 14 мар — Sputnik.", "БАКУ /Trend/ -": languages/ru.ts).
  if (!d || !s || (kit === ENGLISH && !DATELINE_FORM_RE.test(s.text))) return;
  s.countryMentions = s.countryMentions.filter((m) => m.start >= d.end);
  s.countries = [...new Set(s.countryMentions.map((m) => m.code))];
}

/** The candidates of one sentence: each rule of SENTENCE_RULES in order, unless it stands aside. */
function candidatesOf(kit: LanguageKit, s: SentenceInfo, all: readonly SentenceInfo[], ctx: ArticleContext, trace?: Trace): Candidate[] {
  const note: AmountNote | undefined = trace ? (a, reason) => trace.amounts.push({ sentence: s.index, amount: a.text, reason }) : undefined;
  const env = kit.sentenceEnv(s, all, ctx, note);
  const out: Candidate[] = [];
  for (const rule of kit.rules) {
    const skip = rule.skip(env);
    if (skip !== null) {
      // Only in --explain: what the rule would have found, so a skipped right answer can be seen.
      const would = trace ? rule.run({ ...env, note: undefined }).length : 0;
      if (would > 0) trace?.skipped.push({ sentence: s.index, rule: rule.name, would, reason: skip });
      continue;
    }
    const found = rule.run(env);
    if (rule.name === 'amount') env.sums = found;
    out.push(...found);
  }
  return out;
}

/**
 * The whole extraction, recording in `trace` (when given) what became of every candidate. `passes` replaces
 * the article passes, to measure what one of them does (the pass corpora, ablations on the eval sets).
 */
/** An article read for the rules: its bounded body, its sentences with what the normalisers found, and its context. */
export interface PreparedArticle {
  /** The language the article was read in; a language with no rules gives no sentences. */
  language: Language;
  kit: LanguageKit | null;
  body: string[];
  sentences: SentenceInfo[];
  ctx: ArticleContext;
}

/** Reads an article into sentences and context, the input every sentence rule works on. */
export function prepareArticle(input: ExtractInput): PreparedArticle {
  const title = typeof input?.title === 'string' ? input.title.slice(0, 1000) : '';
  const body = boundedParagraphs(Array.isArray(input?.paragraphs) ? input.paragraphs : []);
  const language = articleLanguage({ ...input, title, paragraphs: body });
  const kit = KITS[language] ?? null;
  // Kazakh, Uzbek, Kyrgyz or Tajik text: no rules read it yet, so it states nothing rather than something misread.
  if (!kit) return { language, kit, body, sentences: [], ctx: ENGLISH.articleContext(title, []) };
  const sentences = addShortForms(withoutDocumentAcronyms(sentencesOf(kit, { ...input, title }, body)));
  const ctx = kit.articleContext(title, sentences);
  dropDatelineMention(kit, sentences, ctx);
  return { language, kit, body, sentences, ctx };
}

export function runExtraction(input: ExtractInput, trace?: Trace, passes?: readonly ArticlePass[]): ExtractedFact[] {
  const { body, sentences, ctx, kit, language } = prepareArticle(input);
  if (trace) trace.language = language;
  if (!kit) return [];
  const candidates: Candidate[] = [];
  for (const s of sentences) {
    try {
      const found = candidatesOf(kit, s, sentences, ctx, trace);
      // A headline's loans, investments and projects are the body's told shorter, with fewer parties: only its priced
      // documents and trade figures stand on their own.
      candidates.push(...(s.headline ? found.filter((c) => c.amount !== null && HEADLINE_TYPES.has(c.type)) : found));
    } catch (e) {
      if (process.env.FACTS_DEBUG) console.error(e);
      // One sentence a rule cannot read is skipped; the others still count.
      trace?.errors.push({ sentence: s.index, error: e instanceof Error ? e.message : String(e) });
    }
  }
  const drafts = kit.resolveDrafts(candidates, sentences, ctx);
  const events: PassEvent[] = [];
  const kept = runPasses(drafts, body, events, passes ?? kit.passes);
  const facts: ExtractedFact[] = [];
  const invalid: Array<{ id: number; reason: string }> = [];
  const factOf = new Map<number, number>();
  for (const d of kept) {
    const parsed = ExtractedFactSchema.safeParse({ ...d.fact, organizations: dedupeOrganizations(d.fact.organizations) });
    if (parsed.success) {
      factOf.set(d.id, facts.length);
      facts.push(parsed.data);
    } else invalid.push({ id: d.id, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  }
  if (trace) {
    trace.context = ctx;
    trace.sentences = sentences.map((s) => ({ index: s.index, paragraph: s.paragraph, basis: s.basis, text: s.text, countries: s.countries, orgs: s.orgs.map((o) => o.name) }));
    trace.candidates = drafts.map((d) => ({ id: d.id, rule: d.fact.rule, type: d.fact.type, amount: d.fact.amount?.text ?? null, sentence: d.sentence.index, fact: factOf.get(d.id) ?? null }));
    trace.events = [...events, ...invalid.map((x) => ({ pass: 'schema', id: x.id, action: 'dropped' as const, reason: x.reason }))];
    trace.facts = facts;
  }
  return facts;
}

/**
 * The cooperation facts of an article (../shared/eval/FACTS.md): each with its type, amount, parties,
 * status, verbatim evidence, the rule that produced it and a confidence. Pure and synchronous; never
 * throws: an input it cannot read gives no facts.
 * @example extractFacts({ title: '', paragraphs: ['Trade between Kazakhstan and China reached $20 billion in 2024.'] })
 */
export function extractFacts(input: ExtractInput): ExtractedFact[] {
  try {
    return runExtraction(input);
  } catch (e) {
    if (process.env.FACTS_DEBUG) console.error(e);
    return [];
  }
}
