import type { PassCorpus } from './types.js';

export const LOAN_WITH_NEXT_AMOUNT: PassCorpus = {
  pass: 'loan-with-next-amount',
  cases: [
    {
      note: "a loan named without its sum, then the same lender's sum",
      paragraphs: ['The new bypass will be financed by a loan from the Asian Development Bank. The Asian Development Bank approved the loan of $210 million in May.'],
      facts: ['financing 210000000'],
      acts: true,
    },
    {
      note: 'the lender named by its abbreviation in the second sentence',
      paragraphs: ['The modernisation of the Nurek substation is funded by the European Bank for Reconstruction and Development (EBRD). The EBRD will lend EUR 45 million for the works.'],
      facts: ['financing 45000000', 'project -'],
      acts: true,
    },
    {
      note: "another lender's sum is another loan",
      paragraphs: ['The water project is financed by the World Bank. The Islamic Development Bank will add a loan of $30 million.'],
      facts: ['financing -', 'financing 30000000'],
      acts: false,
    },
  ],
};
