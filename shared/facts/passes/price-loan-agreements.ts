import type { ArticlePass } from './types.js';
import { joinParties } from './types.js';

const LOAN_AGREEMENT_RE = /\b(?:loan|grant|credit(?:[ -]line)?|financing)(?: facility)? agreement\b/i;

/**
 * "Japan has provided a grant of $18 million. The grant agreement was signed in Dushanbe.": the loan or
 * grant agreement of the sentence after a financing sum is that sum's agreement. So is the one loan
 * agreement of an article whose one financing sum came earlier, however far ("Signed in 2019, the loan
 * agreement pays for ..."; real-a eib-nodate-ge-gwp-water-loan, real-b bmge-nodate-ge-adb-loan-extension).
 * With no financing sum before it, the one of the sentence right after: "The Loan Agreement ... was signed
 * by ... The loan financing totals US$ 20 million." (real-r pakobserver-20161230-kg-isdb-water-loan), "Today
 * the EIB signed its first loan agreement with Armenia. The EUR 5m financing is intended for ..." (real-zb
 * eib-nodate-am-eib-yerevan-metro). Removes nothing.
 */
export const priceLoanAgreements: ArticlePass = {
  name: 'price-loan-agreements',
  does: 'gives an unpriced loan or grant agreement the one financing sum of the sentence before (with none before, of the sentence after)',
  run(drafts) {
    for (const d of drafts) {
      if (d.fact.type !== 'agreement' || d.fact.amount || !LOAN_AGREEMENT_RE.test(d.sentence.text)) continue;
      const sums = drafts.filter((f) => f.fact.type === 'financing' && f.fact.amount && f.sentence.index === d.sentence.index - 1);
      const before = drafts.filter((f) => f.fact.type === 'financing' && f.fact.amount && f.sentence.index < d.sentence.index);
      const agreements = drafts.filter((f) => f.fact.type === 'agreement' && f !== d && LOAN_AGREEMENT_RE.test(f.sentence.text));
      const after = drafts.filter((f) => f.fact.type === 'financing' && f.fact.amount && f.sentence.index === d.sentence.index + 1);
      const only = sums.length === 1 ? sums[0] : before.length === 1 && agreements.length === 0 ? before[0] : before.length === 0 && after.length === 1 ? after[0] : undefined;
      if (!only?.fact.amount) continue;
      d.fact.amount = { ...only.fact.amount };
      joinParties(d, d, only);
    }
    return drafts;
  },
};
