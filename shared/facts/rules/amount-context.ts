import type { AmountMatch } from '../money/parse-amount.js';
import type { SentenceInfo } from './types.js';

/**
 * What the rest of a sentence says about one of its sums: whether a trade figure has a partner,
 * which clause the sum sits in, and whether a company is pricing its own object.
 */

// A party, even when unnamed in the sentence: "the sides", "bilateral trade", "both governments", and a visiting
// official's "our trade turnover" ("our foreign trade" is one country's, and does not match).
export const UNNAMED_PARTIES_RE =
  /\b(?:bilateral|mutual|the (?:two )?sides|the parties|both (?:countries|governments|states|nations|sides|leaders|presidents)|(?:the|our) (?:two )?(?:countries|states|nations|governments)|partners?|our (?:two-way )?trade)\b/i;

// "exports to Türkiye", "trade with China", "imports from Iran": the one country named is the partner.
const PARTNER_BEFORE_RE = /\b(?:to|from|with|between|and)\s+(?:the\s+)?$/i;
const EXPORTER_BEFORE_RE = /\bexports?\s+from\s+(?:the\s+)?$/i;

/**
 * Trade is between parties (FACTS.md): "Uzbekistan's foreign trade reached $65 billion" names no
 * partner and is no fact. A sentence needs two countries, one country introduced as a partner, an
 * unnamed pair ("bilateral trade", "the two countries"), or a previous sentence naming the partner.
 */
export function hasTradePartner(s: SentenceInfo, prev: SentenceInfo | null): boolean {
  if (s.countries.length >= 2 || UNNAMED_PARTIES_RE.test(s.text)) return true;
  // "Kazakhstan's exports to the EU": a bloc or an organisation introduced as the partner counts as one.
  if (tradePartnerOrgs(s).length > 0) return true;
  // "exports from Georgia grew by 12.7% to $4.6 billion": the country exports are from is the exporter, not a partner.
  if (s.countries.length === 1) return s.countryMentions.some((m) => PARTNER_BEFORE_RE.test(s.text.slice(Math.max(0, m.start - 14), m.start)) && !EXPORTER_BEFORE_RE.test(s.text.slice(Math.max(0, m.start - 20), m.start)));
  // "Georgia's total foreign trade turnover came to $21.5 billion. Exports exceeded $6 billion": the sentence before
  // measures trade with the world, so its country is no partner (real-b tass-20240122-ge-ru-trade-2023).
  return prev !== null && prev.countries.length > 0 && !WORLD_TRADE_RE.test(prev.text);
}

/**
 * The organisations a trade sentence names as the partner: "Around 30 percent of Kazakhstan's foreign trade is with the EU"
 * gives the EU. A figure right after it that names no organisation and no second country is trade with that partner.
 */
export function tradePartnerOrgs(s: SentenceInfo): SentenceInfo['orgs'] {
  return s.orgs.filter((o) => PARTNER_BEFORE_RE.test(s.text.slice(Math.max(0, o.start - 14), o.start)));
}

/** A trade word: the sentence speaks of trade at all. */
export const TRADE_WORD_RE = /\b(?:trade|turnover|exports?|imports?)\b/i;
/** A sentence about the trade itself, not its exports or imports by goods. */
const BARE_TRADE_RE = /\b(?:trade|turnover)\b(?![^.;]*\b(?:exports?|imports?|commodit\w+)\b)/i;
/** How many sentences back a bare trade figure looks for the pair it continues. */
const PAIR_TRADE_REACH = 3;

/**
 * "... bilateral trade had risen by 40% in 2005 and by 70% in 2006. [new paragraph] The trend was strengthened in 2007,
 * when trade grew by another 66% to 821 million U.S. dollars" (real-j itartass-20080902-ru-am-sochi-summit-trade): a
 * figure that names no party, no organisation and no world or bloc trade continues the last trade sentence before it,
 * across a paragraph break, when that sentence had its partner. `before` holds the sentences before `s`, nearest first.
 */
