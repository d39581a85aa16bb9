import type { FactType } from '../../schemas/fact.js';
import type { AmountMatch } from '../money/parse-amount.js';
import { AMOUNT_CUES, NOT_A_DEAL_NEAR_SOURCE, cueRegex } from './cues.js';
import { investedInOneObject, namesOneMadeObject } from './project.js';
import { CAPITAL_KINDS } from '../vocabulary/en.js';
import type { SentenceInfo } from './types.js';

/**
 * Typing one sum of money by the cue words around it: the nearest trade, financing, investment or
 * project cue wins, with cues after the sum and weak verbs ("provide") counting for less.
 */

export interface CueHit {
  name: string;
  type: FactType;
  start: number;
  end: number;
  /** The words matched, for cues whose exact word matters ("invested" against "portfolio"). */
  word: string;
}


const CUE_RES = AMOUNT_CUES.map((c) => ({ ...c, re: cueRegex(c.source) }));

const NOT_A_DEAL_NEAR_RE = cueRegex(NOT_A_DEAL_NEAR_SOURCE, 'i');

/** How far (characters) either side of an amount price and wage words are looked for. */
export const NEAR_WINDOW = 30;

const PROJECT_SUBJECT_RE = /^(?:the|this) (?:\w+ )?project\b/i;

const PRICE_WORDS_RE = /\b(?:estimated at|worth|costs?|valued at|price tag)\b/i;

// "The project is to be carried out with YDA Holding, and the investment attracted amounts to $70 million", "This is a major project
// that Turkish companies will build with a sizeable investment of 22 billion euros", "A further major textile project, with a $54
// million investment, will be set up": one project the sentence is about, and the investment noun is its cost, not an investor's
// stake. Not "the bank's total investment in the country" (an investor's), nor where a verb invests ("invested in the project").
// Pooled real-a..h: 3 sums typed investment that gold has as the project's (real-c kazinform-nodate-kz-tr-turkestan-airport-yda,
// real-d azernews-20240826-uz-az-seven-projects-list, real-h dailysabah-20140610-tr-az-promising-developments), no right one lost.
const ONE_PROJECT_SUBJECT_RE = /(?:^|:\s+)(?:(?:the|this|an?) (?:[\w-]+ ){0,3}project\b(?!s)|this is (?:the|an?) (?:[\w-]+ ){0,3}project\b(?!s))/i;
const INVESTING_VERB_RE = /^(?:invest(?:s|ed|ing)?|put|poured|pumped)$/i;

// Cues after the amount count less than cues before it ("a loan of $5m" over "$5m ... for trade").
const AFTER_PENALTY = 1.5;

// "provide", "allocate" name no instrument: they lose to any named one nearby.
const WEAK_PENALTY = 3;

const WITH_INVESTMENT_BEFORE_RE = /\bwith (?:an? |the )?(?:total |overall |planned |estimated )?investments? (?:of|worth|totall?ing|amounting to) (?:(?:about|around|some|over|more than|up to|nearly|almost) )?$/i;
// A mine is built by developing its deposit: "is developing the Kyzyltas tungsten deposit".
const DEVELOPS_DEPOSIT_RE = /\bdevelop(?:s|ing|ment of)? (?:the |a )?(?:[\wÀ-ɏ-]+ ){0,4}(?:deposit|field|mine)\b/i;
/** How far (weighted characters, see distance) the object an investment buys may stand from the sum. */
const PROJECT_OBJECT_REACH = 60;
// Farther than this from every cue, an amount is not typed by the sentence's cues.
const MAX_CUE_DISTANCE = 160;

// Only these words between a cue and its sum: "loan of up to", "contracts worth about", "investment totalling".
const LINKING_GAP_RE = /^(?:\s*(?:of|worth|totall?ing|amounting to|valued at|up to|about|around|nearly|almost|over|more than|some|an?|the)\b)*\s*$/i;

// A lending word just before an object: "co-finance the project", "a loan for the plant", "financing of the terminal".
const FINANCED_OBJECT_RE = /\b(?:co-?financ\w*|financ\w*|fund(?:s|ed|ing)?|loans?|credits?|credit lines?|grants?)\s+(?:(?:for|of|on)\s+)?(?:(?:the|this|that|its|a|an)\s+)?(?:[\w-]+\s+){0,2}$/i;

