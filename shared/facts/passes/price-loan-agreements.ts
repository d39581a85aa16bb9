import type { ArticlePass } from './types.js';
import { joinParties } from './types.js';

const LOAN_AGREEMENT_RE = /\b(?:loan|grant|credit(?:[ -]line)?|financing)(?: facility)? agreement\b/i;

/**
 * "Japan has provided a grant of $18 million. The grant agreement was signed in Dushanbe.": the loan or
 * grant agreement of the sentence after a financing sum is that sum's agreement. With no financing sum
 * before it, the one of the sentence right after: "The Loan Agreement ... was signed by ... The loan
 * financing totals US$ 20 million." (real-r pakobserver-20161230-kg-isdb-water-loan), "Today the EIB signed
 * its first loan agreement with Armenia. The EUR 5m financing is intended for ..." (real-zb
 * eib-nodate-am-eib-yerevan-metro). `loanAgreement` holds a language's words for such a document;
 * `articleWide`: the one loan agreement of an article whose one financing sum came earlier, however far, takes
 * that sum too ("Signed in 2019, the loan agreement pays for ..."; real-a eib-nodate-ge-gwp-water-loan, real-b
 * bmge-nodate-ge-adb-loan-extension; English only). Removes nothing.
 */
export function priceLoanAgreementsWith(loanAgreement: RegExp, articleWide: boolean): ArticlePass {
  return {
    name: 'price-loan-agreements',
    does: 'gives an unpriced loan or grant agreement the one financing sum of the sentence before (with none before, of the sentence after)',
    run(drafts) {
      const sumsIn = (test: (index: number) => boolean) => drafts.filter((f) => f.fact.type === 'financing' && f.fact.amount && test(f.sentence.index));
      for (const d of drafts) {
        if (d.fact.type !== 'agreement' || d.fact.amount || !loanAgreement.test(d.sentence.text)) continue;
        const at = d.sentence.index;
        const sums = sumsIn((i) => i === at - 1);
        const before = sumsIn((i) => i < at);
        const after = sumsIn((i) => i === at + 1);
        const agreements = drafts.filter((f) => f.fact.type === 'agreement' && f !== d && loanAgreement.test(f.sentence.text));
        const noneBefore = articleWide ? before.length === 0 : sums.length === 0;
        const only =
          sums.length === 1 ? sums[0] : articleWide && before.length === 1 && agreements.length === 0 ? before[0] : noneBefore && after.length === 1 ? after[0] : undefined;
        if (!only?.fact.amount) continue;
        d.fact.amount = { ...only.fact.amount };
        joinParties(d, d, only);
      }
      return drafts;
    },
  };
}

export const priceLoanAgreements: ArticlePass = priceLoanAgreementsWith(LOAN_AGREEMENT_RE, true);
