import type { PassCorpus } from './types.js';

export const RESTATED_SUMS: PassCorpus = {
  pass: 'restated-sums',
  cases: [
    {
      note: 'a priced loan named again with no sum (real-a kunuz-20210308, real-b devfinance-20170518, real-h gtreview-nodate)',
      paragraphs: ['The Japan Bank for International Cooperation (JBIC) will lend $300 million to Kazakhstan.', 'New water meters will be financed by the latest JBIC loan.'],
      facts: ['financing 300000000'],
      acts: true,
    },
    {
      note: 'a Russian loan named again by its lender and a money word, with no sum (ru-zl civilge-nodate-ge-adb-livable-cities-loan, ru-x vestiuz-nodate-uz-adb-rural-housing-loan)',
      paragraphs: [
        'Азиатский банк развития (АБР) выделит Таджикистану кредит в размере 50 млн долларов на ремонт дорог в Хатлонской области.',
        'Деньги в рамках этой программы Азиатский банк развития предоставит двумя траншами в течение двух лет.',
      ],
      facts: ['financing 50000000', 'project -'],
      acts: true,
    },
    {
      note: 'another lender beside the priced one is money of its own',
      paragraphs: ['The Asian Infrastructure Investment Bank will lend $200 million to Georgia.', 'Funding for the roads also comes from the World Bank.'],
      facts: ['financing 200000000', 'financing -'],
      acts: false,
    },
    {
      note: 'the same trade figure in the lead and later',
      paragraphs: ['Trade between Kazakhstan and Uzbekistan reached $4.1 billion in 2023.', 'The two ministers noted that bilateral trade amounted to $4.1 billion last year.'],
      facts: ['trade 4100000000'],
      acts: true,
    },
    {
      note: 'the same loan restated with the lender abbreviated',
      paragraphs: ['The Asian Development Bank (ADB) approved a $100 million loan to Mongolia for schools.', 'The ADB loan of $100 million will pay for 30 schools.'],
      facts: ['financing 100000000'],
      acts: true,
    },
    {
      note: 'two lenders with equal sums are two loans',
      paragraphs: ['The World Bank will lend $50 million to Armenia.', 'The Asian Development Bank will also lend $50 million to Armenia.'],
      facts: ['financing 50000000', 'financing 50000000'],
      acts: false,
    },
    {
      // real-j kavkazplus-20191008-ge-kfw-afd-loans, real-a worldbank-20200612-kg-disaster-resilience, real-g donorskg-20140516-kg-ebrd-bishkek-water.
      note: 'a sentence that states the sum twice gives two sums, neither a restatement of the loan before',
      paragraphs: ['KfW will lend €40 million to Georgia for water pipes in Poti.', 'Loans of €40 million from KfW and €40 million from the AFD will go to the energy sector.'],
      facts: ['financing 40000000', 'financing 40000000', 'financing 40000000'],
      acts: false,
    },
  ],
};