// A value word right before a sum: "worth up to", "valued at", "totalling".
export const VALUE_WORD_BEFORE_RE = /\b(?:worth|valued at|value of|totall?ing|amounting to|at a cost of|costing|(?:will|would|is to|is expected to) cost)\s+(?:(?:up to|about|around|nearly|almost|over|more than|some)\s+)?$/i;

// The words of an investment itself: an international bank that "has invested" states investment, not a loan. So does a
// company's or a fund's capital, equity even when a development fund puts it up: "Its initial capital of $16m will be put up
// jointly by ADFD and Turkmenistan's government" (real-k thenational-nodate-tm-ae-adfd-investment-company; ../shared/eval/dev
// trend-nodate-kg-uz-development-fund "whose charter capital of $50 million is contributed by Uzbekistan").
const INVEST_WORD_RE = new RegExp(`^(?:invest(?:s|ed|ing|ment|ments)?|poured|pumped|${CAPITAL_KINDS} capital)$`, 'i');

/** Cue words of a sentence, outside organisation names ("Asian Infrastructure Investment Bank" is no investment cue). */
export function cueHits(s: SentenceInfo): CueHit[] {
  let text = s.text;
  for (const o of s.orgs) text = text.slice(0, o.start) + ' '.repeat(Math.max(0, o.end - o.start)) + text.slice(o.end);
  const hits: CueHit[] = [];
  for (const c of CUE_RES) {
    for (const m of text.matchAll(c.re)) {
      // "co-finance the project with $25 million", "a loan for the plant": the object a lender pays for is its purpose, not the sum's type.
      if (c.type === 'project' && FINANCED_OBJECT_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      // "$145 million for projects": the digits of a sum are no count of projects.
      if (c.name === 'investment-projects' && s.amounts.some((a) => m.index < a.end && a.start < m.index + m[0].length)) continue;
      hits.push({ name: c.name, type: c.type, start: m.index, end: m.index + m[0].length, word: m[0] });
    }
  }
  return hits;
}

/** A sum that is a unit price, a rate or a figure next to price and wage words, not a deal. */
// "€250 million a year", "1 billion euros a year": a yearly flow of lending or investment, no unit price (real-b
// devfinance-20170518-kz-kg-ebrd-seven-projects; real-c dunyo-20241118-uz-ebrd-patrone-interview). "$20,000 a year" is a wage.
const YEARLY_FLOW_MIN = 1e6;

export function isPriceOrAggregate(text: string, a: AmountMatch): boolean {
  const after = text.slice(a.end);
  if (/^\s*a year\b/.test(after) && a.value >= YEARLY_FLOW_MIN) return NOT_A_DEAL_NEAR_RE.test(text.slice(Math.max(0, a.start - NEAR_WINDOW), a.start));
  if (/^\s*(?:\/|a (?:ton|tonne|barrel|month|year|unit|piece)\b)/.test(after)) return true; // "$0.23/W", "$80 a barrel"
  const before = text.slice(Math.max(0, a.start - NEAR_WINDOW), a.start);
  // "2 bcm of gas per year, worth up to $2 billion": a value word right before the sum makes it the deal's value;
  // the rate before it belongs to a capacity.
  const valued = VALUE_WORD_BEFORE_RE.test(before);
  return (!valued && NOT_A_DEAL_NEAR_RE.test(before)) || NOT_A_DEAL_NEAR_RE.test(text.slice(a.end, a.end + NEAR_WINDOW));
}

function distance(hit: CueHit, a: AmountMatch, text: string): number {
  // "a loan of up to $600 million for the project": a cue joined to the sum by "of", "worth" or a qualifier
  // is the sum's head noun, however many filler characters lie between.
  const d =
    hit.end <= a.start ? (LINKING_GAP_RE.test(text.slice(hit.end, a.start)) ? 0 : a.start - hit.end) : hit.start >= a.end ? (hit.start - a.end) * AFTER_PENALTY : 0;
  return hit.name === 'financing-provide' ? d * WEAK_PENALTY + 1 : d;
}

/** The cue a sum is the object of: "a loan of up to $600 million", "contracts worth $2 billion". */
export function headCue(hits: CueHit[], a: AmountMatch, text: string): CueHit | null {
  return hits.find((h) => h.end <= a.start && LINKING_GAP_RE.test(text.slice(h.end, a.start))) ?? null;
}

// "The Asian Development Bank (ADB) is extending $ 200 million to build a 39-kilometer section of the ... highway" (real-b turan-nodate-az-
// adb-masalli-astara-tranche), "Azerbaijan will issue Georgia another $130,000,000 to build the Marabda-Kartsakhi railway section" (real-d
// todayaz-nodate-az-ge-marabda-kartsakhi-loan): a sum that is the direct object of a lender's or a state's giving verb is financing, though
// what it builds follows; the object built is the money's purpose.
const GIVEN_SUM_BEFORE_RE = /\b(?:extend(?:s|ed|ing)?|issu(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|lend(?:s|ing)?|lent|allocat(?:e|es|ed|ing))\s+(?:(?:[A-Z][\w-]+|another|an additional|a further)\s+){0,2}$/;
function givenSum(a: AmountMatch, text: string): boolean {
  return GIVEN_SUM_BEFORE_RE.test(text.slice(Math.max(0, a.start - 60), a.start));
}

/** The type an amount takes from the cues around it, with the cue's name. `stateGiver`: the sentence names two countries, one may give. */
export function typeFromCues(hits: CueHit[], a: AmountMatch, ifi: boolean, text: string, stateGiver = false): { type: FactType; rule: string } | null {
  const ranked = hits.filter((h) => h.type !== 'agreement').sort((x, y) => distance(x, a, text) - distance(y, a, text));
  const best = ranked[0];
  if (!best || distance(best, a, text) > MAX_CUE_DISTANCE) return null;
  // "The EBRD has invested €3.4 billion in 190 projects": the bank's own word is investment; only a neutral
  // "carried out 280 projects worth" or "portfolio" from a development bank is read as its lending.
  const invests = hits.some((h) => h.name === 'investment' && INVEST_WORD_RE.test(h.word));
  const has = (name: string): boolean => hits.some((h) => h.name === name);
  // "The project, financed by KfW, is estimated at 180 million euros": the project is what the sum prices.
  if (PROJECT_SUBJECT_RE.test(text) && PRICE_WORDS_RE.test(text)) return { type: 'project', rule: 'amount-project-subject' };
  if (
    best.type === 'investment' &&
    /^investment$/i.test(best.word) &&
    !/^\s+in\b/i.test(text.slice(best.end)) &&
    !hits.some((h) => h.type === 'investment' && INVESTING_VERB_RE.test(h.word)) &&
    ONE_PROJECT_SUBJECT_RE.test(text)
  ) {
    return { type: 'project', rule: 'amount-project-subject' };
  }
  if (best.type === 'investment' || best.type === 'project') {
    // "47 projects totaling $4 billion" is investment; one priced object is a project (FACTS.md).
    if (has('investment-projects')) return ifi && !invests ? { type: 'financing', rule: 'amount-ifi-projects' } : { type: 'investment', rule: 'amount-investment-projects' };
    if (givenSum(a, text) && (ifi || stateGiver)) return { type: 'financing', rule: 'amount-financing-provide' };
    // "... invested $3.6 billion in our economy," the minister said at the presentation of the project": an object
    // named far off, in another clause, is not what the sum buys.
    if (hits.some((h) => h.name === 'project-object' && distance(h, a, text) <= PROJECT_OBJECT_REACH)) return { type: 'project', rule: 'amount-project-object' };
    if (best.type === 'investment' && ifi && !invests) return { type: 'financing', rule: 'amount-ifi-investment' };
    // "Daeyang Metals is developing the Kyzyltas deposit, with total investment of $620 million": the investment in one
    // object built is its cost (FACTS.md "Project or investment").
    if (best.type === 'investment' && WITH_INVESTMENT_BEFORE_RE.test(text.slice(0, a.start)) && (namesOneMadeObject(text) || DEVELOPS_DEPOSIT_RE.test(text))) return { type: 'project', rule: 'amount-invested-object' };
    // "Al Noor Logistics will invest $210 million in a dry port": a sum invested in one object is its cost.
    if (best.type === 'investment' && investedInOneObject(text.slice(a.end), best.end <= a.start)) return { type: 'project', rule: 'amount-invested-object' };
  }
  return { type: best.type, rule: `amount-${best.name}` };
}
