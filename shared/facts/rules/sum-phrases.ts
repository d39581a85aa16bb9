import type { FactType } from '../../schemas/fact.js';
import type { AmountMatch } from '../money/parse-amount.js';
import type { SentenceInfo } from './types.js';

/**
 * Phrases around a sum that say its kind before the nearest cue word does: a lender's share of a
 * project's cost, a project's total funding, the "financing" an investment amounts to. Each from two
 * real articles or more; `typeFromPhrase` returns the first that applies, else null (the cues decide).
 */

// A project's cost split among its lenders: "with $20 million made available by the IDB, $23.5 million coming through the World
// Bank" (real-w gulftimes-20170115-kg-idb-rural-water-loan), "with cofinancing of $60 million expected from the European Bank for
// Reconstruction and Development" (real-zg tass-20190801-ge-adb-bypass-road-loan): a sum followed by the lender it comes from is
// that lender's financing, not a second price of the project.
const FROM_LENDER_AFTER_RE = /^\s+(?:(?:made available|provided|coming|expected|to come|to be provided|lent|extended)\s+)?(?:by|from|through)\s+(?:the\s+)?$/;
// The lender before its sum: "with financial support from the Asian Development Bank (ADB) amounting to $125 million and from the
// Islamic Development Bank (IDB) - $371 million" (real-zi trend-20230507-tm-ifi-transport-financing), "funded by a loan from the Japan
// International Cooperation Agency (JICA) amounting to $ 220.6 million" (real-i masstransitmag-20140807-uz-cn-cntic-railway-equipment).
const FROM_BEFORE_LENDER_RE = /\b(?:from|by)\s+(?:the\s+)?$/i;
const LENDER_TO_SUM_RE = /^\s*(?:amounting to|worth|totall?ing|in the amount of|[-–—])\s*(?:(?:about|around|some|over|more than|up to|nearly|almost)\s+)?$/i;
function lenderShare(s: SentenceInfo, a: AmountMatch): { type: FactType; rule: string } | null {
  const after = s.orgs.find((o) => o.ifi && o.start >= a.end && FROM_LENDER_AFTER_RE.test(s.text.slice(a.end, o.start)));
  const before = s.orgs.find((o) => o.ifi && o.end <= a.start && LENDER_TO_SUM_RE.test(s.text.slice(o.end, a.start)) && FROM_BEFORE_LENDER_RE.test(s.text.slice(Math.max(0, o.start - 12), o.start)));
  return after || before ? { type: 'financing', rule: 'amount-lender-share' } : null;
}
// "... draw foreign direct investment in two stages ...: the financing will amount to 130 million dollars in the first stage"
// (real-a medttj-nodate-tj-cn-kulob-textile-park), "Investment in the enterprise is expected to come in two stages. Financing will
// amount to $ 130 million at the first stage" (real-za todayaz-20190307-tj-cn-kulyab-textile-park): with no lender about, the
// "financing" an investment amounts to is that investment.
const FINANCING_AMOUNTS_TO_RE = /\bfinancing (?:will |would |is to |is expected to )?(?:amount|come|total)\w*(?: to)?\s+(?:(?:about|around|some|over|more than|up to)\s+)?$/i;
const INVESTMENT_WORD_RE = /\binvestments?\b/i;
function investmentFinancing(s: SentenceInfo, a: AmountMatch, ifi: boolean, samePara: SentenceInfo | null): { type: FactType; rule: string } | null {
  // The sentence's first sum carries the phrase; the sums after it ("and to $170 million at the second") are more of it.
  const first = s.amounts[0] ?? a;
  if (ifi || s.orgs.some((o) => o.ifi) || !FINANCING_AMOUNTS_TO_RE.test(s.text.slice(Math.max(0, first.start - 60), first.start))) return null;
  return INVESTMENT_WORD_RE.test(s.text) || INVESTMENT_WORD_RE.test(samePara?.text ?? '') ? { type: 'investment', rule: 'amount-investment-financing' } : null;
}
// A project's whole funding is its cost, whoever pays: "The Cabinet of Ministers says the project's total funding is $137.04 million"
// (real-zi 24kg-nodate-kg-adb-issyk-kul-ring-road), "This project, with a total funding volume of 63 million euros, including 18.5
// million euros in co-financing from the EU" (real-zi ghroona-nodate-tj-de-kfw-hpp-grants).
const PROJECT_TOTAL_BEFORE_RE = /\bproject(?:['’]s|,\s*with)?\s+(?:a\s+|the\s+)?total\s+(?:funding|financing|cost)(?:\s+volume)?(?:\s+(?:is|was|will be|amounts? to|stands? at|of|comes? to))?\s+(?:(?:about|around|some|over|more than|up to|nearly|almost)\s+)?$/i;
function projectTotal(s: SentenceInfo, a: AmountMatch): { type: FactType; rule: string } | null {
  return PROJECT_TOTAL_BEFORE_RE.test(s.text.slice(Math.max(0, a.start - 80), a.start)) ? { type: 'project', rule: 'amount-project-total' } : null;
}

/** The kind a phrase around the sum gives it, or null. `samePara` is the sentence before, when in the same paragraph. */
export function typeFromPhrase(s: SentenceInfo, a: AmountMatch, ifi: boolean, samePara: SentenceInfo | null): { type: FactType; rule: string } | null {
  return lenderShare(s, a) ?? projectTotal(s, a) ?? investmentFinancing(s, a, ifi, samePara);
}
