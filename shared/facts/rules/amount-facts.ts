import type { FactType } from '../../schemas/fact.js';
import type { AmountMatch } from '../money/parse-amount.js';
import { AGREE_SOURCE, AGREED_TO_TRADE_SOURCE, AMOUNT_CUES, NOT_A_DEAL_NEAR_SOURCE, ONE_PARTY_MONEY_SOURCE, PLAN_AGREEMENT_SOURCE, SIGN_SOURCE, cueRegex } from './cues.js';
import { namesMadeObject } from './project.js';
import type { Candidate, SentenceInfo } from './types.js';

interface CueHit {
  name: string;
  type: FactType;
  start: number;
  end: number;
  /** The words matched, for cues whose exact word matters ("invested" against "portfolio"). */
  word: string;
}

const CUE_RES = AMOUNT_CUES.map((c) => ({ ...c, re: cueRegex(c.source) }));
const ONE_PARTY_RE = cueRegex(ONE_PARTY_MONEY_SOURCE, 'i');
const AGREED_TO_TRADE_RE = cueRegex(AGREED_TO_TRADE_SOURCE, 'i');
const NOT_A_DEAL_NEAR_RE = cueRegex(NOT_A_DEAL_NEAR_SOURCE, 'i');
/** How far (characters) either side of an amount price and wage words are looked for. */
const NEAR_WINDOW = 30;
const AGREEMENT_ACT_RE = new RegExp(`\\b(?:${SIGN_SOURCE}|${AGREE_SOURCE}|${PLAN_AGREEMENT_SOURCE}|worth|valued|value|amount|costs?|total(?:ing|ling)?|for)\\b`, 'i');
// "a credit line agreement" is a loan agreement too (FACTS.md "Loans and grants").
// "agreed to open a credit facility": agreeing to lend is the loan itself (FACTS.md "Loans and grants").
const LOAN_AGREEMENT_RE =
  /\b(?:loan|grant|credit(?:[ -]line)?|financing|funding)\s+(?:agreements?|deals?|contracts?)\b|\bagreements? to (?:co-?)?finance\b|\b(?:agreement|agreed) to (?:open|provide|extend|grant)\b[^.;]{0,30}?\b(?:loan|credit (?:line|facility)|grant)\b/i;
const PROJECT_SUBJECT_RE = /^(?:the|this) (?:\w+ )?project\b/i;
const PRICE_WORDS_RE = /\b(?:estimated at|worth|costs?|valued at|price tag)\b/i;
const SIGNED_LOAN_RE = /\b(?:signed|inked|sealed|concluded|signs?)\b[^.]{0,40}?\b(?:loan|grant|credit line|credit)\b/i;
// "a $100 million credit facility" is a loan, not a building.
const OBJECT_AFTER_AMOUNT_RE = /^\s*(?:[\w-]+\s+){0,2}(?:plant|factory|(?<!(?:credit|loan|lending|financing|guarantee|liquidity) )facility|cluster|station|complex|hub|terminal|project|enterprise|production)\b/i;
// Cues after the amount count less than cues before it ("a loan of $5m" over "$5m ... for trade").
const AFTER_PENALTY = 1.5;
// "provide", "allocate" name no instrument: they lose to any named one nearby.
const WEAK_PENALTY = 3;
/**
 * Smaller sums are retail prices, fees and household figures, not cooperation between parties: the
 * smallest fact of the dev set is $3 million and regional deals start around a few hundred thousand.
 * Compared in the sum's own currency, so it only ever lets more through for weak currencies.
 */
export const MIN_DEAL_VALUE = 100_000;
// A sentence with no cue of its own continues the previous one only when it points back to it.
const POINTS_BACK_RE = /\b(?:(?:increase|raise|bring|boost|double|triple) (?:it|this)|it (?:came|amounted|reached|totall?ed|stood|rose|grew|fell|exceeded|surpassed|was)|together|they|this figure|the figure|that figure|this amount|the amount|this sum|the sum|the total|this volume|the volume|this indicator)\b/i;
// A party, even when unnamed in the sentence: "the sides", "bilateral trade", "both governments".
const UNNAMED_PARTIES_RE =
  /\b(?:bilateral|mutual|the (?:two )?sides|the parties|both (?:countries|governments|states|nations|sides|leaders|presidents)|(?:the|our) (?:two )?(?:countries|states|nations|governments)|partners?)\b/i;