export function continuesPairTrade(s: SentenceInfo, before: readonly (SentenceInfo | null)[]): boolean {
  // Only a figure of the trade itself: "Copper ores topped the list of export commodities with USD 712 million" splits one
  // country's exports by goods (invented holdout-e he-05), whatever pair the sentence before had.
  if (s.countries.length > 0 || s.orgs.length > 0 || NOT_THE_PAIR_RE.test(s.text) || !BARE_TRADE_RE.test(s.text)) return false;
  for (const b of before.slice(0, PAIR_TRADE_REACH)) {
    if (!b || b.basis !== s.basis) return false;
    // A bare figure before it continues the same pair: "... and reached 400 million U.S. dollars" after the 2007 figure.
    if (!TRADE_WORD_RE.test(b.text) || (b.countries.length === 0 && b.orgs.length === 0 && !NOT_THE_PAIR_RE.test(b.text))) continue;
    return !WORLD_TRADE_RE.test(b.text) && (b.countries.length >= 2 || (b.countries.length > 0 && UNNAMED_PARTIES_RE.test(b.text)));
  }
  return false;
}

/** Trade of one country with the world or a bloc of countries, not with the article's partner. */
const NOT_THE_PAIR_RE = /\b(?:foreign|external|overall|total|global|world)\s+trade\b|\b(?:countries|states|nations|region|regions|CIS|EU|EAEU|European|Asian|Arab|African)\b/i;

/**
 * "Russian-Armenian trade ... is developing dynamically. [...] \"Last year trade turnover reached $7.4 billion\"":
 * an article about two countries' trade states a figure without repeating them. With two countries in the
 * article's title, dateline and lead (ctx.main), a trade figure whose sentence names no other country and no
 * world or bloc trade is theirs. `pair` is ArticleContext.tradePair: empty unless the title or lead is about the pair's trade.
 */
export function articlePairTrades(s: SentenceInfo, pair: readonly string[]): boolean {
  return pair.length === 2 && s.countries.every((c) => pair.includes(c)) && s.orgs.length === 0 && !NOT_THE_PAIR_RE.test(s.text);
}

// Where one clause of a sentence ends and a contrasted one begins: "..., while the government will ...".
// "The project costs 290 million manat, and the remaining part will come from the state budget" (or ", of which
// $15 million will come from the state budget"): the part is the budget's, the total is the project's.
const CLAUSE_BREAK_RE = /;|,\s+(?:while|whereas|but|of which|and the (?:government|state|city|ministry)|(?:and|with) the (?:remaining|rest|remainder|balance)|with the (?:[a-z]+ )?government)\b/gi;

// Where a clause with a subject of its own begins: "..., Huaxin Cement signed ...", "..., and Shandong Group signed ...".
const SUBJECT_BREAK_RE = /;|,\s+(?:and\s+)?(?=\p{Lu}\p{Ll})/gu;

/** The clause of a sentence that holds an amount (the whole sentence when it has one clause). */
export function clauseAround(text: string, a: AmountMatch, breaks: RegExp = CLAUSE_BREAK_RE): string {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(breaks)) {
    if (m.index < a.start) start = m.index;
    else if (m.index >= a.end) {
      end = m.index;
      break;
    }
  }
  return text.slice(start, end);
}

/** The clause of one signing among several: "X signed a $780 million deal on a plant, Y signed a $300 million contract to rebuild a road". */
export function signingClauseAround(text: string, a: AmountMatch): string {
  return clauseAround(text, a, SUBJECT_BREAK_RE);
}

/** "for a plant", "for the construction of a factory" right after a sum: the object the money is for. */
const FOR_OBJECT_AFTER_RE = /^\s+(?:for|into|in)\s+(?:the\s+)?(?:construction\s+of\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:plant|factory|facility|complex|mill|refinery|smelter|terminal)\b/i;
/** A sentence that opens on a company (not a ministry, government body or lender): its subject. */
export function companyAllocatesForObject(s: SentenceInfo, a: AmountMatch): boolean {
  const subject = s.orgs[0];
  if (!subject || subject.ifi || subject.rule === 'org-ministry' || subject.start > SUBJECT_REACH) return false;
  if (/\b(?:Ministry|Government|Agency|Committee|Fund|Bank|Administration)\b/.test(subject.name)) return false;
  return FOR_OBJECT_AFTER_RE.test(s.text.slice(a.end));
}
/** How far into a sentence its subject may start: "Japan's Sojitz", "The Turkish company X". */
const SUBJECT_REACH = 30;

/**
 * "Local executive bodies will additionally allocate 420 billion tenge for road repair": a home
 * government body that opens the sentence and gives money with no party named, not even a country,
 * spends its own budget (FACTS.md "Scope": money from one party alone is no fact).
 */
const HOME_BODY_SUBJECT_RE =
  /^(?:(?:In addition|Also|Moreover|Besides),\s+)?(?:the\s+)?(?:(?:local|regional|district|city|municipal|provincial|state|republican)\s+)?(?:executive bodies|authorities|akimats?|hokimiyats?|administrations?|government|budget)\b(?!\s+of\b)/i;
