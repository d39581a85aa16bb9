import type { FactType } from '../../schemas/fact.js';
import type { AmountMatch } from '../money/parse-amount.js';
import { unitsPerUsd } from '../money/usd.js';
import { AGREE_SOURCE, AGREED_TO_TRADE_SOURCE, ONE_PARTY_MONEY_SOURCE, PLAN_AGREEMENT_SOURCE, SIGN_SOURCE, cueRegex } from './cues.js';
import { articlePairTrades, clauseAround, continuesPairTrade, continuesWorldTrade, companyAllocatesForObject, hasTradePartner, homeBodySpends, measuresChange, measuresWorldTrade, lenderWorldTotal, ownFundsFigure, signingClauseAround, UNNAMED_PARTIES_RE } from './amount-context.js';
import { cueHits, headCue, isPriceOrAggregate, NEAR_WINDOW, typeFromCues, VALUE_WORD_BEFORE_RE } from './amount-type.js';
import { namesMadeObject } from './project.js';
import { LIST_ITEM_DOCUMENT_RE } from './agreement.js';
import { listLeadCue } from './list-items.js';
import { typeFromPhrase } from './sum-phrases.js';
import type { Candidate, SentenceInfo } from './types.js';
import type { SentenceEnv } from './registry.js';
import { DOCUMENT_NOUNS, DOCUMENT_WORD, LENDER_MONEY_VERBS } from '../vocabulary/en.js';
import { alt, either, plural } from '../vocabulary/words.js';

const ONE_PARTY_RE = cueRegex(ONE_PARTY_MONEY_SOURCE, 'i');

/** Told why a sum of the sentence makes no fact (extract --explain). */
export type AmountNote = (a: AmountMatch, reason: string) => void;
const AGREED_TO_TRADE_RE = cueRegex(AGREED_TO_TRADE_SOURCE, 'i');
const AGREEMENT_ACT_RE = new RegExp(`\\b(?:${SIGN_SOURCE}|${AGREE_SOURCE}|${PLAN_AGREEMENT_SOURCE}|worth|valued|value|amount|costs?|total(?:ing|ling)?|for)\\b`, 'i');
// "a credit line agreement" is a loan agreement too (FACTS.md "Loans and grants").
// "agreed to open a credit facility": agreeing to lend is the loan itself (FACTS.md "Loans and grants").
// "an agreement on a loan of 10 million dinars" names its loan after the document; an agreement on financial
// cooperation is one government's money for another (German, Japanese, Korean development finance).
const LOAN_AGREEMENT_RE =
  /\b(?:loan|grant|credit(?:[ -]line)?|financing|funding)\s+(?:agreements?|deals?|contracts?)\b|\bagreed on (?:an? )?[^.;]{0,40}?\b(?:loan|credit line|credit facility)\b|\bagreements? on (?:an? |the )?(?:[\w-]+ )?(?:loan|grant|credit line|financial (?:cooperation|assistance|aid))\b|\bagreements? to (?:co-?)?finance\b|\b(?:agreement|agreed) to (?:open|provide|extend|grant)\b[^.;]{0,30}?\b(?:loan|credit (?:line|facility)|grant)\b/i;
