import type { ExtractedFact } from '../schemas/fact.js';
import { ownersOfAmounts, partiesOfAmount } from './amount-owners.js';
import type { ArticleContext } from './article-context.js';
import { buildAliasMap, canonicalOrganization } from './parties/org-aliases.js';
import { findPeople, locationOf } from './parties/people.js';
import { sectorOf } from './sector.js';
import { statusOf } from './status.js';
import type { Candidate, SentenceInfo } from './rules/types.js';

/** A sentence naming fewer countries than this borrows the article's main ones ("the sides", "bilateral trade"). */
const MIN_COUNTRIES = 2;
/** How many sentences back a sentence with no organisation looks for the one it speaks of ("the company"). */
const ORG_CONTEXT_SENTENCES = 3;
const PERIOD_RE = /\b(?:(?:in|by|for|during) )?(?:the )?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th) quarter of \d{4}|[1-4]Q\d{2}|[12]H\d{2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?,? \d{4}|(?:past|last|previous|preceding|next|coming) (?:fiscal )?year|\d{4}(?:-\d{2,4})?)\b/;

interface Draft {
  fact: ExtractedFact;
  sentence: SentenceInfo;
}

function namesOf(s: SentenceInfo, aliases: ReadonlyMap<string, string>): string[] {
  return [...new Set(s.orgs.map((o) => canonicalOrganization(o.name, aliases)))];
}

/** Words that point back to a party named before: "the company", "the project", "the sides". */
const POINTS_TO_PARTY_RE =
  /\b(?:the|this|that|these|its|both)(?: two)? (?:company|companies|firms?|bank|fund|funds|money|financing|loan|grant|credit|group|corporation|holding|project|plant|factory|enterprise|deals?|agreements?|contract|memorandum|documents?|investors?|partners?|sides|parties|lenders?)\b/i;

/** Who reports a figure is not a party to it: ministries, statistics and customs offices. */
const REPORTER_RE = /\b(?:Ministry|Statistic\w*|Customs|Committee|Bureau|Office|Service|Department)\b/;

function orgsFor(s: SentenceInfo, type: string, all: readonly SentenceInfo[], aliases: ReadonlyMap<string, string>): string[] {
  if (type === 'trade') return namesOf(s, aliases).filter((o) => !REPORTER_RE.test(o));
  const own = namesOf(s, aliases);
  // A sentence that names its own parties and countries and points back to none keeps its own.
  const pointsBack = POINTS_TO_PARTY_RE.test(s.text);
  if (own.length > 0 && !pointsBack) return own;
  if (own.length === 0 && !pointsBack && s.countries.length > 0) return own;
  for (let i = s.index - 1; i >= Math.max(0, s.index - ORG_CONTEXT_SENTENCES); i--) {
    const prev = all[i];
    // Trade is between countries: a company from another paragraph is not its party.
    if (type === 'trade' && prev?.paragraph !== s.paragraph) break;
    if (prev && prev.orgs.length > 0 && prev.basis === s.basis) return [...new Set([...own, ...namesOf(prev, aliases)])];
  }
  return own;
}

function countriesFor(c: Candidate, ctx: ArticleContext): string[] {
  const s = c.sentence;
  let own = [...s.countries];
  const index = c.amount ? s.amounts.indexOf(c.amount) : -1;
  const owners = index >= 0 ? ownersOfAmounts(s.amounts, s.countryMentions.map((m) => ({ key: m.code, start: m.start, end: m.end }))) : null;
  if (owners) own = partiesOfAmount(index, owners, own);
  return own.length >= MIN_COUNTRIES ? own : [...new Set([...own, ...ctx.main])];
}

/** The organisations of one sum of a list ("a $38 million EBRD loan, a $27 million GCF loan"), or all of them. */
function orgsOfAmount(c: Candidate, orgs: string[], aliases: ReadonlyMap<string, string>): string[] {
  const s = c.sentence;
  const index = c.amount ? s.amounts.indexOf(c.amount) : -1;
  if (index < 0) return orgs;
  const owners = ownersOfAmounts(s.amounts, s.orgs.map((o) => ({ key: canonicalOrganization(o.name, aliases), start: o.start, end: o.end })));
  // A list of sums, each with its lender, speaks for itself: no parties borrowed from earlier sentences.
  return owners ? partiesOfAmount(index, owners, namesOf(s, aliases)) : orgs;
}