export function homeBodySpends(s: SentenceInfo): boolean {
  return HOME_BODY_SUBJECT_RE.test(s.text) && s.countries.length === 0 && s.orgs.every((o) => o.rule === 'org-ministry');
}

/**
 * "China accounted for 23.5 percent of Kazakhstan's total foreign trade, which reached $106.9 billion": a
 * country's trade with the whole world has no counterparty (FACTS.md "trade"), whoever has a share of it.
 */
// "By comparison, foreign trade turnover came to 11 billion dollars" (real-a nca-20230802-tm-foreign-trade-growth) is the
// world's too, as is "Azerbaijan's foreign trade turnover came to $15 billion" (todayaz-20200826-az-it-oil-exports-1h20).
// "30 percent of Kazakhstan's foreign trade is with the EU" (real-j eximtutor-20230314-kz-eu-cooperation) names its partner.
const WORLD_TRADE_RE = /\b(?:(?:total|overall|aggregate)\s+|\p{L}+['’]s\s+(?:total\s+|overall\s+)?)?(?:foreign|external)\s+trade\b(?!(?:\s+turnover)?(?:\s+of\s+\p{Lu}[\p{L}-]+)?(?:\s+(?:is|was))?\s+(?:with|between|partners?)\b)/u;
/**
 * "Overall, Turkey's foreign trade amounted to $26.7 billion. Turkish exports fell ... to $11.6 billion. Imports to
 * Turkey ... were $15.09 billion" (real-e azernews-20190724-az-tr-trade-investment), "Georgia's total foreign trade
 * turnover came to $21.5 billion. Exports exceeded $6 billion" (real-b tass-20240122-ge-ru-trade-2023): exports and
 * imports that follow a world figure in its paragraph, naming no country but its own, split that figure; they are
 * no trade with the article's partner. `before` holds the sentences before `s`, nearest first.
 */
export function continuesWorldTrade(s: SentenceInfo, before: readonly (SentenceInfo | null)[]): boolean {
  // "Georgian exports to Russia came to $657 mln" after a world figure names its partner: a pair's trade. So does a bloc or
  // an organisation named as the partner: "trade turnover with CIS countries grew, reaching over $3.2 billion".
  if (s.countries.length > 1 || tradePartnerOrgs(s).length > 0) return false;
  const seen = new Set(s.countries);
  for (const b of before.slice(0, 2)) {
    if (!b || b.paragraph !== s.paragraph) return false;
    if (WORLD_TRADE_RE.test(b.text)) return b.countries.length > 0 && [...seen].every((c) => b.countries.includes(c));
    for (const c of b.countries) seen.add(c);
  }
  return false;
}
/** How far before a sum the world-trade phrase it measures may stand. */
const WORLD_TRADE_REACH = 80;
/**
 * "China's share of Kazakhstan's total foreign trade ... came to 21.3% (valued at $21.7bn)" (real-a
 * intellinews-nodate-kz-uz-cn-ru-china-top-partner), "Turkiye's share in the foreign trade of Uzbekistan was 5.4% ($1bn)"
 * (real-zd kazinform-nodate-uz-kz-trade-january-april): a sum in brackets right after a share is what the share is worth,
 * the partner's trade with the country.
 */
const SHARE_WORTH_BEFORE_RE = /\d(?:[.,]\d+)?\s*(?:%|per\s?cent)\s*\((?:valued at|worth|or)?\s*$/i;
export function measuresWorldTrade(text: string, a: AmountMatch): boolean {
  const before = text.slice(Math.max(0, a.start - WORLD_TRADE_REACH), a.start);
  return WORLD_TRADE_RE.test(before) && !SHARE_WORTH_BEFORE_RE.test(before);
}

/**
 * "The bank's authorized capital is $7 billion", "its assets grew to 41.2 trillion sums", "its loan portfolio
 * reached 2.7 billion lari": the size of a party's own balance sheet, not money between parties. (A
 * development bank's portfolio "in Uzbekistan" is its lending there, and is not matched.)
 */
const OWN_FUNDS_BEFORE_RE =
  /\b(?:(?:bank|company|fund|group|corporation|holding|lender)['’]s|its|their)\s+(?:total\s+)?(?:(?:authori[sz]ed|charter|registered|statutory|share|equity)\s+)?(?:capital|assets|equity|reserves|capitali[sz]ation|net worth|(?:loan|credit|deposit) portfolio)\b(?:(?! in [A-Z])[^.;]){0,60}$|\b(?:authori[sz]ed|charter|registered|statutory) capital of (?:the|its) (?:bank|company)\b[^.;]{0,40}$/i;
// "Mirobod Savdo Bank, with an authorized capital of 1.2 trillion soums": a bank's own capital in apposition.
const BANK_CAPITAL_BEFORE_RE = /\bBank,? with (?:an? |the )?(?:authori[sz]ed|charter|registered|statutory|share)? ?capital of (?:(?:about|over|more than|some) )?$/;
// "Samarqand Agro Leasing's lease portfolio reached 1.2 trillion soums", "its average lease amounts to": a lessor's own book.
const LEASE_BOOK_BEFORE_RE = /(?:['’]s|\bits)\s+(?:lease|leasing)\s+portfolio\b[^.;]{0,25}$|\bits\s+average\s+(?:lease|loan)\b[^.;]{0,20}$/i;
export function ownFundsFigure(text: string, a: AmountMatch): boolean {
  const before = text.slice(0, a.start);
  return OWN_FUNDS_BEFORE_RE.test(before) || BANK_CAPITAL_BEFORE_RE.test(before) || LEASE_BOOK_BEFORE_RE.test(before);
}

// "Last year ADB operations in 67 countries ... totaled 32.2 billion USD", "The EBRD disbursed €6.7 bln in all in 2011", "In 2010,
// ADB approvals, including co-financing, came to $17.51 billion" (real-z ubpost-nodate-mn-xx-adb-financing-totals, real-zu
// gca-20121114-kg-ebrd-bai-tushum-loan, real-zo asiaplus-20111208-tj-adb-grant-program): a lender's total for all its countries,
// which the article's country takes no part in. Only where the sentence names no country of its own. "worldwide", "globally" and
// "N member countries" say the same, with no case in our sets yet (AIIB's "57 founding member countries" sentence names China).
const WORLD_TOTAL_RE =
  /\b(?:(?<!\ball )in all\b|worldwide|globally|in \d+ countries|\d+ (?:founding |shareholder |member )+(?:countries|states|members)|(?:approvals|operations|assistance|lending|commitments)\b,? including co-?financing)/i;

/** True when a sentence naming no country gives a total across all countries (WORLD_TOTAL_RE); callers ask it of lenders' sums. */
export function lenderWorldTotal(text: string, countries: readonly string[]): boolean {
  return countries.length === 0 && WORLD_TOTAL_RE.test(text);
}

/**
 * A sum that measures a change, not a level: "up $5.4 billion from 2023", "(+$2.8 billion)", "fell by almost $260
 * million", "an increase of $4.95 billion", "a $2.3bn or 13.4% year-on-year rise", "$12 billion, or 23.9 percent
 * more". FACTS.md counts levels (a turnover, a loan); a change has no parties' deal of its own. "made up $52.8
 * billion" is a level.
 */
const CHANGE_BEFORE_RE =
  /(?:\b(?<!made )(?:up|down)(?: by)?|\b(?:rose|grew|increased|decreased|declined|fell|dropped|jumped|surged|climbed|shrank|contracted)(?: by)|\b(?:increase|decrease|decline|drop|rise|fall|reduction)(?: of| by)|\(\s*[+−-])\s*(?:(?:almost|nearly|about|around|some|over|more than|just over|just under|roughly)\s+)?$/i;
const CHANGE_AFTER_RE = /^,?\s*(?:or\s+[\d.,]+\s*(?:%|percent|per cent),?\s*)?(?:year-on-year\s+|y\/y\s+)?(?:rise|increase|growth|decline|drop|fall|more|less|higher|lower)\b/i;
/** How far before a sum its change words may start: "increased by about ". */
const CHANGE_REACH = 40;
export function measuresChange(text: string, a: AmountMatch, previous?: AmountMatch): boolean {
  // "fell by almost $260 million and $65 million respectively": a sum joined to a change shares its verb.
  if (previous && /^\s*(?:,|and|or|, and)\s*$/.test(text.slice(previous.end, a.start)) && measuresChange(text, previous)) return true;
  return CHANGE_BEFORE_RE.test(text.slice(Math.max(0, a.start - CHANGE_REACH), a.start)) || CHANGE_AFTER_RE.test(text.slice(a.end, a.end + CHANGE_REACH));
}
