import { AGREEMENT_NOUN_SOURCE, cueRegex } from './cues.js';
import { statesNothing } from './not-stated.js';
import type { Candidate, SentenceInfo } from './types.js';

/**
 * Goods moved between two countries counted in tons or cubic metres, with no money: "over 200,000 tons of Kazakh grain
 * were delivered to Azerbaijan", "Turkmen gas exports to Russia have dropped to 10 bcm a year", "transit trade with
 * Kazakhstan now stands at 1.5mn tonnes" (real text: real-c trend-20181123-az-kz-trade-9m18 and reuters-20130904-tm-cn-galkynysh-gas,
 * real-a intellinews-nodate-kz-uz-cn-ru-china-top-partner and trend-20080314-az-ge-socar-energy-georgia). A trade fact
 * with no amount (FACTS.md `trade`: a flow between named countries). A deal to supply is the agreement rules' business.
 */
const VOLUME_RE = /\b\d[\d.,]*\s*(?:mn |mln |million |thousand |bn |billion )?(?:tons|tonnes|bcm|cubic met(?:er|re)s|barrels)\b/i;
const FLOW_RE = /\b(?:exports?|exported|imports?|imported|suppl(?:y|ies|ied)|deliver(?:ed|ies|y)|shipped|shipments?|transit trade|buyers?|purchases?|purchased)\b/i;
const DOCUMENT_RE = cueRegex(AGREEMENT_NOUN_SOURCE, 'i');

export function tradeVolumeCandidates(s: SentenceInfo): Candidate[] {
  if (s.countries.length < 2 || !VOLUME_RE.test(s.text) || !FLOW_RE.test(s.text) || DOCUMENT_RE.test(s.text) || statesNothing(s.text)) return [];
  return [{ type: 'trade', rule: 'trade-volume', amount: null, sentence: s, confidence: 0.6 }];
}
