import { ExtractedFactSchema, type ExtractedFact } from '../schemas/fact.js';
import { articleContext, type ArticleContext } from './article-context.js';
import { findAmounts } from './money/parse-amount.js';
import { findCountries } from './parties/countries.js';
import { findOrganizations } from './parties/organizations.js';
import { shortForms } from './parties/org-aliases.js';
import { dedupeOrganizations } from './parties/dedupe-organizations.js';
import { agreementCandidates, unpricedDocuments } from './rules/agreement.js';
import { amountCandidates } from './rules/amount-facts.js';
import { financingCandidates } from './rules/financing.js';
import { financedObjectCandidates, projectCandidates } from './rules/project.js';
import type { Basis, Candidate, SentenceInfo } from './rules/types.js';
import { resolveFacts } from './resolve-facts.js';
import { splitSentences } from './text/sentences.js';

/** An article as the extractor reads it. */
export interface ExtractInput {
  title: string;
  paragraphs: string[];
  description?: string;
  paywalled?: boolean;
  published?: string | null;
}

/** Work caps, so a 5 MB page finishes in well under a second: real articles are far below both. */
const MAX_PARAGRAPHS = 400;
const MAX_BODY_CHARS = 100_000;
/** A body shorter than this is a teaser or a paywall stub: facts then come from title and description. */
const TEASER_CHARS = 200;
/** How many sentences back "the company" or "the sides" may point. */
const CONTEXT_SENTENCES = 3;
/** How far back "the company" may reach for the company an article is about, past its description of a plant. */
const POINTS_BACK_SENTENCES = 8;

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

const US_DOLLAR_RE = /\b(?:US|U\.S\.)\s?dollars?\b/g;

function describe(text: string, index: number, paragraph: number, start: number, basis: Basis): SentenceInfo {
  try {
    const amounts = findAmounts(text);
    // Countries are read with the amounts blanked out: "US$88 million" and "U.S. dollars" name no party.
    let masked = text;
    for (const a of amounts) masked = masked.slice(0, a.start) + ' '.repeat(a.end - a.start) + masked.slice(a.end);
    // "10.93 somoni per US dollar": an exchange rate names a currency, not a partner.
    masked = masked.replace(US_DOLLAR_RE, (m) => ' '.repeat(m.length));
    const countryMentions = findCountries(masked);
    const countries = [...new Set(countryMentions.map((c) => c.code))];
    return { index, text, paragraph, start, basis, amounts, countries, countryMentions, orgs: findOrganizations(text) };
  } catch {
    // A normaliser that fails on one odd sentence must not cost the article its other facts.
    return { index, text, paragraph, start, basis, amounts: [], countries: [], countryMentions: [], orgs: [] };
  }
}

/** The sentences to read: the body, or title and description when the body is missing or a teaser. */
function sentencesOf(input: ExtractInput, body: string[]): SentenceInfo[] {
  const bodyChars = body.reduce((n, p) => n + p.length, 0);
  const teaser = input.paywalled === true || bodyChars < TEASER_CHARS;
  const out: SentenceInfo[] = [];
  const add = (paragraphs: string[], basis: Basis, offset: number): void => {
    for (const s of splitSentences(paragraphs)) out.push(describe(s.text, out.length, s.paragraph + offset, s.start, basis));
  };
  if (teaser) {
    if (input.title.trim()) add([input.title.trim()], 'title', -2);
    const description = typeof input.description === 'string' ? input.description.slice(0, MAX_BODY_CHARS) : '';
    if (description.trim()) add([description], 'description', -1);
  }
  add(body, 'body', 0);
  return out;
}

const escapeRe = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds the short forms of companies named in full elsewhere ("Hoshino Solar" after "Hoshino Solar Co., Ltd."). */
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

/** Words that list the parts of a total: the parts' objects are not priced by it (FACTS.md "Totals and parts"). */
const PARTS_LISTED_RE = /\b(?:including|among them|among which|of which)\b/i;

/** A ministry or state agency building at home is one party's own programme, not a joint project. */
const isPartyOrg = (o: { rule: string }): boolean => o.rule !== 'org-ministry';

/** Words that name a party or undertaking introduced before: "Under the project, ...", "the company will". */
const POINTS_BACK_RE = /\b(?:the|this|that|its) (?:project|programme|program|company|bank|fund|contractor|investor|lender)\b|^It (?!is |was |will be )|\bthe (?:two )?(?:parties|sides)\b/i;