function draftOf(c: Candidate, all: readonly SentenceInfo[], ctx: ArticleContext, aliases: ReadonlyMap<string, string>): Draft {
  const s = c.sentence;
  const amount = c.amount ? { value: c.amount.value, currency: c.amount.currency, qualifier: c.amount.qualifier, text: c.amount.text, ...(c.amount.min !== undefined ? { min: c.amount.min } : {}), ...(c.amount.converted ? { converted: c.amount.converted } : {}) } : null;
  const fact: ExtractedFact = {
    type: c.type,
    status: c.status ?? statusOf(c.type, s.text),
    amount,
    countries: countriesFor(c, ctx),
    organizations: orgsOfAmount(c, orgsFor(s, c.type, all, aliases), aliases),
    people: findPeople(s.text),
    sector: sectorOf(s.text),
    location: locationOf(s.text),
    period: PERIOD_RE.exec(s.text)?.[0] ?? null,
    evidence: s.text,
    confidence: c.confidence,
    rule: c.rule,
    basis: s.basis,
  };
  return { fact, sentence: s };
}

/**
 * "ACWA Power signed deals with the Ministry of Energy. Taken together, the agreements could be worth up
 * to $2.5 billion.": a document with no amount followed by its amount in the next sentence is one fact.
 */
function mergeAgreementWithNextAmount(drafts: Draft[], body: readonly string[]): Draft[] {
  const dropped = new Set<Draft>();
  for (const d of drafts) {
    if (d.fact.type !== 'agreement' || d.fact.amount) continue;
    const next = drafts.find((n) => n.fact.type === 'agreement' && n.fact.amount && n.sentence.index === d.sentence.index + 1 && n.sentence.orgs.length === 0);
    if (!next) continue;
    dropped.add(d);
    next.fact.organizations = [...new Set([...d.fact.organizations, ...next.fact.organizations])];
    next.fact.status = d.fact.status ?? next.fact.status;
    const para = body[d.sentence.paragraph];
    if (para && d.sentence.basis === 'body' && next.sentence.paragraph === d.sentence.paragraph) {
      next.fact.evidence = para.slice(d.sentence.start, next.sentence.start + next.sentence.text.length);
    }
  }
  return drafts.filter((d) => !dropped.has(d));
}

/**
 * "Japan has provided a grant of $18 million. The grant agreement was signed in Dushanbe.": the loan or
 * grant agreement of the sentence after a financing sum is that sum's agreement.
 */
function priceLoanAgreements(drafts: Draft[]): Draft[] {
  for (const d of drafts) {
    if (d.fact.type !== 'agreement' || d.fact.amount || !/\b(?:loan|grant|credit|financing) agreement\b/i.test(d.sentence.text)) continue;
    const sums = drafts.filter((f) => f.fact.type === 'financing' && f.fact.amount && f.sentence.index === d.sentence.index - 1);
    const only = sums.length === 1 ? sums[0] : undefined;
    if (only?.fact.amount) {
      d.fact.amount = { ...only.fact.amount };
      d.fact.countries = [...new Set([...d.fact.countries, ...only.fact.countries])];
      d.fact.organizations = [...new Set([...d.fact.organizations, ...only.fact.organizations])];
    }
  }
  return drafts;
}

/** A paragraph about one priced project describes it in several sentences: those are not projects of their own. */
function absorbProjectDetails(drafts: Draft[]): Draft[] {
  const priced = drafts.filter((d) => d.fact.type === 'project' && d.fact.amount);
  return drafts.filter((d) => {
    if (d.fact.type !== 'project' || d.fact.amount) return true;
    const owner = priced.find(
      (p) =>
        p.sentence.paragraph === d.sentence.paragraph ||
        // "The cost of the project is estimated at $6 billion" prices the project of the sentence before.
        (p.sentence.index === d.sentence.index + 1 && /\b(?:the|this) project\b/i.test(p.sentence.text)) ||
        (d.fact.organizations.length > 0 && d.fact.organizations.some((o) => p.fact.organizations.includes(o))),
    );
    if (!owner) return true;
    // The detail's parties are the priced project's parties too.
    owner.fact.countries = [...new Set([...owner.fact.countries, ...d.fact.countries])];
    owner.fact.organizations = [...new Set([...owner.fact.organizations, ...d.fact.organizations])];
    return false;
  });
}

const ORG_SUFFIXES = new Set(['the', 'of', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'llc', 'ltd', 'limited', 'co', 'company', 'corp', 'corporation', 'inc', 'plc', 'group', 'holding', 'holdings']);