const PROJECT_DOCUMENT_RE = /\b(?:agreements?|contracts?|memorand(?:um|a)) on (?:an? |the )?(?:[\w-]+ ){0,4}project\b/i;
// The passive too: "A €60 million loan from German Development Bank (KfW) ... and a €120 million loan ... have been signed by Georgian
// Finance Minister ..." (real-j kavkazplus-20191008-ge-kfw-afd-loans).
const SIGNED_LOAN_RE = /\b(?:signed|inked|sealed|concluded|signs?)\b[^.]{0,40}?\b(?:loan|grant|credit line|credit)\b|\b(?:loans?|grants?|credit lines?)\b[^.;]{0,200}?\b(?:has|have|was|were)\s+been\s+(?:signed|inked|sealed|concluded)\b/i;
// "a $100 million credit facility" is a loan, not a building.
const OBJECT_AFTER_AMOUNT_RE = /^\s*(?:[\w-]+\s+){0,2}(?:plant|factory|(?<!(?:credit|loan|lending|financing|guarantee|liquidity) )facility|cluster|station|complex|hub|terminal|project|enterprise|production)\b/i;
// "The loan, equivalent to about $31 million, is provided for 25 years": a sum given as the equivalent of another
// restates that sum in a second currency; it is no new money (FACTS.md "Amounts": a conversion does not replace it).
const CONVERSION_BEFORE_RE = /\b(?:equivalent (?:to|of)|equal to)\s+(?:(?:about|around|approximately|roughly|some|nearly|almost|over|more than)\s+)?$/i;
/**
 * Smaller sums are retail prices, fees and household figures, not cooperation between parties: the
 * smallest fact of the dev set is $3 million and regional deals start around a few hundred thousand.
 * Japan's grassroots grants, of $75,000 to $90,000 each, are the smallest deals the real sets annotate
 * (real-e khovar-20200226-tj-jp-grassroots-grants, real-t azernews-20191217-tj-jp-grassroots-grants, real-x
 * newsaz-20170822-az-jp-loans-grants, real-z messenger-20210310-ge-jp-grassroots-grants), so the floor sits under them.
 * Compared in US dollars where the currency's rate is known ("150,000 somoni" is about $14,000), else in
 * the sum's own currency.
 */