function hasParty(s: SentenceInfo, all: readonly SentenceInfo[], ctx: ArticleContext): boolean {
  if (s.orgs.some(isPartyOrg) || s.countries.some((c) => c !== ctx.home)) return true;
  // The company a paragraph is about may be named a few sentences earlier ("the company's plans"); a
  // sentence that names the project or company again may start a new paragraph ("Under the project, ...").
  const pointsBack = POINTS_BACK_RE.test(s.text);
  return all
    .slice(Math.max(0, s.index - (pointsBack ? POINTS_BACK_SENTENCES : CONTEXT_SENTENCES)), s.index)
    .some((p) => (pointsBack || p.paragraph === s.paragraph || p.index === s.index - 1) && p.orgs.some(isPartyOrg));
}

function candidatesOf(s: SentenceInfo, all: readonly SentenceInfo[], ctx: ArticleContext): Candidate[] {
  const prev = s.index > 0 ? (all[s.index - 1] ?? null) : null;
  // "Investments in it are estimated at ..." after "The company also plans to build a second line": a sentence that
  // points back reaches as far as "the company" does.
  const reach = POINTS_BACK_RE.test(s.text) || (prev !== null && POINTS_BACK_RE.test(prev.text) && /\b(?:in|of|for) it\b/i.test(s.text)) ? POINTS_BACK_SENTENCES : CONTEXT_SENTENCES;
  const near = all.slice(Math.max(0, s.index - reach), s.index + 1);
  // Development-bank money is financing: the bank named in the sentence, or "the bank" / "the fund" pointing back to one.
  const ifi = s.orgs.some((o) => o.ifi) || (/\bthe (?:bank|fund)\b/i.test(s.text) && near.some((n) => n.orgs.some((o) => o.ifi)));
  const partyNearby = near.some((n) => n.orgs.length > 0 || n.countries.length > 0);
  const withAmount = amountCandidates(s, prev, ifi, partyNearby, all.slice(Math.max(0, s.index - CONTEXT_SENTENCES), Math.max(0, s.index - 1)).reverse());
  const typed = new Set(withAmount.map((c) => c.type));
  const out = [...withAmount];
  if (!typed.has('agreement')) out.push(...agreementCandidates(s, prev));
  else out.push(...unpricedDocuments(s, withAmount.filter((c) => c.type === 'agreement').length));
  if (!typed.has('financing')) out.push(...financingCandidates(s));
  // "approved a $95 million loan for the reconstruction of canals": a loan's purpose is a project only when it is one object.
  // "X signed a $780 million agreement with Y on a plant, Z signed a $300 million contract with W to rebuild
  // the highway": the objects of priced documents are the documents' subjects; the sum rule already made the
  // one priced object a project (amount-priced-object), and each "with W" is a counterparty, not a partner.
  // A loan agreement's purpose is still the one object it pays for (financedObjectCandidates), and a total
  // with its parts after it ("contracts worth $900 million, including a deal to build a park") prices none.
  const documentsCoverObjects = typed.has('agreement') && !typed.has('financing') && !PARTS_LISTED_RE.test(s.text);
  if (typed.has('project') || documentsCoverObjects) return out;
  out.push(...(typed.has('financing') ? financedObjectCandidates : projectCandidates)(s, hasParty(s, all, ctx)));
  return out;
}

/**
 * The cooperation facts of an article (../shared/eval/FACTS.md): each with its type, amount, parties,
 * status, verbatim evidence, the rule that produced it and a confidence. Pure and synchronous; never
 * throws: an input it cannot read gives no facts.
 * @example extractFacts({ title: '', paragraphs: ['Trade between Kazakhstan and China reached $20 billion in 2024.'] })
 */
export function extractFacts(input: ExtractInput): ExtractedFact[] {
  try {
    const title = typeof input?.title === 'string' ? input.title.slice(0, 1000) : '';
    const body = boundedParagraphs(Array.isArray(input?.paragraphs) ? input.paragraphs : []);
    const sentences = addShortForms(sentencesOf({ ...input, title }, body));
    const ctx = articleContext(title, sentences);
    const candidates: Candidate[] = [];
    for (const s of sentences) {
      try {
        candidates.push(...candidatesOf(s, sentences, ctx));
      } catch (e) {
        if (process.env.FACTS_DEBUG) console.error(e);
        // One sentence a rule cannot read is skipped; the others still count.
      }
    }
    const facts = resolveFacts(candidates, sentences, ctx, body);
    return facts.flatMap((f) => {
      const parsed = ExtractedFactSchema.safeParse({ ...f, organizations: dedupeOrganizations(f.organizations) });
      return parsed.success ? [parsed.data] : [];
    });
  } catch (e) {
    if (process.env.FACTS_DEBUG) console.error(e);
    return [];
  }
}
