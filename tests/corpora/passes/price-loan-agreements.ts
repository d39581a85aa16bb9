import type { PassCorpus } from './types.js';

export const PRICE_LOAN_AGREEMENTS: PassCorpus = {
  pass: 'price-loan-agreements',
  cases: [
    {
      note: 'a grant, then its grant agreement',
      paragraphs: ['Japan has provided a grant of $18 million to Tajikistan for school buses. The grant agreement was signed in Dushanbe.'],
      facts: ['agreement 18000000', 'financing 18000000'],
      acts: true,
    },
    {
      note: 'a loan, then its loan agreement',
      paragraphs: ['The OPEC Fund will lend Georgia $40 million for rural roads. The loan agreement was signed by the finance minister.'],
      facts: ['agreement 40000000', 'financing 40000000'],
      acts: true,
    },
    {
      note: 'two sums before: the agreement is not priced by either',
      paragraphs: ['The EBRD will lend $20 million and the EU will give a $5 million grant to Armenia. The loan agreement was signed in Yerevan.'],
      facts: ['agreement -', 'financing 20000000', 'financing 5000000'],
      acts: false,
    },
  ],
};
