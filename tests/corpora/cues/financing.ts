import type { CueCorpus } from './types.js';

/** Financing cues (FACTS.md `financing`), written for this project. */
export const FINANCING_CUES: CueCorpus = {
  type: 'financing',
  positive: [
    { body: 'The Asian Development Bank approved a $150 million loan to Kyrgyzstan for rural water supply.', expected: [{ value: 1.5e8, currency: 'USD' }], organization: 'Asian Development Bank', countries: ['KG'] },
    { body: 'The European Union will provide 20 million euros to Armenia for border management.', expected: [{ value: 2e7, currency: 'EUR' }], organization: 'European Union' },
    { body: 'Japan allocated a grant of $9 million to Tajikistan to equip hospitals.', expected: [{ value: 9e6, currency: 'USD' }], countries: ['JP', 'TJ'] },
    { body: 'The new school in Osh is financed by the Saudi Fund for Development.', expected: [null], organization: 'Saudi Fund for Development' },
    {
      body: 'The package comprises a $60 million EBRD loan and a $15 million GCF grant for the Nurek dam.',
      expected: [{ value: 6e7, currency: 'USD' }, { value: 1.5e7, currency: 'USD' }],
    },
  ],
  negative: [
    'Kazakhstan will spend $300 million from the state budget on roads.',
    'The bank’s net profit rose to $45 million in the third quarter.',
    'The ministry will provide 500 jobs for graduates.',
  ],
};