/** A comparable key for an organisation name: lower case, no punctuation or legal suffixes. */
function orgKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').split(' ').filter((w) => w && !ORG_SUFFIXES.has(w)).join(' ');
}

/** "World Bank" and "World Bank (WB)" are one party: one key holds the other as whole words. */
function sameOrganization(a: string, b: string): boolean {
  const [x, y] = [orgKey(a), orgKey(b)].sort((p, q) => p.length - q.length) as [string, string];
  return x.length >= 3 && ` ${y} `.includes(` ${x} `);
}

// "In particular, the Ministry and Masdar signed an Addendum...": a sentence that details the one before.
const DETAILS_RE = /^(?:in particular|specifically|namely|among them|among the (?:documents|agreements|deals)|these include|they include)\b/i;
const PLURAL_DOCUMENTS_RE = /\b(?:agreements|documents|deals|memoranda|contracts)\b/i;
const NAMED_DOCUMENT_RE = /\b((?:\p{Lu}[\p{L}-]+ ){1,4}(?:Agreement|Memorandum|Contract|Protocol|Addendum))\b/gu;

/**
 * Agreements counted twice: a lead sentence's plural "Agreements ... have been inked" that the article
 * then details one by one ("In particular, ..."), and a document named again later ("the Investment
 * Agreement has been signed with the Ministry" after "a Power Purchase Agreement and Investment Agreement").
 */
function dropRestatedAgreements(drafts: Draft[]): Draft[] {
  const agreements = drafts.filter((d) => d.fact.type === 'agreement');
  const detailed = agreements.some((d) => DETAILS_RE.test(d.sentence.text));
  return drafts.filter((d) => {
    if (d.fact.type !== 'agreement' || d.fact.amount) return true;
    const later = agreements.filter((a) => a.sentence.index > d.sentence.index);
    if (detailed && PLURAL_DOCUMENTS_RE.test(d.sentence.text) && !DETAILS_RE.test(d.sentence.text) && later.some((a) => DETAILS_RE.test(a.sentence.text))) return false;
    const names = [...d.sentence.text.matchAll(NAMED_DOCUMENT_RE)].map((m) => (m[1] ?? '').replace(/^(?:(?:The|A|An|This|For|In) )+/, '')).filter((n) => n.includes(' '));
    const earlier = agreements.filter((a) => a.sentence.index < d.sentence.index);
    return !names.some((n) => earlier.some((a) => a.sentence.text.includes(n)));
  });
}

/**
 * A project with no builder named, in an article whose other projects name theirs ("South Korean
 * companies plan to set up production" before "Samsung Electronics has plans to open a plant"), is
 * the article's summary or background, not a project of its own.
 */
function dropUnattributedProjects(drafts: Draft[]): Draft[] {
  const attributed = drafts.some((d) => d.fact.type === 'project' && d.fact.organizations.length > 0);
  return drafts.filter((d) => !(attributed && d.fact.type === 'project' && !d.fact.amount && d.fact.organizations.length === 0));
}

/** The same sum restated ("Bilateral trade amounted to $6 billion last year" twice) is one fact. */
function dedupe(drafts: Draft[]): Draft[] {
  const kept: Draft[] = [];
  for (const d of drafts) {
    const twin = kept.find((k) => {
      if (k.fact.type !== d.fact.type) return false;
      if (!k.fact.amount || !d.fact.amount) return !k.fact.amount && !d.fact.amount && k.fact.evidence === d.fact.evidence && k.sentence.index !== d.sentence.index;
      const sameSum = k.fact.amount.value === d.fact.amount.value && k.fact.amount.currency === d.fact.amount.currency;
      const a = k.fact.organizations;
      const b = d.fact.organizations;
      return sameSum && (a.length === 0 || b.length === 0 || a.some((o) => b.some((p) => sameOrganization(o, p))));
    });
    if (!twin) kept.push(d);
  }
  return kept;
}

/** Turns rule candidates into facts: parties, status, sector, period, then merges, absorbs and dedupes. */
export function resolveFacts(candidates: readonly Candidate[], all: readonly SentenceInfo[], ctx: ArticleContext, body: readonly string[]): ExtractedFact[] {
  const aliases = buildAliasMap(all.flatMap((s) => s.orgs));
  const drafts = candidates.map((c) => draftOf(c, all, ctx, aliases));
  const merged = priceLoanAgreements(mergeAgreementWithNextAmount(drafts, body));
  return dedupe(dropUnattributedProjects(dropRestatedAgreements(absorbProjectDetails(merged)))).map((d) => d.fact);
}
