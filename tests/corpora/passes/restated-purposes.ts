import type { PassCorpus } from './types.js';

export const RESTATED_PURPOSES: PassCorpus = {
  pass: 'restated-purposes',
  cases: [
    {
      note: 'the road a loan pays for, then the works described',
      paragraphs: ['The ADB approved a loan of $80 million to rehabilitate the Dushanbe-Kulma highway. Under the project, 47 km of road will be widened by Chinese contractor Road and Bridge Corporation.'],
      facts: ['financing 80000000', 'project -'],
      acts: true,
    },
    {
      note: 'a bare mention of the works gives way to the purpose, which names the lender',
      paragraphs: ['The World Bank will lend $150 million for the reconstruction of the Kambarata substation. The substation will be rebuilt by 2028.'],
      facts: ['financing 150000000', 'project -'],
      acts: true,
    },
    {
      // invented holdout-e he-06-kg-edb-irrigation-loan; the phrasing of real-f 24kg-nodate-kg-isdb-water-supply-loan.
      note: 'what "the funds" are spent on restates the loan named before, whatever nouns it uses',
      paragraphs: [
        'The Eurasian Development Bank approved a loan of $60 million for the modernization of irrigation infrastructure in Kyrgyzstan.',
        'The funds will be used to reconstruct 90 kilometers of canals and 20 pumping stations.',
      ],
      facts: ['financing 60000000', 'project -'],
      acts: true,
    },
    {
      note: 'a plant described after a road loan is another object',
      paragraphs: ['The ADB approved a loan of $80 million to rehabilitate the Dushanbe-Kulma highway. Separately, China Power will build a solar power plant in Khatlon.'],
      facts: ['financing 80000000', 'project -', 'project -'],
      acts: false,
    },
  ],
};