export const MIN_DEAL_VALUE = 50_000;
/** True when a sum is too small to be a deal between parties (see MIN_DEAL_VALUE). */
export function belowDealSize(a: Pick<AmountMatch, 'value' | 'currency'>): boolean {
  // The newest month's rate (the sentence has no date): a size floor, not a figure anyone reads.
  const rate = a.currency ? unitsPerUsd(a.currency) : null;
  return (rate === null ? a.value : a.value / rate) < MIN_DEAL_VALUE;
}
// A sentence with no cue of its own continues the previous one only when it points back to it (a bare target:
// "set the goal of reaching $3 billion" after a trade figure).
const POINTS_BACK_RE = /\b(?:(?:increase|raise|bring|boost|double|triple) (?:it|this)|it (?:came|amounted|reached|totall?ed|stood|rose|grew|fell|exceeded|surpassed|was)|together|they|this figure|the (?:overall |total |final )?figure|that figure|this amount|the amount|this sum|the sum|the total|this volume|the volume(?! of)|this indicator|(?:goal|target|task|aim) of (?:reaching|bringing|increasing)|(?:goal|target|task|aim) is to (?:reach|bring|increase|raise|double)|ranked (?:first|second|third|fourth|fifth)|followed by|next come|come next)\b/i;
// A sum given as an object's cost: "is estimated at", "worth a total of", "at a cost of", "valued at".
const COST_BEFORE_RE = /\b(?:cost\w*|estimated|valued|worth|price\w*|budget\w*)\b[^$€£¥\d]{0,25}$/i;
const SIGNED_RE = /\b(?:signed|inked|sealed)\b/i;
// One country's trade split by goods: "the largest commodity groups in exports", "the list of export commodities".
const COMMODITY_SPLIT_RE = /\bcommodit(?:y|ies)\b/i;
// A pointer to a figure that a new paragraph may open on: "We aim to raise this figure to $5 billion," after a paragraph
// that ended on trade of $2 billion a year (real-zy t-vine-nodate-kz-tr-590m-investment-deal).
const FIGURE_POINTER_RE = /\b(?:this|that) figure\b|\b(?:increase|raise|bring|boost|double|triple) (?:it|this)\b/i;
// A sentence that opens on a part of documents just named: "The first, worth ...", "One of them".
const ORDINAL_PART_RE = /^(?:The (?:first|second|third|larger|smaller|other|largest|biggest)\b|One of them\b|Of these\b)/;
// "..., while the Kyrgyz government will contribute 850 mln som": beside the lenders, the host government's share.
const PASSIVE_ALLOCATION_RE = /\b(?:is|are|was|were|will be|has been|have been) (?:allocated|earmarked|set aside)\b/i;
// Money a development lender puts to a purpose: "has assigned $101m to the ... Operation", "A further $9 million is being
// set aside for the preparation of a railway project", "A further $60 million will go toward renewing the fleet", "$20 million
// will be spent on ..." (real-h asianpower-nodate-kg-world-bank-101m-dpo; real-d adb-20150115-tj-country-allocation; real-a
// uzreport-nodate-uz-cn-cdb-city-transport, worldbank-20200612-kg-disaster-resilience).
const LENDER_ALLOCATION_RE = /\b(?:earmark(?:s|ed|ing)?|set(?:s|ting)? aside|assign(?:s|ed|ing)|(?:will|would|is to|are to|shall) go (?:to|toward|towards|into)|(?:will|would|is to|are to|to) be (?:spent|used) (?:on|for|to)|spent on)\b/i;
// "Next come China (more than $1.6 billion), Azerbaijan (...)" (real-b tass-20240122-ge-ru-trade-2023) ranks partners too.
const RANKING_RE = /\branked (?:first|second|third|fourth|fifth)\b|\bfollowed by\b|\b(?:next come|come next)\b/i;
// The host state's share of a lender's project, named at its sum: "The Government of Kyrgyz Republic will contribute counterpart
// funds of US$12.5 million", "and a contribution of $7.5 million from the Government of Kyrgyz Republic" (real-u
// uzdaily-20090716-kg-adb-bishkek-torugart-road, real-w gulftimes-20170115-kg-idb-rural-water-loan; the gold of both has no fact
// for it, as real-a newstj-20171207-tj-sfd-ofid-isdb-kulob-road has none for "a US$10 million contribution from the Tajik Government").
// The state a government is of, when named ("the Government of Kyrgyz Republic"): the subject of a host state's share below.
const OF_STATE = '(?: of (?:the )?[A-Z][\\w ]{2,40}?)?';
const STATE_SHARE_BEFORE_RE = new RegExp(
  `(?:\\b(?:[Gg]overnment|[Ss]tate)${OF_STATE} (?:will |would |is |is to |is expected to )?contribut\\w*(?: counterpart (?:funds|funding))?(?: of)?|\\bcounterpart (?:funds|funding|financing|contributions?)(?: of| worth| amounting to)?)\\s+(?:(?:about|around|some|nearly|over|more than|up to)\\s+)?$`,
);
const CONTRIBUTION_OF_BEFORE_RE = /\bcontributions? of\s+(?:(?:about|around|some|nearly|over|more than|up to)\s+)?$/i;
const FROM_STATE_AFTER_RE = /^\s+from the (?:[\w-]+ )?(?:[Gg]overnment|[Ss]tate)\b/;
const stateShare = (text: string, a: AmountMatch): boolean => {
  const before = text.slice(Math.max(0, a.start - 80), a.start);
  return STATE_SHARE_BEFORE_RE.test(before) || (CONTRIBUTION_OF_BEFORE_RE.test(before) && FROM_STATE_AFTER_RE.test(text.slice(a.end)));
};
const HOME_SHARE_RE = new RegExp(`^[,;]\\s*(?:while|whereas|of which|with) the (?:[A-Z][a-z]+ )?[Gg]overnment${OF_STATE} (?:will |would |is to |is expected to )?(?:contribut|cover|provid|add|allocat)\\w*\\b`);
const DOCUMENT_AFTER_AMOUNT_RE = new RegExp(`^\\s*(?:[\\w-]+\\s+){0,3}?${either(DOCUMENT_NOUNS)}\\b`, 'i');
// "15 trade contracts worth US$165.2 million were signed": the document's own value, right after its noun.
const DOCUMENT_BEFORE_VALUE_RE = new RegExp(`\\b${either(DOCUMENT_NOUNS)}\\s+(?:worth|valued at|totall?ing|with a (?:total )?value of)\\s+(?:(?:up to|about|around|nearly|almost|over|more than|some)\\s+)?$`, 'i');
const CONDITION_RE = /^["“]?(?:If|Unless|Should|Were)\b/;
const UNDER_DOCUMENT_RE = /^(?:Under|In accordance with|Within the framework of) (?:the|this) (?:[\w-]+ ){0,2}(?:agreement|contract|deal)\b/i;
const PLURAL_DOCUMENTS_RE = new RegExp(`\\b(?:two|three|four|five|\\d+|several) (?:[\\w-]+ ){0,2}${plural([...DOCUMENT_NOUNS, DOCUMENT_WORD])}\\b`, 'i');
// A lender's money for a state's budget ("a loan to support Uzbekistan's state budget") is financing, unlike money
// that comes from a budget ("500 million soms from the republican budget"), which is one party's own.
// Money moved "to the state budget" under a lender's grant goes into a budget, not out of one (real-b newsam-20220727-am-eu-budget-support-grants).
// "emergency budgetary support", "the government's budgetary support program" (real-d aiib-20200721-ge-covid-loan, adb-20150115-tj-country-allocation).
const BUDGET_SUPPORT_RE = /\bbudget(?:ary)? support\b|\bsupport (?:the |its |[\w-]+['’]s )?(?:state |national |republican )?budget\b|\b(?:moved|transferred|paid|disbursed|channelled|channeled) (?:in)?to the (?:state |national |republican )?budget\b/i;
const FROM_BUDGET_RE = /\bfrom (?:the )?(?:state |republican |local |national |federal |city )?budget\b|\bbudget funds\b/i;
const SIGNED_DOCUMENT_RE = new RegExp(`\\b${either(DOCUMENT_NOUNS)}\\b[^.]*\\b(?:${SIGN_SOURCE})\\b|\\b(?:${SIGN_SOURCE})\\b[^.]*\\b${either(DOCUMENT_NOUNS)}\\b`, 'i');
// A share of a total priced before it in the sentence: "of which $97 million", "a $10 million contribution from".
const PART_BETWEEN_RE = /\b(?:of which|including|includ\w+)\b|^,\s*(?:an?|the)\s*$/i;
const PART_AFTER_RE = /^\s*(?:[\w-]+\s+){0,2}?(?:contribution|share|comes? from|will come from|is provided by)\b/i;
// A list of parts after a sum: the sum is their total.
const PARTS_AFTER_RE = /^[^.;]*?\b(?:including|among them|among which|of which)\b/i;
// Money taken in: with a development bank named and no other cue, it is that bank's financing.
// "The World Bank's board approved a $500 million operation", "disbursed $150 million": a development bank's
// approval or disbursement of a sum is its lending, whatever it calls the instrument.
const RECEIVED_RE = new RegExp(`\\b${alt(LENDER_MONEY_VERBS)}\\b`, 'i');

// Where a list of the projects just counted opens: "projects worth $X, among them ...", "three projects: ...".
// Sentence-wide: the total before it may hold a decimal point ("$33.1 billion in total, among them").
const PROJECT_LIST_OPEN_RE = /\bprojects\b[^;]*?(?::\s|\b(?:among them|among which|including|such as)\b)/i;
// An item's own words before its sum: "the project to expand the Tingis oil field for", "producing ceramic slabs ... for";
// not a bare share ("including $5 million from the budget").
const ITEM_WORDS_RE = /[\p{L}-]+(?:\s+[\p{L}-]+){2,}/u;

/** The sum sits in an item of a list of the projects just counted ("N projects: ...", "projects worth $X, among them ..."). */
function listedProjectItem(text: string, a: AmountMatch): boolean {
  const head = text.slice(0, a.start);
  const open = PROJECT_LIST_OPEN_RE.exec(head);
  if (!open) return false;
  const itemStart = Math.max(open.index + open[0].length, head.lastIndexOf(',') + 1, head.lastIndexOf(';') + 1);
  const item = head.slice(itemStart);
  // "100 joint investment projects ..., including 45 key projects valued at $14.5 billion": a count of projects again is investment.
  return ITEM_WORDS_RE.test(item) && !/\bprojects\b/i.test(item);
}

/** The sum's clause allocates money ("earmarked", "will go toward"), and no company named before its verb does it. */
function lenderAllocates(s: SentenceInfo, a: AmountMatch): boolean {
  const clause = clauseAround(s.text, a);
  const verb = LENDER_ALLOCATION_RE.exec(clause);
  if (!verb) return false;
  const verbAt = s.text.indexOf(clause) + verb.index;
  return !s.orgs.some((o) => !o.ifi && o.rule !== 'org-ministry' && o.start < verbAt);
}

/**
 * Facts carried by the sums of money in a sentence. Each amount is typed by the nearest cue: an
 * agreement noun with a signing verb or a value word makes an agreement (and a loan agreement a
 * financing fact too); otherwise trade, financing, investment or project cues decide. A sentence with
 * no cue ("Together they cost 620 billion tenge") takes its type from the previous sentence's last cue.
 * `partyNearby` says whether an organisation or a country is named in the sentence or the few before it;
 * `earlier` holds the sentences before `prev`, nearest first, for a sentence that points back past it.
 */
export function amountCandidates(e: Pick<SentenceEnv, 's' | 'all' | 'prev' | 'ifi' | 'partyNearby' | 'earlier' | 'note' | 'ctx'>): Candidate[] {
  const { s, prev, ifi, partyNearby, earlier, note } = e;
  if (s.amounts.length === 0) return [];
  const skipAll = (reason: string): Candidate[] => {
    for (const a of s.amounts) note?.(a, reason);
    return [];
  };
  // "If a $1.1 billion plant can be delivered on time, ...": a sum in a condition is a supposition, not a fact.
  if (CONDITION_RE.test(s.text)) return skipAll('a sum in a condition ("If ...")');
  // A lender's budget support: the lender named in the sentence, or the one the article is about (real-b newsam-20220727).
  const lenderBudgetSupport = (ifi || e.ctx.lender !== null) && BUDGET_SUPPORT_RE.test(s.text) && !FROM_BUDGET_RE.test(s.text);
  const oneParty = ONE_PARTY_RE.test(s.text) && !lenderBudgetSupport;
  // "X is extending a $20 million loan, while the government will contribute $4.3 million from the state budget":
  // the budget's money is one party's, but only in its own clause; the lender's loan beside it stays a fact.
  const budgetMoney = (a: AmountMatch): boolean => (oneParty && ONE_PARTY_RE.test(clauseAround(s.text, a))) || HOME_SHARE_RE.test(clauseAround(s.text, a)) || stateShare(s.text, a);
  const samePara = prev && prev.paragraph === s.paragraph ? prev : null;
  // Money with no party named in the sentence or just before it ("Student loans total $1.5 trillion") is no cooperation.
  // In an article about one lender, the sums it puts to purposes are its, however few parties the sentence names.
  const lenderAllocation = (ifi || e.ctx.lender !== null) && LENDER_ALLOCATION_RE.test(s.text);
  // A line of a list takes its kind, and its parties, from the list's lead (rules/list-items.ts).
  const leadCue = listLeadCue(s, e.all);
  if (!partyNearby && !lenderAllocation && !UNNAMED_PARTIES_RE.test(s.text) && !leadCue) return skipAll('no party named in the sentence or the few before it');
  const hits = cueHits(s);
  // "...signed two loan agreements totaling $110 million. The first, worth $70 million, ... and the second, worth
  // $40 million, ...": each part of documents just named is a document of its own, with its own sum.
  const documentParts = prev !== null && ORDINAL_PART_RE.test(s.text) && PLURAL_DOCUMENTS_RE.test(prev.text);
  // "Under the investment agreement, the company will invest 6.5 billion soms": the sum is what the document commits.
  const underDocument = UNDER_DOCUMENT_RE.test(s.text);
  // "a $1.1 billion agreement between X and Y": a document priced in its own noun phrase needs no verb.
  const pricedDocument = s.amounts.some((a) => DOCUMENT_AFTER_AMOUNT_RE.test(s.text.slice(a.end)));
  // "- Agreement between the Ministry and Eximbank on a credit line of 150 million euros;": a listed document's sum is its value.
  const listedDocument = LIST_ITEM_DOCUMENT_RE.test(s.text);
  const agreementNoun = (hits.some((h) => h.type === 'agreement') && (AGREEMENT_ACT_RE.test(s.text) || pricedDocument || listedDocument)) || documentParts || underDocument;
  // "agreed on the supply of 3 bcm of gas per year worth $600 million": the deal has no document noun, but the value is its.
  const dealAgreed = !agreementNoun && AGREED_TO_TRADE_RE.test(s.text);
  const out: Candidate[] = [];
  // A sentence that names a single document in the singular ("a financing agreement") gives one agreement, whatever its sums.
  const documentWords = hits.filter((h) => h.type === 'agreement').map((h) => h.word);
  const oneDocument = !documentParts && !underDocument && documentWords.length === 1 && !/(?:s|memoranda)$/i.test(documentWords[0] ?? '');
  let documentsPushed = 0;
  let previousType: { type: FactType; rule: string } | null = null;
  for (const a of s.amounts) {
    const notADeal = belowDealSize(a)
      ? 'below deal size'
      : isPriceOrAggregate(s.text, a)
        ? 'a price, rate or aggregate (GDP, revenue, per ton ...)'
        : budgetMoney(a)
          ? "one party's budget"
          : (ifi || e.ctx.lender !== null) && lenderWorldTotal(s.text, s.countries)
            ? "a lender's total for all its countries"
            : ownFundsFigure(s.text, a)
              ? "a party's own capital or portfolio"
              : CONVERSION_BEFORE_RE.test(s.text.slice(0, a.start))
                ? 'a conversion of another sum'
                : measuresChange(s.text, a, s.amounts[s.amounts.indexOf(a) - 1])
                  ? 'a change, not a level ("up $5 billion", "an increase of")'
                  : null;
    if (notADeal) {
      note?.(a, notADeal);
      continue;
    }
    // An amount far from every cue shares the type of the sentence's amount before it ("surpassed $13 billion ... the $20 billion benchmark").
    const typed: { type: FactType; rule: string } | null = typeFromPhrase(s, a, ifi, samePara) ?? typeFromCues(hits, a, ifi, s.text, s.countries.length >= 2) ?? previousType;
    previousType = typed;
    const push = (type: FactType, rule: string, confidence: number): void => {
      out.push({ type, rule, amount: a, sentence: s, confidence });
    };
    // "an agreement on the supply of fruit worth 75 million riyals": a flow of goods a document is worth is the deal's value.
    const dealWorth = typed?.rule === 'amount-trade-flow' && VALUE_WORD_BEFORE_RE.test(s.text.slice(Math.max(0, a.start - NEAR_WINDOW), a.start));
    // A sum priced in the document's own noun phrase is the document's value, whatever trade it is for: "signed a $5mn
    // contract ... to set up exports of meat", "15 trade contracts worth US$165.2 million were signed" (real-a
    // intellinews-20230925-uz-cn-ferghana-agreements, real-za trend-20210629-uz-tr-business-forum-documents).
    const documentValue = DOCUMENT_AFTER_AMOUNT_RE.test(s.text.slice(a.end)) || DOCUMENT_BEFORE_VALUE_RE.test(s.text.slice(Math.max(0, a.start - NEAR_WINDOW), a.start));
    // "X and Y signed a roadmap on logistics, while Z and W agreed on a 110 billion tenge credit line": the document of
    // one clause does not price the sum of a contrasted one.
    const clause = clauseAround(s.text, a);
    const documentElsewhere = clause.length < s.text.length && !hits.some((h) => h.type === 'agreement' && clause.includes(h.word));
    if (agreementNoun && !documentElsewhere && (typed?.type !== 'trade' || dealWorth || documentValue)) {
      // "signed a financing agreement under which KfW will provide a 40 million euro loan and a 5 million euro grant":
      // one document with parts is one agreement (FACTS.md "Documents"); each part is still a loan or a grant.
      if (!oneDocument || documentsPushed === 0) push('agreement', 'amount-agreement-document', 0.8);
      documentsPushed++;
      if (LOAN_AGREEMENT_RE.test(s.text) || (documentParts && LOAN_AGREEMENT_RE.test(prev?.text ?? ''))) push('financing', 'amount-loan-agreement', 0.8);
      // "Under the agreement, the bank will provide a loan of $120 million": the sum is a loan's, named as such.
      else if (headCue(hits, a, s.text)?.name === 'financing-instrument') push('financing', 'amount-loan-under-agreement', 0.75);
      // "Under the agreement, India will provide $145 million for projects": money one side provides under a document.
      else if (underDocument && typed?.type === 'financing') push('financing', 'amount-provided-under-agreement', 0.7);
      // A priced document signed with a development lender is its loan or grant agreement (FACTS.md "Loans and grants"):
      // "An agreement for a 60 million dollar budget loan ... was signed by the government and the World Bank" (real-e
      // a1plus-nodate-am-ru-loans-790m), "a 100 million US dollars financial agreement ... signed by Tajikistan and the Abu
      // Dhabi Fund for Development" (real-e kazinform-20260205-tj-ae-adfd-rogun), "an agreement ... worth $121.17 million to
      // finance a water project ... signed by ... the Islamic Development Bank" (real-e trend-20110727-tm-isdb-balkan-water),
      // "Kyrgyzstan and ADB intend to sign an agreement for up to $300 million" (real-a 24kg-nodate-kg-adb-300m-interview).
      // Not a document "on a water infrastructure development project" (real-a agenda-nodate-ge-eu-eib-adb-water-modernisation):
      // that prices the project, whose lenders come later.
      else if (ifi && typed?.type !== 'trade' && typed?.type !== 'investment' && !PROJECT_DOCUMENT_RE.test(s.text)) push('financing', 'amount-lender-agreement', 0.7);
      // One concrete thing built, with its cost, is also a project (FACTS.md "Project or investment").
      // "contracts worth $3.5 billion, including a deal with China Energy to build a solar park": the total prices no single object.
      const partsAfter = PARTS_AFTER_RE.test(s.text.slice(a.end));
      // "an agreement ... on a loan of 9 million dinars to rehabilitate the road": a loan's sum is no object's price.
      const loanSum = headCue(hits, a, s.text)?.name === 'financing-instrument';
      if (!partsAfter && !loanSum && (OBJECT_AFTER_AMOUNT_RE.test(s.text.slice(a.end)) || (!LOAN_AGREEMENT_RE.test(s.text) && namesMadeObject(signingClauseAround(s.text, a))))) push('project', 'amount-priced-object', 0.7);
      continue;
    }
    if (dealAgreed && VALUE_WORD_BEFORE_RE.test(s.text.slice(Math.max(0, a.start - NEAR_WINDOW), a.start))) {
      push('agreement', 'amount-agreed-deal', 0.7);
      continue;
    }
    // The lender's allocation is its financing, whatever object it pays for ("set aside for ... a railway project"),
    // unless a company of the sentence is the one that allocates ("Çalık will set aside $75 million for the plant").
    if (lenderAllocation && typed?.type !== 'trade' && typed?.type !== 'financing' && lenderAllocates(s, a)) {
      push('financing', 'amount-lender-allocation', 0.65);
      continue;
    }
    if (typed?.type === 'trade' && (!(hasTradePartner(s, samePara) || articlePairTrades(s, e.ctx.tradePair) || continuesPairTrade(s, [prev, ...earlier])) || measuresWorldTrade(s.text, a) || continuesWorldTrade(s, [prev, ...earlier]))) {
      note?.(a, 'trade with no partner, or with the whole world');
      continue;
    }
    // "Sojitz will allocate up to $90 million for a solar panel factory": a company that sets money aside for an
    // object names its cost; a lender, a ministry or a government that allocates money finances it.
    if (typed?.rule === 'amount-financing-provide' && !ifi && companyAllocatesForObject(s, a)) {
      push('project', 'amount-company-object', 0.65);
      continue;
    }
    if (typed?.rule === 'amount-financing-provide' && !ifi && homeBodySpends(s)) {
      note?.(a, 'a home government body spends its own money');
      continue;
    }
    // "A total of 540 billion tenge is allocated for the construction of 110 schools": allocated by nobody named, to
    // nobody named, it is a budget's own spending.
    if (PASSIVE_ALLOCATION_RE.test(clauseAround(s.text, a)) && s.orgs.length === 0 && s.countries.length === 0 && !ifi) {
      note?.(a, 'allocated by nobody named, to nobody named');
      continue;
    }
    // "The project's total cost is $115 million, a $10 million contribution from the government included", "... estimated
    // at $177.45 million, of which $97.45 million comes from UTY": a share of a cost just priced is no second price.
    const pricedBefore = out.filter((c) => c.type === 'project' && c.amount && c.amount.end <= a.start).at(-1)?.amount;
    if (typed?.type === 'project' && pricedBefore && (PART_BETWEEN_RE.test(s.text.slice(pricedBefore.end, a.start)) || PART_AFTER_RE.test(s.text.slice(a.end)))) {
      note?.(a, "a share of the project's cost priced just before");
      continue;
    }
    // "secured projects worth $33.1 billion in total, among them the project to expand the Tingis oil field for $3.5 billion,
    // ...", "three projects ...: building a 138 MW gas-piston power plant ... for $50 million, producing ceramic slabs ... for
    // $128 million": the total is investment, each listed item with its own object and sum a project (FACTS.md "Project or
    // investment"; real-zv newsworldkr-nodate-kz-kr-park-summit-projects, real-zd azernews-nodate-kz-tr-kazakh-invest-projects).
    if (typed?.rule === 'amount-investment-projects' && listedProjectItem(s.text, a)) {
      push('project', 'amount-listed-project', 0.7);
      continue;
    }
    if (typed) {
      push(typed.type, typed.rule, 0.75);
      // "The EBRD and Uzbekistan signed a $100 million loan": a signed loan is a loan agreement (FACTS.md).
      if (typed.type === 'financing' && SIGNED_LOAN_RE.test(s.text)) push('agreement', 'amount-signed-loan', 0.7);
      continue;
    }
    // The article's lender's budget support counts as the lender named (real-b newsam-20220727-am-eu-budget-support-grants).
    if ((ifi || lenderBudgetSupport) && RECEIVED_RE.test(s.text)) {
      // "Azerbaijan will receive €300 million from the EU": a development bank's money is financing (FACTS.md "Parties").
      push('financing', 'amount-ifi-money', 0.6);
      continue;
    }
    if (namesMadeObject(s.text)) {
      // Money a lender gives for making something is its financing, not the object's price: "A sum of $216.5 million is to
      // renovate slums ..., $100 million will build highways in Pakistan" (AIIB, real-r financialtribune-nodate-tj-aiib-first-loans),
      // "The Asian Development Bank (ADB) is extending US$50 million to the Kyrgyz Republic so that it can keep upgrading" (real-u
      // uzdaily-20090716-kg-adb-bishkek-torugart-road), "10 million dollars will be given to JV 'Agromir Juice'" (EBRD, real-d
      // kunuz-20171024-uz-ebrd-two-projects). A cost stays the object's ("is estimated at $1.1 billion", "worth a total of"), and
      // a sum signed for is a document's ("signed a $300 mln memo").
      if ((ifi || e.ctx.lender !== null) && !COST_BEFORE_RE.test(s.text.slice(Math.max(0, a.start - NEAR_WINDOW), a.start)) && !SIGNED_RE.test(s.text)) {
        push('financing', 'amount-lender-object', 0.6);
        continue;
      }
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
    // A ranking of partners ("Türkiye ranked second with $4.08 billion") may open a paragraph of its own.
    const ranking = RANKING_RE.test(s.text);
    const figurePointer = FIGURE_POINTER_RE.test(s.text);
    if ((samePara || ((ranking || figurePointer) && prev)) && POINTS_BACK_RE.test(s.text)) {
      // The nearest sentence of the paragraph with a cue: "Trade reached $720 million. This is a good result. The
      // leaders set the goal of reaching $3 billion."
      const sources = [prev, ...earlier].filter((p): p is SentenceInfo => p !== null && (ranking || figurePointer || p.paragraph === s.paragraph));
      const source = sources.find((p) => cueHits(p).some((h) => h.type !== 'agreement'));
      const last = source ? cueHits(source).sort((x, y) => y.end - x.end).find((h) => h.type !== 'agreement') : undefined;
      if (source && last) {
        const type = last.name === 'investment-projects' ? 'investment' : last.type;
        // "Next come: copper ores and concentrates – $438 million; wine – $194 million; ..." after "motor cars headed the
        // largest commodity groups in exports": one country's exports split by goods, with no partner, go on with none
        // (real-zy civilge-20231019-ge-trade-jan-sep-2023; real-x civilge-20210719-… gives its list in one sentence).
        const sourcePrev = e.all[source.index - 1];
        const sourceHasPartner = hasTradePartner(source, sourcePrev && sourcePrev.paragraph === source.paragraph ? sourcePrev : null) || articlePairTrades(source, e.ctx.tradePair);
        if (type === 'trade' && COMMODITY_SPLIT_RE.test(source.text) && !sourceHasPartner && !hasTradePartner(s, samePara)) {
          note?.(a, 'trade with no partner, or with the whole world');
          continue;
        }
        push(type, `amount-previous-sentence-${last.name}`, 0.6);
        continue;
      }
    }
    if (leadCue) {
      push(leadCue.name === 'investment-projects' ? 'investment' : leadCue.type, `amount-list-item-${leadCue.name}`, 0.6);
      continue;
    }
    note?.(a, 'no cue types it');
  }
  return out;
}
