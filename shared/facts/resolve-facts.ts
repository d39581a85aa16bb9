import type { ExtractedFact } from '../schemas/fact.js';
import { localCurrency } from './money/local-currency.js';
import { ownersOfAmounts, partiesOfAmount } from './amount-owners.js';
import type { Draft } from './passes/types.js';
import type { ArticleContext } from './article-context.js';
import { multilateralFactCountries, rankedItemCountries } from './parties/fact-countries.js';
import { buildAliasMap, canonicalOrganization } from './parties/org-aliases.js';
import { findPeople, locationOf } from './parties/people.js';
import { sectorOf } from './sector.js';
import { clauseAround, statesTarget, statusOf } from './status.js';
import { TRADE_WORD_RE, tradePartnerOrgs } from './rules/amount-context.js';
import type { Candidate, SentenceInfo } from './rules/types.js';
import { LISTED_OBJECT_RULE, namedListItems } from './rules/project.js';
import { POINTER_NATIONALITIES, POINTER_NOUNS } from './vocabulary/en.js';
import { alt } from './vocabulary/words.js';

/** A sentence naming fewer countries than this borrows the article's main ones ("the sides", "bilateral trade"). */
const MIN_COUNTRIES = 2;
/** How many sentences back a sentence with no organisation looks for the one it speaks of ("the company"). */
const ORG_CONTEXT_SENTENCES = 3;
/** How far back "the company" or "The cost of the project" looks for the company an article is about. */
const COMPANY_CONTEXT_SENTENCES = 8;
/** "The company", "The Turkish firm": a pointer that names a company, not any party. */
// "The Turkish company put $10.7 million into the project", "The Chinese firm already owns 75 percent of the mine": a nationality
// or "firm" says the same (real-m azernews-20180903-uz-tr-dal-teknik-plant, real-g chinainvests-20120628-tj-cn-one-billion-pledge).
const COMPANY_ONLY_RE = new RegExp(`^The (?:same |${alt(POINTER_NATIONALITIES)} )?(?:company|firm)\\b`);
/** "The company", or the cost of the project it builds: a pointer that may look as far back as COMPANY_CONTEXT_SENTENCES. */
const COMPANY_POINTER_RE = new RegExp(`${COMPANY_ONLY_RE.source}|^The (?:total )?cost of the (?:project|plant|factory)\\b|^The (?:total )?project cost\\b`);
/** State bodies and their offices: never "the company". */
const STATE_BODY_RE = /^(?:(?:the )?(?:Ministry|Department|Committee|Agency|Office|Service|Inspectorate|Government|Cabinet|Parliament|President)\b|.*\b(?:Ministry|Government)\b)/;
const PERIOD_RE = /\b(?:(?:in|by|for|during) )?(?:the )?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th) quarter of \d{4}|[1-4]Q\d{2}|[12]H\d{2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?,? \d{4}|(?:past|last|previous|preceding|next|coming) (?:fiscal )?year|\d{4}(?:-\d{2,4})?)\b/;