// Farther than this from every cue, an amount is not typed by the sentence's cues.
const MAX_CUE_DISTANCE = 160;
// Only these words between a cue and its sum: "loan of up to", "contracts worth about", "investment totalling".
const LINKING_GAP_RE = /^(?:\s*(?:of|worth|totall?ing|amounting to|valued at|up to|about|around|nearly|almost|over|more than|some|an?|the)\b)*\s*$/i;
// A lending word just before an object: "co-finance the project", "a loan for the plant", "financing of the terminal".
const FINANCED_OBJECT_RE = /\b(?:co-?financ\w*|financ\w*|fund(?:s|ed|ing)?|loans?|credits?|credit lines?|grants?)\s+(?:(?:for|of|on)\s+)?(?:(?:the|this|that|its|a|an)\s+)?(?:[\w-]+\s+){0,2}$/i;
// A value word right before a sum: "worth up to", "valued at", "totalling".
const VALUE_WORD_BEFORE_RE = /\b(?:worth|valued at|value of|totall?ing|amounting to|at a cost of|costing)\s+(?:(?:up to|about|around|nearly|almost|over|more than|some)\s+)?$/i;
// A sentence that opens on a part of documents just named: "The first, worth ...", "One of them".
const ORDINAL_PART_RE = /^(?:The (?:first|second|third|larger|smaller|other)\b|One of them\b|Of these\b)/;
const PLURAL_DOCUMENTS_RE = /\b(?:two|three|four|five|\d+|several) (?:[\w-]+ ){0,2}(?:agreements|contracts|documents|memoranda|deals)\b/i;
// A lender's money for a state's budget ("a loan to support Uzbekistan's state budget") is financing, unlike money
// that comes from a budget ("500 million soms from the republican budget"), which is one party's own.
const BUDGET_SUPPORT_RE = /\bbudget support\b|\bsupport (?:the |its |[\w-]+['’]s )?(?:state |national |republican )?budget\b/i;
const FROM_BUDGET_RE = /\bfrom (?:the )?(?:state |republican |local |national |federal |city )?budget\b|\bbudget funds\b/i;
const SIGNED_DOCUMENT_RE = new RegExp(`\\b(?:agreements?|contracts?|memorand(?:um|a)|deals?)\\b[^.]*\\b(?:${SIGN_SOURCE})\\b|\\b(?:${SIGN_SOURCE})\\b[^.]*\\b(?:agreements?|contracts?|memorand(?:um|a)|deals?)\\b`, 'i');
// A list of parts after a sum: the sum is their total.
const PARTS_AFTER_RE = /^[^.;]*?\b(?:including|among them|among which|of which)\b/i;
// Money taken in: with a development bank named and no other cue, it is that bank's financing.
// "The World Bank's board approved a $500 million operation", "disbursed $150 million": a development bank's
// approval or disbursement of a sum is its lending, whatever it calls the instrument.
const RECEIVED_RE = /\b(?:receive[sd]?|receiving|get|gets|got|obtain(?:s|ed)?|approved|approves|disburse[sd]?)\b/i;
// The words of an investment itself: an international bank that "has invested" states investment, not a loan.
const INVEST_WORD_RE = /^(?:invest(?:s|ed|ing|ment|ments)?|poured|pumped)$/i;

/** Cue words of a sentence, outside organisation names ("Asian Infrastructure Investment Bank" is no investment cue). */
function cueHits(s: SentenceInfo): CueHit[] {
  let text = s.text;
  for (const o of s.orgs) text = text.slice(0, o.start) + ' '.repeat(Math.max(0, o.end - o.start)) + text.slice(o.end);
  const hits: CueHit[] = [];
  for (const c of CUE_RES) {
    for (const m of text.matchAll(c.re)) {
      // "co-finance the project with $25 million", "a loan for the plant": the object a lender pays for is its purpose, not the sum's type.
      if (c.type === 'project' && FINANCED_OBJECT_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      hits.push({ name: c.name, type: c.type, start: m.index, end: m.index + m[0].length, word: m[0] });
    }
  }
  return hits;
}

function isPriceOrAggregate(text: string, a: AmountMatch): boolean {
  if (/^\s*(?:\/|a (?:ton|tonne|barrel|month|year|unit|piece)\b)/.test(text.slice(a.end))) return true; // "$0.23/W", "$80 a barrel"
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

// "exports to Türkiye", "trade with China", "imports from Iran": the one country named is the partner.
const PARTNER_BEFORE_RE = /\b(?:to|from|with|between|and)\s+(?:the\s+)?$/i;

/**
 * Trade is between parties (FACTS.md): "Uzbekistan's foreign trade reached $65 billion" names no
 * partner and is no fact. A sentence needs two countries, one country introduced as a partner, an
 * unnamed pair ("bilateral trade", "the two countries"), or a previous sentence naming the partner.
 */
function hasTradePartner(s: SentenceInfo, prev: SentenceInfo | null): boolean {
  if (s.countries.length >= 2 || UNNAMED_PARTIES_RE.test(s.text)) return true;
  // "Kazakhstan's exports to the EU": a bloc or an organisation introduced as the partner counts as one.
  if (s.orgs.some((o) => PARTNER_BEFORE_RE.test(s.text.slice(Math.max(0, o.start - 14), o.start)))) return true;
  if (s.countries.length === 1) return s.countryMentions.some((m) => PARTNER_BEFORE_RE.test(s.text.slice(Math.max(0, m.start - 14), m.start)));
  return prev !== null && prev.countries.length > 0;
}

// Where one clause of a sentence ends and a contrasted one begins: "..., while the government will ...".
const CLAUSE_BREAK_RE = /;|,\s+(?:while|whereas|but|and the (?:government|state|city|ministry))\b/gi;

/** The clause of a sentence that holds an amount (the whole sentence when it has one clause). */
function clauseAround(text: string, a: AmountMatch): string {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK_RE)) {
    if (m.index < a.start) start = m.index;
    else if (m.index >= a.end) {
      end = m.index;
      break;
    }
  }
  return text.slice(start, end);
}

/** "for a plant", "for the construction of a factory" right after a sum: the object the money is for. */
const FOR_OBJECT_AFTER_RE = /^\s+(?:for|into|in)\s+(?:the\s+)?(?:construction\s+of\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:plant|factory|facility|complex|mill|refinery|smelter|terminal)\b/i;
/** A sentence that opens on a company (not a ministry, government body or lender): its subject. */
function companyAllocatesForObject(s: SentenceInfo, a: AmountMatch): boolean {
  const subject = s.orgs[0];
  if (!subject || subject.ifi || subject.rule === 'org-ministry' || subject.start > SUBJECT_REACH) return false;
  if (/\b(?:Ministry|Government|Agency|Committee|Fund|Bank|Administration)\b/.test(subject.name)) return false;
  return FOR_OBJECT_AFTER_RE.test(s.text.slice(a.end));
}
/** How far into a sentence its subject may start: "Japan's Sojitz", "The Turkish company X". */
const SUBJECT_REACH = 30;

/** The type an amount takes from the cues around it, with the cue's name. */
function typeFromCues(hits: CueHit[], a: AmountMatch, ifi: boolean, text: string): { type: FactType; rule: string } | null {
  const ranked = hits.filter((h) => h.type !== 'agreement').sort((x, y) => distance(x, a, text) - distance(y, a, text));
  const best = ranked[0];
  if (!best || distance(best, a, text) > MAX_CUE_DISTANCE) return null;
  // "The EBRD has invested €3.4 billion in 190 projects": the bank's own word is investment; only a neutral
  // "carried out 280 projects worth" or "portfolio" from a development bank is read as its lending.
  const invests = hits.some((h) => h.name === 'investment' && INVEST_WORD_RE.test(h.word));
  const has = (name: string): boolean => hits.some((h) => h.name === name);
  // "The project, financed by KfW, is estimated at 180 million euros": the project is what the sum prices.
  if (PROJECT_SUBJECT_RE.test(text) && PRICE_WORDS_RE.test(text)) return { type: 'project', rule: 'amount-project-subject' };
  if (best.type === 'investment' || best.type === 'project') {
    // "47 projects totaling $4 billion" is investment; one priced object is a project (FACTS.md).
    if (has('investment-projects')) return ifi && !invests ? { type: 'financing', rule: 'amount-ifi-projects' } : { type: 'investment', rule: 'amount-investment-projects' };
    if (has('project-object')) return { type: 'project', rule: 'amount-project-object' };
    if (best.type === 'investment' && ifi && !invests) return { type: 'financing', rule: 'amount-ifi-investment' };
  }
  return { type: best.type, rule: `amount-${best.name}` };
}

/**
 * Facts carried by the sums of money in a sentence. Each amount is typed by the nearest cue: an
 * agreement noun with a signing verb or a value word makes an agreement (and a loan agreement a
 * financing fact too); otherwise trade, financing, investment or project cues decide. A sentence with
 * no cue ("Together they cost 620 billion tenge") takes its type from the previous sentence's last cue.
 * `partyNearby` says whether an organisation or a country is named in the sentence or the few before it.
 */
export function amountCandidates(s: SentenceInfo, prev: SentenceInfo | null, ifi: boolean, partyNearby: boolean): Candidate[] {
  if (s.amounts.length === 0) return [];
  const oneParty = ONE_PARTY_RE.test(s.text) && !(ifi && BUDGET_SUPPORT_RE.test(s.text) && !FROM_BUDGET_RE.test(s.text));
  // "X is extending a $20 million loan, while the government will contribute $4.3 million from the state budget":
  // the budget's money is one party's, but only in its own clause; the lender's loan beside it stays a fact.
  const budgetMoney = (a: AmountMatch): boolean => oneParty && ONE_PARTY_RE.test(clauseAround(s.text, a));
  const samePara = prev && prev.paragraph === s.paragraph ? prev : null;
  // Money with no party named in the sentence or just before it ("Student loans total $1.5 trillion") is no cooperation.
  if (!partyNearby && !UNNAMED_PARTIES_RE.test(s.text)) return [];
  const hits = cueHits(s);
  // "...signed two loan agreements totaling $110 million. The first, worth $70 million, ... and the second, worth
  // $40 million, ...": each part of documents just named is a document of its own, with its own sum.
  const documentParts = prev !== null && ORDINAL_PART_RE.test(s.text) && PLURAL_DOCUMENTS_RE.test(prev.text);
  const agreementNoun = (hits.some((h) => h.type === 'agreement') && AGREEMENT_ACT_RE.test(s.text)) || documentParts;
  // "agreed on the supply of 3 bcm of gas per year worth $600 million": the deal has no document noun, but the value is its.
  const dealAgreed = !agreementNoun && AGREED_TO_TRADE_RE.test(s.text);
  const out: Candidate[] = [];
  let previousType: { type: FactType; rule: string } | null = null;
  for (const a of s.amounts) {
    if (a.value < MIN_DEAL_VALUE || isPriceOrAggregate(s.text, a) || budgetMoney(a)) continue;
    // An amount far from every cue shares the type of the sentence's amount before it ("surpassed $13 billion ... the $20 billion benchmark").
    const typed: { type: FactType; rule: string } | null = typeFromCues(hits, a, ifi, s.text) ?? previousType;
    previousType = typed;
    const push = (type: FactType, rule: string, confidence: number): void => {
      out.push({ type, rule, amount: a, sentence: s, confidence });
    };
    if (agreementNoun && typed?.type !== 'trade') {
      push('agreement', 'amount-agreement-document', 0.8);
      if (LOAN_AGREEMENT_RE.test(s.text) || (documentParts && LOAN_AGREEMENT_RE.test(prev?.text ?? ''))) push('financing', 'amount-loan-agreement', 0.8);
      // One concrete thing built, with its cost, is also a project (FACTS.md "Project or investment").
      // "contracts worth $3.5 billion, including a deal with China Energy to build a solar park": the total prices no single object.
      const partsAfter = PARTS_AFTER_RE.test(s.text.slice(a.end));
      if (!partsAfter && (OBJECT_AFTER_AMOUNT_RE.test(s.text.slice(a.end)) || (!LOAN_AGREEMENT_RE.test(s.text) && namesMadeObject(s.text)))) push('project', 'amount-priced-object', 0.7);
      continue;
    }
    if (dealAgreed && VALUE_WORD_BEFORE_RE.test(s.text.slice(Math.max(0, a.start - NEAR_WINDOW), a.start))) {
      push('agreement', 'amount-agreed-deal', 0.7);
      continue;
    }
    if (typed?.type === 'trade' && !hasTradePartner(s, samePara)) continue;
    // "Sojitz will allocate up to $90 million for a solar panel factory": a company that sets money aside for an
    // object names its cost; a lender, a ministry or a government that allocates money finances it.
    if (typed?.rule === 'amount-financing-provide' && !ifi && companyAllocatesForObject(s, a)) {
      push('project', 'amount-company-object', 0.65);
      continue;
    }
    if (typed) {
      push(typed.type, typed.rule, 0.75);
      // "The EBRD and Uzbekistan signed a $100 million loan": a signed loan is a loan agreement (FACTS.md).
      if (typed.type === 'financing' && SIGNED_LOAN_RE.test(s.text)) push('agreement', 'amount-signed-loan', 0.7);
      continue;
    }
    if (ifi && RECEIVED_RE.test(s.text)) {
      // "Azerbaijan will receive €300 million from the EU": a development bank's money is financing (FACTS.md "Parties").
      push('financing', 'amount-ifi-money', 0.6);
      continue;
    }
    if (namesMadeObject(s.text)) {
      // "will jointly modernize two compressor stations at an estimated cost of $180 million"
      push('project', 'amount-made-object', 0.65);
      continue;
    }
    // "... signed a contract on 1,000 wagons. The wagons, worth 300 million euros, ...": a value with no cue of its own,
    // right after a document was signed, is that document's (mergeFacts joins the two).
    if (samePara && VALUE_WORD_BEFORE_RE.test(s.text.slice(Math.max(0, a.start - NEAR_WINDOW), a.start)) && SIGNED_DOCUMENT_RE.test(samePara.text)) {
      push('agreement', 'amount-previous-document-value', 0.6);
      continue;
    }
    if (samePara && POINTS_BACK_RE.test(s.text)) {
      const last = cueHits(samePara).sort((x, y) => y.end - x.end).find((h) => h.type !== 'agreement');
      if (last) {
        const type = last.name === 'investment-projects' ? 'investment' : last.type;
        push(type, `amount-previous-sentence-${last.name}`, 0.6);
      }
    }
  }
  return out;
}
