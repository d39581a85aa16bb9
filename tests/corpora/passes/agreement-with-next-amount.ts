import type { PassCorpus } from './types.js';

export const AGREEMENT_WITH_NEXT_AMOUNT: PassCorpus = {
  pass: 'agreement-with-next-amount',
  cases: [
    {
      note: 'the value of the documents follows in the next sentence',
      paragraphs: ['Navoi Mining and Hanwa Metals signed three agreements on copper refining in Tashkent. Taken together, the agreements are worth $420 million.'],
      facts: ['agreement 420000000'],
      acts: true,
    },
    {
      note: '"The value of the contract" two sentences on, past the ceremony',
      paragraphs: ['Azersu signed a contract with Veolia Water on the construction of a treatment plant in Sumgait. The ceremony took place at the ministry. The value of the contract is 95 million manat.'],
      facts: ['agreement 95000000', 'project 95000000'],
      acts: true,
    },
    {
      note: 'a second signing with a sum of its own is another document, not the first one\'s value',
      paragraphs: ['Georgia and Lithuania adopted a roadmap for economic cooperation for 2026-2028.', 'Georgian and Lithuanian companies also concluded 9 contracts worth $85 million at the business forum.'],
      facts: ['agreement -', 'agreement 85000000'],
      acts: false,
    },
  ],
};