/** "..., the Ministry of Economy said.": the organisation a sentence is attributed to reports it; it is no party. */
function isReporter(s: SentenceInfo, name: string): boolean {
  // "According to the Ministry of Investment, ...": the source of a figure.
  // "..., Daryo reports, citing the Ministry of Transport": the source of the report.
  if (new RegExp(`\\b(?:according to|citing) (?:the )?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s*,|\\s*$|\\.)`, 'i').test(s.text)) return true;
  // "According to the feasibility study prepared by the consultancy X, the cost ...": everyone in the leading clause is a source.
  const leading = /^According to [^,]+,/i.exec(s.text)?.[0];
  if (leading?.includes(name)) return true;
  const at = s.text.lastIndexOf(name);
  // "..., the Uzbek Ministry of Investment said": a nationality may stand between "the" and the reporter.
  // "..., ACWA Power said it has now executed the official agreements": a reporter that speaks of itself is the one acting.
  return (
    at > 0 &&
    /,\s*(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?$/u.test(s.text.slice(Math.max(0, at - 24), at)) &&
    /^\s+(?:said|says|reported|reports|told|noted|announced|informed)\b/.test(s.text.slice(at + name.length)) &&
    !/^\s+\w+\s+(?:that\s+)?(?:it|its)\b/.test(s.text.slice(at + name.length))
  );
}

/** The organisations a sentence names; reporters dropped unless it is read as context for a later "the ministry". */
function namesOf(s: SentenceInfo, aliases: ReadonlyMap<string, string>, withReporters = false): string[] {
  return [...new Set(s.orgs.filter((o) => withReporters || !isReporter(s, o.name)).map((o) => canonicalOrganization(o.name, aliases)))];
}

/** Words that point back to a party named before: "the company", "the project", "the sides". */
// A sentence opening on "It" ("It also plans to build a second plant") has the party of the sentence before as its subject.
const POINTS_TO_PARTY_ALL_RE = new RegExp(
  `^It (?!is |was |will be )|\\b(?:the|this|that|these|its|both)(?: two| same| said| first| second| next| total)?(?: ${alt(POINTER_NATIONALITIES)})? ${alt(POINTER_NOUNS)}\\b`,
  'gi',
);

/** True when the text points back to a party; "the Ministry of Investment" names one and points nowhere. */
// "So far, we have put $380mln into Georgia's economy," Mammadov said: a speaker's "we" is the organisation named before.
const QUOTED_WE_RE = /["“][^"”]{0,80}?\b(?:[Ww]e|[Oo]ur)\b/;

function pointsToParty(text: string): boolean {
  if (QUOTED_WE_RE.test(text)) return true;
  // "the German company Rheinwerk Chemie AG" names its party right after the noun: it points nowhere.
  for (const m of text.matchAll(POINTS_TO_PARTY_ALL_RE)) if (!/^ (?:of (?:the )?)?["“]?[A-Z]/.test(text.slice(m.index + m[0].length))) return true;
  return false;
}

/** Who reports a figure is not a party to it: ministries, statistics and customs offices. */
const REPORTER_RE = /\b(?:Ministry|Statistic\w*|Customs|Committee|Bureau|Office|Service|Department|Agency)\b/;

/** "The sides", "the parties": the two sides of a signing or talks, not whoever the sentence before names. */
const SIDES_RE = /\b(?:the|both)(?: two)? (?:sides|parties)\b/i;
/** A sentence that states a signing, a meeting or talks, whose parties "the sides" later means. */
const SIDES_ACT_RE = /\b(?:sign(?:ed|s|ing)?|inked|sealed|concluded|agreed|discuss(?:ed|es|ing)?|negotiat\w+|talks|met|meets|meeting)\b/i;
/** How many sentences back "the parties also signed" looks for the signing or meeting it continues. */
const SIDES_CONTEXT_SENTENCES = 8;

/**
 * "X and Y signed a loan agreement. ... The EU will provide a grant. The parties also signed a memorandum":
 * the parties are those of the last signing, meeting or talks, not of whatever sentence comes just before.
 * Null when no such sentence is near: the caller then reads the sentence as any other pointing one.
 */
function sidesOf(s: SentenceInfo, all: readonly SentenceInfo[], aliases: ReadonlyMap<string, string>): string[] | null {
  for (let i = s.index - 1; i >= Math.max(0, s.index - SIDES_CONTEXT_SENTENCES); i--) {
    const prev = all[i];
    if (!prev || prev.basis !== s.basis || prev.orgs.length === 0 || !SIDES_ACT_RE.test(prev.text)) continue;
    return namesOf(prev, aliases, true);
  }
  return null;
}

// "It will be implemented by Gyumri Water Networks", "The project will be built by a joint venture of X, Y and Z".
const BUILDER_RE = /\b(?:implemented|built|constructed|carried out|executed|developed|operated)\s+by\b/i;

/**
 * A project whose own sentence names no party takes the builders a sentence beside it names, in the same
 * paragraph (FACTS.md: "one fact can need two sentences").
 */
function buildersBeside(s: SentenceInfo, all: readonly SentenceInfo[], aliases: ReadonlyMap<string, string>): string[] {
  for (const n of [all[s.index + 1], all[s.index - 1]]) {
    if (n && n.paragraph === s.paragraph && n.basis === s.basis && BUILDER_RE.test(n.text) && n.orgs.length > 0) return namesOf(n, aliases);
  }
  return [];
}

/** Loan words: a signing or a sum with them is the article's lender's when no other party is named. */
const LENDING_WORDS_RE = /\b(?:loans?|grants?|credits?|financ\w+|lend\w*|approv\w+|disburse\w*)\b/i;

/**
 * "the bank's first loan to Georgia", "For the Burnoye Solar-2 project the bank provided $44.5 million": "the bank" points to a
 * lender, not to the fund or company named just before (real-g apdnews-nodate-ge-in-tj-aiib-approvals; real-b
 * pvmagazine-20170622-kz-gb-ebrd-baikonur-solar).
 */
const LENDER_POINTER_RE = /\bthe (?:bank|lender)(?:['’]s)?\b(?! of\b)/i;

/** A loan or signing whose sentence says "the bank" before `at` with no lender named before the pointer. */
function lenderPointerBefore(s: SentenceInfo, type: string, at: number): boolean {
  const pointer = LENDER_POINTER_RE.exec(s.text);
  // A lender named after the pointer ("in partnership with the Clean Technology Fund") is a partner, not the bank itself.
  return (type === 'financing' || type === 'agreement') && pointer !== null && pointer.index < at && !s.orgs.some((o) => o.ifi && o.start < pointer.index);
}

/** The development lender "the bank" points to: the nearest one named before, else the article's. */
function pointedLender(s: SentenceInfo, all: readonly SentenceInfo[], aliases: ReadonlyMap<string, string>, ctx: ArticleContext): string[] {
  for (let i = s.index - 1; i >= Math.max(0, s.index - COMPANY_CONTEXT_SENTENCES); i--) {
    const prev = all[i];
    if (!prev || prev.basis !== s.basis) continue;
    const lenders = prev.orgs.filter((o) => o.ifi);
    if (lenders.length > 0) return [...new Set(lenders.map((o) => canonicalOrganization(o.name, aliases)))];
  }
  return ctx.lender ? [canonicalOrganization(ctx.lender.name, aliases)] : [];
}

function orgsFor(s: SentenceInfo, type: string, all: readonly SentenceInfo[], aliases: ReadonlyMap<string, string>, ctx: ArticleContext): string[] {
  // A loan or signing by "the bank", in a sentence that names no lender before it, is the lender's it points to.
  // A lender named after the pointer ("in partnership with the Clean Technology Fund") is a partner, not the bank itself.
  if (lenderPointerBefore(s, type, s.text.length)) {
    const lender = pointedLender(s, all, aliases, ctx);
    if (lender.length > 0) return [...new Set([...namesOf(s, aliases), ...lender])];
  }
  const parties = partiesOf(s, type, all, aliases);
  if (type === 'project' && parties.length === 0) {
    // In an article whose title names a lender, a project that names no party of its own is one the lender pays for:
    // "The reconstruction of the 304-km-long Almaty-Khorgos motor road is estimated at $1.1 billion" under "EBRD ..."
    // (real-c tengrinews-nodate-kz-ebrd-road-projects; real-d isdb-nodate-kz-bf-mz-325m-projects, geoeconomics-20091110-ge-wb-east-west-highway).
    const builders = buildersBeside(s, all, aliases);
    // Under a title that names one company, the company's: "Investments in the project are estimated to total $700 million"
    // (CAMCE, real-a azernews-nodate-az-cn-camce-agro-industrial-park), "Earlier, it began work on building the Tedzani
    // Hydroelectric Power Plant" (Çalık Holding, real-g dailysabah-20180222-ge-tr-calik-wind), and SOCAR's in real-a twice.
    if (builders.length === 0 && ctx.company) return [canonicalOrganization(ctx.company, aliases)];
    if (builders.length > 0 || !ctx.lender?.inTitle) return builders;
    return [canonicalOrganization(ctx.lender.name, aliases)];
  }
  // Real text: "So far we have approved a total of over $1.5 billion in loans" (an ADB address), "more than 80 agreements
  // have been signed" (an interview on ADB money), "$27.5 million is given as a grant" (a World Bank release).
  // A signing with no loan word is the lender's only in an article about that lender (its title names it).
  const lenderWords = LENDING_WORDS_RE.test(s.text) || (type === 'agreement' && ctx.lender?.inTitle === true);
  if (parties.length === 0 && ctx.lender && (type === 'financing' || type === 'agreement') && lenderWords) return [canonicalOrganization(ctx.lender.name, aliases)];
  // Under a title that names the lender, its money needs no lending word: "In 2023, we put more than 700 million euros into your
  // country's economy" (EBRD), "Funding for the program amounts to $38.8 million" (ADB), "investment projects worth more than US $1.3
  // billion" (AIIB): real-c dunyo-20241118-uz-ebrd-patrone-interview, real-d 24kg-20250429-kg-adb-naryn-water, real-w
  // timesca-nodate-uz-aiib-cooperation-roadmap, with four more of real-g, real-j, real-k and real-t.
  if (parties.length === 0 && ctx.lender?.inTitle && (type === 'financing' || type === 'investment')) return [canonicalOrganization(ctx.lender.name, aliases)];
  return parties;
}

// "The seed processing plant in Aghdam ... will cost 34 million manat": the object named in full before, with its parties.
const DEFINITE_PHRASE_RE = /^The ((?:[\p{L}-]+ ){1,3}(?:plant|factory|complex|terminal|station|farm|park|port|railway|road|line|hub|centre|center|mill|mine))(?=,| (?:in|at|near|on|will|is|was|with|to)\b)/iu;

/** The parties of the earlier sentence that named the object this one opens on with "The", if any. */
function partiesOfNamedObject(s: SentenceInfo, all: readonly SentenceInfo[], aliases: ReadonlyMap<string, string>): string[] {
  const phrase = DEFINITE_PHRASE_RE.exec(s.text)?.[1]?.toLowerCase();
  if (!phrase) return [];
  for (let i = s.index - 1; i >= Math.max(0, s.index - COMPANY_CONTEXT_SENTENCES); i--) {
    const prev = all[i];
    if (prev && prev.basis === s.basis && prev.orgs.length > 0 && prev.text.toLowerCase().includes(phrase)) return namesOf(prev, aliases);
  }
  return [];
}

function partiesOf(s: SentenceInfo, type: string, all: readonly SentenceInfo[], aliases: ReadonlyMap<string, string>): string[] {
  // Only a priced sentence: an unpriced one that names the object again is a detail the priced project absorbs.
  if (type === 'project' && s.orgs.length === 0 && s.amounts.length > 0) {
    const named = partiesOfNamedObject(s, all, aliases);
    if (named.length > 0) return named;
  }
  if (type === 'trade') {
    const own = namesOf(s, aliases).filter((o) => !REPORTER_RE.test(o));
    // "... foreign trade is with the EU. In 2022, trade grew 27.6 percent to reach $40 billion": the partner just named.
    const prev = all[s.index - 1];
    if (own.length > 0 || s.countries.length >= 2 || !prev || prev.paragraph !== s.paragraph || !TRADE_WORD_RE.test(prev.text)) return own;
    return [...new Set(tradePartnerOrgs(prev).map((o) => canonicalOrganization(o.name, aliases)))];
  }
  const own = namesOf(s, aliases);
  if (SIDES_RE.test(s.text) && !pointsToParty(s.text.replace(SIDES_RE, ''))) {
    // "the sides discussed a complex with the participation of Z": with no signing or meeting near, Z alone.
    const sides = sidesOf(s, all, aliases);
    if (sides) return [...new Set([...own, ...sides])];
    if (own.length > 0) return own;
  }
  // A sentence that names its own parties and countries and points back to none keeps its own.
  const pointsBack = pointsToParty(s.text);
  if (own.length > 0 && !pointsBack) return own;
  if (own.length === 0 && !pointsBack && s.countries.length > 0) return own;
  const found = [...own];
  // "The company also plans ..." may be paragraphs after the company was named; other pointers look close by.
  const reach = COMPANY_POINTER_RE.test(s.text) ? COMPANY_CONTEXT_SENTENCES : ORG_CONTEXT_SENTENCES;
  const companyPointer = COMPANY_ONLY_RE.test(s.text) && own.length === 0;
  for (let i = s.index - 1; i >= Math.max(0, s.index - reach); i--) {
    const prev = all[i];
    // Trade is between countries: a company from another paragraph is not its party.
    if (type === 'trade' && prev?.paragraph !== s.paragraph) break;
    // A reporter of an earlier sentence is a party only when this one names it as one: "signed by the ministry and X".
    const reporters = /\bthe (?:ministry|agency|committee|government)\b/i.test(s.text);
    if (!prev || prev.orgs.length === 0 || prev.basis !== s.basis) continue;
    // "The company is expected to help the textile park ...": a company, not the ministry that told of it nor a lender
    // (real-a medttj-nodate-tj-cn-kulob-textile-park, where the ministry's press release named itself first).
    if (companyPointer) {
      const companies = prev.orgs.filter((o) => !o.ifi && !STATE_BODY_RE.test(o.name));
      if (companies.length === 0) continue;
      found.push(...namesOf({ ...prev, orgs: companies }, aliases, reporters));
      break;
    }
    found.push(...namesOf(prev, aliases, reporters));
    // "Under the project, ..." after "The package consists of ...": a sentence that itself points back
    // passes on to the party it points to, so the chain reaches the lender of the first sentence.
    if (!pointsToParty(prev.text)) break;
  }
  return [...new Set(found)];
}

/** A ranking of partners: "the largest trade partner", "top trading partners", "followed by". */
const RANKED_PARTNERS_RE = /\b(?:largest|biggest|top|main|leading) (?:trade |trading )?partners?\b|\bfollowed by\b/i;

/** "... $40 million and $65 million respectively": the parties named first own the sums in order. */
const RESPECTIVELY_RE = /\brespectively\b/i;

/** Words that name a pair of countries without naming them: "the two countries", "bilateral", "mutual". */
const PAIR_WORDS_RE = /\b(?:the two (?:countries|states|nations|sides)|both (?:countries|states|sides)|bilateral|mutual|two-way)\b/i;
/** How far back "the two countries" looks for the sentence that named them. */
const PAIR_CONTEXT_SENTENCES = 4;

/**
 * "trade between Azerbaijan and Turkey reached $4.4 billion. ... the two countries' turnover stood at $2.4 billion": the
 * pair is the one named last, not the article's main countries (an article about Azerbaijan's trade with Turkey and
 * with Russia; real-b azernews-20211229-az-tr-ru-trade-11m).
 */
function pairNamedBefore(s: SentenceInfo, all: readonly SentenceInfo[]): string[] | null {
  for (let i = s.index - 1; i >= Math.max(0, s.index - PAIR_CONTEXT_SENTENCES); i--) {
    const prev = all[i];
    if (prev && prev.basis === s.basis && prev.countries.length === 2) return prev.countries;
  }
  return null;
}

function countriesFor(c: Candidate, ctx: ArticleContext, all: readonly SentenceInfo[], organizations: readonly string[]): string[] {
  const s = c.sentence;
  let own = [...s.countries];
  const index = c.amount ? s.amounts.indexOf(c.amount) : -1;
  // "Turkey was Georgia's largest trade partner ... with $2.2 billion, followed by Russia with $1.88 billion, ...": in a
  // ranking of the home country's partners the home is the other side of every item, never an item's own party, and the
  // first item's partner may stand farther from its sum than the home does (real-x civilge-20210719-ge-tr-ru-cn-trade-1h21,
  // real-zy civilge-20231019-ge-trade-jan-sep-2023).
  const homeRanking = c.type === 'trade' && ctx.home !== null && s.countries.includes(ctx.home) && s.countries.filter((k) => k !== ctx.home).length >= 2 && RANKED_PARTNERS_RE.test(s.text);
  const mentions = s.countryMentions.filter((m) => !(homeRanking && m.code === ctx.home)).map((m) => ({ key: m.code, start: m.start, end: m.end }));
  const owners = index >= 0 ? ownersOfAmounts(s.amounts, mentions, RESPECTIVELY_RE.test(s.text), s.text, homeRanking) : null;
  if (owners) own = partiesOfAmount(index, owners, own);
  if (own.length >= MIN_COUNTRIES) return own;
  const settled = rankedItemCountries(own, owners !== null, ctx.home) ?? multilateralFactCountries(own, ctx.main, organizations);
  if (settled) return settled;
  const pair = PAIR_WORDS_RE.test(s.text) ? pairNamedBefore(s, all) : null;
  return [...new Set([...own, ...(pair ?? ctx.main)])];
}

/** The organisations of one sum of a list ("a $38 million EBRD loan, a $27 million GCF loan"), or all of them. */
function orgsOfAmount(c: Candidate, orgs: string[], aliases: ReadonlyMap<string, string>): string[] {
  const s = c.sentence;
  const index = c.amount ? s.amounts.indexOf(c.amount) : -1;
  if (index < 0) return orgs;
  const owners = ownersOfAmounts(s.amounts, s.orgs.map((o) => ({ key: canonicalOrganization(o.name, aliases), start: o.start, end: o.end })), RESPECTIVELY_RE.test(s.text), s.text);
  // A list of sums, each with its lender, speaks for itself: no parties borrowed from earlier sentences.
  if (!owners) return orgs;
  const own = partiesOfAmount(index, owners, namesOf(s, aliases));
  // "For the Burnoye Solar-2 project the bank provided $44.5 million": the sum is the bank's, whatever is named before it.
  const ownLender = s.orgs.some((o) => o.ifi && own.includes(canonicalOrganization(o.name, aliases)));
  const lender = c.amount && !ownLender && lenderPointerBefore(s, c.type, c.amount.start) ? orgs.filter((o) => !own.includes(o) && !namesOf(s, aliases).includes(o)) : [];
  return [...new Set([...own, ...lender])];
}

const SIGNED_BEFORE_RE = /\b(?:signed|inked|sealed|concluded)\b/i;
const AGREEMENT_VERB_RE = /\b(?:sign\w*|ink\w*|seal\w*|conclud\w*|agreed|reached|struck|negotiat\w*|discuss\w*|approv\w*|working (?:out|on)|drafting|preparing)\b/i;

/**
 * The status of a fact: read from the clause of its sum, then the sentence; an agreement with no
 * verb of its own ("Among the deals are a Power Purchase Agreement ...") takes "signed" from the
 * sentence before, and a sum continuing the sentence before takes that sentence's status.
 */
function statusFor(c: Candidate, all: readonly SentenceInfo[]): ExtractedFact['status'] {
  const s = c.sentence;
  const prev = all[s.index - 1];
  // A figure that continues the sentence before takes its status, unless it sets a target of its own: "As a result, trade
  // volume rose to $2 billion a year. [...] We aim to raise this figure to $5 billion" (real-zy t-vine-…, kazakhtv-…).
  if (c.rule.startsWith('amount-previous-sentence') && prev) return c.type === 'trade' && statesTarget(s.text) ? 'target' : statusOf(c.type, prev.text);
  const before = all.slice(Math.max(0, s.index - 2), s.index);
  if (c.type === 'agreement' && !AGREEMENT_VERB_RE.test(s.text) && before.some((b) => SIGNED_BEFORE_RE.test(b.text))) return 'signed';
  if (c.amount && s.amounts.length > 1) {
    const own = statusOf(c.type, clauseAround(s.text, c.amount.start, c.amount.end, s.amounts.filter((a) => a !== c.amount)));
    if (own) return own;
  }
  return statusOf(c.type, c.amount ? clauseAround(s.text, c.amount.start, c.amount.end, []) : s.text) ?? statusOf(c.type, s.text);
}

/**
 * A project of a list of names takes none of the listed names as its parties: they are the projects themselves ("include ...
 * Ahmet Yesevi University, Astana Twin Towers", "such as Kars-Akhalkalaki and TANAP"); a partner named inside an item ("to build
 * hotel complexes with HIS Group") stays.
 */
function withoutListedNames(c: Candidate, orgs: string[], aliases: ReadonlyMap<string, string>): string[] {
  if (c.rule !== LISTED_OBJECT_RULE) return orgs;
  const listed = listedNamesOf(c.sentence, aliases);
  return orgs.filter((o) => !listed.has(o));
}

/** The organisations that are whole items of a sentence's list of projects, read once per sentence: a list gives many candidates. */
const listedNames = new WeakMap<SentenceInfo, ReadonlySet<string>>();
function listedNamesOf(s: SentenceInfo, aliases: ReadonlyMap<string, string>): ReadonlySet<string> {
  const known = listedNames.get(s);
  if (known) return known;
  const items = new Set(namedListItems(s.text).map((i) => i.replace(/^the\s+/, '')));
  const listed = new Set(s.orgs.filter((o) => items.has(s.text.slice(o.start, o.end))).map((o) => canonicalOrganization(o.name, aliases)));
  listedNames.set(s, listed);
  return listed;
}

function draftOf(c: Candidate, id: number, all: readonly SentenceInfo[], ctx: ArticleContext, aliases: ReadonlyMap<string, string>): Draft {
  const s = c.sentence;
  const amount = c.amount ? { value: c.amount.value, currency: localCurrency(c.amount, ctx.home, ctx.main, s.text), qualifier: c.amount.qualifier, text: c.amount.text, ...(c.amount.min !== undefined ? { min: c.amount.min } : {}), ...(c.amount.converted ? { converted: c.amount.converted } : {}) } : null;
  const organizations = withoutListedNames(c, orgsOfAmount(c, orgsFor(s, c.type, all, aliases, ctx), aliases), aliases);
  const fact: ExtractedFact = {
    type: c.type,
    status: c.status ?? statusFor(c, all),
    amount,
    countries: countriesFor(c, ctx, all, organizations),
    organizations,
    people: findPeople(s.text),
    sector: sectorOf(s.text),
    location: locationOf(s.text),
    period: PERIOD_RE.exec(s.text)?.[0] ?? null,
    evidence: s.text,
    confidence: c.confidence,
    rule: c.rule,
    basis: s.basis,
    extractor: 'rules',
  };
  return { id, fact, sentence: s };
}

/**
 * Turns rule candidates into drafts of facts: parties, status, sector, period, evidence. Draft `i` is
 * candidate `i`, so the article passes (passes/) can say what became of each candidate.
 */
export function resolveDrafts(candidates: readonly Candidate[], all: readonly SentenceInfo[], ctx: ArticleContext): Draft[] {
  const aliases = buildAliasMap(all.flatMap((s) => s.orgs));
  return candidates.map((c, i) => draftOf(c, i, all, ctx, aliases));
}
