import type { ArticlePass } from './types.js';
import { union } from './types.js';

const LOAN_AGREEMENT_RE = /\b(?:loan|grant|credit(?:[ -]line)?|financing) agreement\b/i;

/**
 * "Japan has provided a grant of $18 million. The grant agreement was signed in Dushanbe.": the loan or
 * grant agreement of the sentence after a financing sum is that sum's agreement. Removes nothing.
 */
export const priceLoanAgreements: ArticlePass = {
  name: 'price-loan-agreements',
  does: 'gives an unpriced loan or grant agreement the one financing sum of the sentence before',
  run(drafts) {
    for (const d of drafts) {
      if (d.fact.type !== 'agreement' || d.fact.amount || !LOAN_AGREEMENT_RE.test(d.sentence.text)) continue;
      const sums = drafts.filter((f) => f.fact.type === 'financing' && f.fact.amount && f.sentence.index === d.sentence.index - 1);
      const only = sums.length === 1 ? sums[0] : undefined;
      if (!only?.fact.amount) continue;
      d.fact.amount = { ...only.fact.amount };
      d.fact.countries = union(d.fact.countries, only.fact.countries);
      d.fact.organizations = union(d.fact.organizations, only.fact.organizations);
    }
    return drafts;
  },
};
