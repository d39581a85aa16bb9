import type { FactType } from '../schemas/index.js';
import { amountsAgree, TRADE_FIGURE, significantDigits } from './amounts-agree.js';
import { COMPATIBLE_TYPES, GROUPING } from './grouping-rules.js';
import { KIND, type Member } from './member.js';

/** Why two facts were judged one deal, with how strongly: stronger links are joined first. */
export interface Link {
  a: Member;
  b: Member;
  score: number;
  reason: 'same-sentence' | 'same-sum' | 'same-words' | 'revision';
}

const COMPATIBLE = new Set(COMPATIBLE_TYPES.flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
export const typesCompatible = (x: FactType, y: FactType) => x === y || COMPATIBLE.has(`${x}|${y}`);

const countrySet = (m: Member) => new Set(m.fact.countries);
const isSubset = (x: ReadonlySet<string>, y: ReadonlySet<string>) => [...x].every((c) => y.has(c));

/** Each names a country the other does not: "ADB lends to Uzbekistan" and "ADB lends to Kazakhstan". */
export function countriesConflict(a: Member, b: Member): boolean {
  const x = countrySet(a);
  const y = countrySet(b);
  return x.size > 0 && y.size > 0 && !isSubset(x, y) && !isSubset(y, x);
}

/**
 * The countries alone tie two facts: the same set, or a pair in common. One shared country is not
 * enough (Uzbekistan signs with many partners), and the rule is symmetric, so the store can find every
 * candidate through its country and country-pair index entries.
 */
export function countriesTie(a: Member, b: Member): boolean {
  const x = [...countrySet(a)].sort();
  const y = countrySet(b);
  if (x.length === 0) return false;
  if (x.length === y.size && x.every((c) => y.has(c))) return true;
  let shared = 0;
  for (const c of x) if (y.has(c)) shared++;
  return shared >= 2;
}

/**
 * Each names its lender and they share none: the EBRD's EUR 236 million for a road and the EIB's EUR 236 million for the
 * same road six months later are two loans (deals-1: armenpress, newsam, radar.am against massispost, armbanks); the
 * EBRD's and the OPEC Fund's loans to one country are two deals (deals-1: trend-20250320, trend-20250922).
 */
export const lendersConflict = (a: Member, b: Member): boolean => disjoint(a.lenderKeys, b.lenderKeys);

export function sharedOrganizations(a: Member, b: Member): number {
  let n = 0;
  for (const k of a.orgKeys) if (b.orgKeys.has(k)) n++;
  return n;
}

export function sharedWords(a: Member, b: Member): number {
  let n = 0;
  for (const w of a.words) if (b.words.has(w)) n++;
  return n;
}

/** Words in common that name which thing, not what kind of thing (KIND): "wind" and "farm" are every wind farm's. */
export function namingWordsInCommon(a: Member, b: Member): number {
  let n = 0;
  for (const w of a.words) if (b.words.has(w) && !KIND.has(w)) n++;
  return n;
}

export function wordOverlap(a: Member, b: Member): number {
  const small = Math.min(a.words.size, b.words.size);
  return small === 0 ? 0 : sharedWords(a, b) / small;
}

const disjoint = (x: ReadonlySet<string>, y: ReadonlySet<string>) => x.size > 0 && y.size > 0 && ![...x].some((v) => y.has(v));

/**
 * What the two sentences say themselves keeps them apart: each names years and they share none (a 2013
 * dispute and a 2022 settlement; 2019 and 2023 turnover), or each names a capacity or length and they
 * share none (a 200MW plant and a 230MW plant).
 */
export const wordsConflict = (a: Member, b: Member) => disjoint(a.years, b.years) || disjoint(a.figures, b.figures) || olderYears(a, b);

const DAY_MS = 86_400_000;

/** `a` names years, all before the year ahead of `b`'s publication, and `b` names none. */
function namesOnlyOlderYears(a: Member, b: Member): boolean {
  if (a.years.size === 0 || b.years.size > 0 || b.day === null) return false;
  const published = new Date(b.day * DAY_MS).getUTCFullYear();
  return [...a.years].every((y) => Number(y) < published - 1);
}

/**
 * One sentence names only years long past when the other report came out, and the other names none: the first
 * is about an older deal, the second is news (a 2015 investment agreement and a 2022 report of a new one; trade
 * "in 2023" and a 2025 report of last year's trade). Dated reports only, so files without dates group as before.
 */
export const olderYears = (a: Member, b: Member) => namesOnlyOlderYears(a, b) || namesOnlyOlderYears(b, a);

/** The days two reports of one deal may lie apart: trade figures and targets are cited for long. */
export const windowOf = (type: FactType) => (type === 'trade' ? GROUPING.tradeWindowDays : GROUPING.linkWindowDays);

export const daysApart = (a: Member, b: Member): number | null =>
  a.day === null || b.day === null ? null : Math.abs(a.day - b.day);

const sumOf = (m: Member) => (m.fact.amount ? { amount: m.fact.amount, usd: m.amountUsd } : null);

/** Whether two stated sums, where both have one, disagree (a deal's sum to its written digits; a trade figure within rounding). */
export function sumsDisagree(a: Member, b: Member): boolean {
  const x = sumOf(a);
  const y = sumOf(b);
  const trade = a.fact.type === 'trade' || b.fact.type === 'trade';
  return x !== null && y !== null && !amountsAgree(x, y, trade ? TRADE_FIGURE : undefined);
}

/**
 * A later report revises the sum of an earlier one: one of the sentences says so, both are of one type,
 * name an organisation in common and share their distinctive words (the plant, the place). Their sums
 * may then disagree.
 */
export function revision(a: Member, b: Member): boolean {
  return (a.revises || b.revises) && a.fact.type === b.fact.type && a.fact.articleId !== b.fact.articleId
    && sharedOrganizations(a, b) > 0 && wordOverlap(a, b) >= GROUPING.minWordOverlap;
}

/** Sums that disagree and no sentence saying one revises the other. */
export const sumsConflict = (a: Member, b: Member) => sumsDisagree(a, b) && !revision(a, b);

/**
 * Whether two facts report one deal, judged on the pair alone (so the answer cannot depend on the
 * order facts arrive in), or null. Within one article, only a fact of another type from the same
 * sentence or with the same sum (the agreement and the loan of one signing); across articles, facts
 * of compatible types, published within the window, whose parties tie them (an organisation, or the
 * countries), whose sums agree and whose years and capacities do not conflict; without a sum, only with
 * distinctive words in common.
 */
export function linkBetween(a: Member, b: Member): Link | null {
  const x = a.fact;
  const y = b.fact;
  if (x.id === y.id || !typesCompatible(x.type, y.type)) return null;
  if (sumsConflict(a, b)) return null;
  if (x.articleId === y.articleId) {
    if (x.type === y.type || countriesConflict(a, b)) return null;
    if (x.evidence === y.evidence) return { a, b, score: 3, reason: 'same-sentence' };
    if (x.amount && y.amount) return { a, b, score: 2.5, reason: 'same-sum' };
    return null;
  }
  const apart = daysApart(a, b);
  if (apart !== null && apart > windowOf(x.type)) return null;
  if (countriesConflict(a, b) || wordsConflict(a, b) || lendersConflict(a, b)) return null;
  if (x.type === 'trade' && x.period && y.period && x.period !== y.period) return null;
  const orgs = sharedOrganizations(a, b);
  const tie = countriesTie(a, b);
  if (orgs === 0 && !tie) return null;
  const overlap = wordOverlap(a, b);
  const closeness = apart === null ? 0 : (windowOf(x.type) - apart) / windowOf(x.type) / 10;
  if (x.amount && y.amount && revision(a, b)) return { a, b, score: 1.5 + closeness, reason: 'revision' };
  if (x.amount && y.amount) {
    // Tied by the countries alone, a sum needs words in common, or a figure too precise to be another deal's.
    const specific = Math.min(significantDigits(x.amount), significantDigits(y.amount)) >= GROUPING.minSpecificDigits;
    if (orgs === 0 && overlap < GROUPING.minWordOverlapCountriesOnly && x.type !== 'trade' && !specific) return null;
    return { a, b, score: 2 + Math.min(orgs, 2) * 0.2 + (tie ? 0.2 : 0) + overlap * 0.5 + closeness, reason: 'same-sum' };
  }
  // Without a sum, the words decide (a signing of three governments on one railway, reported the same day),
  // and only between facts of one type, both without a sum: an unpriced agreement is not tied by words to
  // another outlet's priced loan or investment (the EU's money for a cable is not the cable agreement), nor to
  // its priced agreement (a developer's 2021 agreement "worth about $200 million" is not its unpriced 2020 one;
  // a $4.85 billion wind-farm deal is not an earlier agreement on "the biggest wind plant in Central Asia").
  // It reaches the priced fact through its own article's, by the same sentence or sum.
  if (x.type !== y.type || (x.amount === null) !== (y.amount === null)) return null;
  if (overlap < GROUPING.minWordOverlap || namingWordsInCommon(a, b) < GROUPING.minSharedWords) return null;
  return { a, b, score: 1 + overlap + Math.min(orgs, 2) * 0.1 + closeness, reason: 'same-words' };
}
