import { FINANCING_NO_AMOUNT_SOURCE, ONE_PARTY_MONEY_SOURCE, cueRegex } from './cues.js';
import { belowDealSize } from './amount-facts.js';
import type { Candidate, SentenceInfo } from './types.js';

const FINANCING_RE = cueRegex(FINANCING_NO_AMOUNT_SOURCE, 'i');

/**
 * A development bank or fund that finances, supports or helps, with no sum: "The EIB finances projects in Georgia under
 * an EU mandate", "Tajikistan gets financial assistance from the Asian Development Bank", "the Saudi Fund for Development,
 * which supports vital projects in healthcare" (real text: real-a eib-nodate-ge-gwp-water-loan; real-b
 * asiaplus-20191209-tj-adb-400m-plan, arabnews-nodate-uz-sa-falih-delegation-deals). Only a lender: a company that
 * "supports" something is no financing.
 */
const LENDER_SUPPORT_RE = /\b(?:finances|supports|assists|financial (?:assistance|support|aid) from)\b/i;
// "The government will add $20 million from the state budget to the programme the ADB supports": the budget's money, not the bank's.
const lenderSupports = (s: SentenceInfo): boolean => s.orgs.some((o) => o.ifi) && LENDER_SUPPORT_RE.test(s.text) && !ONE_PARTY_RE.test(s.text);
const ONE_PARTY_RE = cueRegex(ONE_PARTY_MONEY_SOURCE, 'i');
const LENDER_EVERYWHERE_RE = /\b(?:developing (?:and emerging )?(?:countries|economies|nations)|emerging (?:economies|markets)|across (?:Asia|the region|the world|the globe)|around the world|worldwide|in (?:all|its) member (?:countries|states))\b/i;

/**
 * A lender or a state that will finance, or has been financing, with no sum in the sentence: "The Asian Development Bank (ADB)
 * will co-finance the loan", "The EBRD and the NIF will co-finance both projects", "China will finance the second stage of the
 * Galkynysh gas field's development", "this project is financially backed by the Hungarian Eximbank" (real-j jica-20120312-mn-jp-
 * social-sectors-loan, real-k euroalert-nodate-am-eib-border-water-loans, real-g madeinchina-nodate-tm-cn-galkynysh-deals, real-c
 * apa-20190329-az-hu-ambassador-interview). A company that finances is investing, and a sentence with a sum is the sum rule's.
 */
const WILL_FINANCE_RE = /\b(?:will|would|shall|is to|are to|has been|have been)\s+(?:also\s+)?(?:co-?)?financ(?:e|ing)\s+(?:the|this|its|both|part of)\b|\bfinancially (?:backed|supported) by\b/i;
const lenderWillFinance = (s: SentenceInfo): boolean =>
  s.amounts.length === 0 && WILL_FINANCE_RE.test(s.text) && (s.orgs.some((o) => o.ifi) || (s.orgs.length === 0 && s.countries.length > 0)) && !ONE_PARTY_RE.test(s.text);

/**
 * Financing stated with no amount: "will be financed by the EBRD", "comes as a grant from the Chinese
 * government", "the government of Austria is funding". Needs a lender: an organisation or a country.
 */
export function financingCandidates(s: SentenceInfo): Candidate[] {
  // Called only when no sum of the sentence was typed financing: "The project, financed by KfW, is estimated at €180 million".
  if (!FINANCING_RE.test(s.text) && !lenderSupports(s) && !lenderWillFinance(s)) return [];
  if (s.orgs.length === 0 && s.countries.length === 0) return [];
  // What a lender does everywhere is no financing of the article's country: "KfW Development Bank supports programs in
  // developing and emerging economies", "the AIIB finances the construction of roads, power plants and other infrastructure
  // across Asia", "gives development assistance to developing countries by financing social and infrastructure projects"
  // (real-zi ghroona-nodate-tj-de-kfw-hpp-grants, real-g apdnews-nodate-ge-in-tj-aiib-approvals, real-n asiaplus-20220704-…).
  if (LENDER_EVERYWHERE_RE.test(s.text)) return [];
  // "a grant of $50,000 from the embassy to restore manuscripts": a sum stated but too small for a deal is no fact, with or without it.
  if (s.amounts.length > 0 && s.amounts.every(belowDealSize)) return [];
  // Budget money is one party's own (FACTS.md "Scope"): a fact only when a development lender is named beside it.
  if (ONE_PARTY_RE.test(s.text) && !s.orgs.some((o) => o.ifi)) return [];
  return [{ type: 'financing', rule: 'financing-named-lender', amount: null, sentence: s, confidence: 0.65 }];
}
