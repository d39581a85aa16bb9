import type { PassCorpus } from './types.js';

export const PRICE_LOAN_AGREEMENTS: PassCorpus = {
  pass: 'price-loan-agreements',
  cases: [
    // No financing sum before the loan agreement: the one of the sentence right after (real-r pakobserver-20161230-kg-isdb-water-loan
    // "The loan financing totals US$ 20 million.", real-zb eib-nodate-am-eib-yerevan-metro "The EUR 5m financing is intended for").
    {
      note: 'a loan agreement, then its one loan in the sentence after',
      paragraphs: ['The loan agreement for the Osh water project was signed by the finance minister of Kyrgyzstan and the IsDB. The loan financing totals $25 million.'],
      facts: ['agreement 25000000', 'financing 25000000'],
      acts: true,
    },
    {
      note: 'a loan agreement, then two loans in the sentence after: not priced',
      paragraphs: ['Kazakhstan and the EBRD signed a loan agreement today. The bank will lend $30 million for buses and $12 million for trams.'],
      facts: ['agreement -', 'financing 12000000', 'financing 30000000'],
      acts: false,
    },
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
    // The article's one loan, its agreement told paragraphs later (real-a eib-nodate-ge-gwp-water-loan "the long-term
    // loan facility agreement signed with the EIB", real-b bmge-nodate-ge-adb-loan-extension "Signed in 2019, the loan agreement pays for").
    {
      note: "the article's one loan, its loan facility agreement paragraphs later",
      paragraphs: [
        'The EIB will extend a EUR 30m loan to the water utility of Batumi.',
        'The works will cut water losses in the city.',
        'The utility serves 150,000 people.',
        '“The loan facility agreement signed with the EIB shows its trust in us,” the director said.',
      ],
      facts: ['agreement 30000000', 'financing 30000000'],
      acts: true,
    },
    {
      note: "the article's one loan, its agreement later, with another loan agreement already named: not priced",
      paragraphs: [
        'The ADB approved a $40 million loan to Georgia for roads.',
        'Officials said the works will start soon.',
        'A loan agreement with the World Bank was signed last year for schools.',
        'Signed in 2019, the loan agreement pays for feasibility studies.',
      ],
      facts: ['agreement -', 'agreement -', 'financing 40000000'],
      acts: false,
    },
    {
      note: 'two sums before: the agreement is not priced by either',
      paragraphs: ['The EBRD will lend $20 million and the EU will give a $5 million grant to Armenia. The loan agreement was signed in Yerevan.'],
      facts: ['agreement -', 'financing 20000000', 'financing 5000000'],
      acts: false,
    },
  ],
};
