import type { PassCorpus } from './types.js';

export const PROJECT_WITH_ITS_INVESTMENT: PassCorpus = {
  pass: 'project-with-its-investment',
  cases: [
    {
      note: '"The investment is estimated at" after the one plant named',
      paragraphs: ['A 200 MW wind power plant will be built in the Absheron district by the Saudi company ACWA Power. The investment is estimated at 340 million manat.'],
      facts: ['project 340000000'],
      acts: true,
    },
    {
      note: '"Investments in it" two sentences on',
      paragraphs: ['Uzbekistan and Hyundai Engineering agreed to construct a gas chemical complex in Karakul. The complex will employ 900 people. Investments in it are estimated at $1.2 billion.'],
      facts: ['agreement -', 'project 1200000000'],
      acts: true,
    },
    {
      note: 'two objects before: the investment prices neither',
      paragraphs: ['The Polish company Polpharma will build a pharmaceutical plant in Almaty.', 'Hyundai Trans Auto will build a bus factory in Kostanay.', 'The investment in the region this year is estimated at $300 million.'],
      facts: ['investment 300000000', 'project -', 'project -'],
      acts: false,
    },
  ],
};
