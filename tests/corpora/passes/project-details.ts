import type { PassCorpus } from './types.js';

export const PROJECT_DETAILS: PassCorpus = {
  pass: 'project-details',
  cases: [
    {
      note: 'a priced plant, then a sentence describing it in the same paragraph',
      paragraphs: ['Kazzinc and Glencore International will build a $1.1 billion zinc smelter in Ust-Kamenogorsk. The smelter will be constructed by Samsung C&T and will produce 150,000 tons a year.'],
      facts: ['project 1100000000'],
      acts: true,
    },
    {
      // real-b arka-20111130-am-ibrd-irrigation-loan.
      note: 'a priced programme, then what the loan is spent on in another paragraph',
      paragraphs: [
        'Armenia ratified a $20 million loan agreement with the World Bank for irrigation.',
        'The cost of the program is $24 million, with the government to provide $4 million.',
        'The extra funds will go toward rehabilitating 40 kilometers of the main canal in the Ararat Valley.',
      ],
      facts: ['agreement 20000000', 'financing 20000000', 'financing 4000000', 'project 24000000'],
      acts: true,
    },
    {
      note: 'the next paragraph opens on "The plant"',
      paragraphs: ['Uzbekistan and Hengli Group will set up a $300 million joint venture to produce polyester yarn.', 'The plant will be built in the Navoi free economic zone by 2027.'],
      facts: ['project 300000000'],
      acts: true,
    },
    {
      // real-d asiaplus-20110209-tj-ir-cement-plant; real-a turan-nodate-az-tr-tanap-agreement-signing.
      note: 'a priced object with no party of its own, then "the" object with its builder in a later paragraph',
      paragraphs: [
        'Turkey will put $400 million into building a glass factory in Sughd region, the Turkish ambassador said.',
        'He said the factory will be built by Sisecam Group.',
        'The contract on the construction of the glass factory was signed last week.',
      ],
      facts: ['agreement -', 'project 400000000'],
      acts: true,
    },
    {
      note: 'a priced object with no party of its own, then another company\'s object named with "a" in a later paragraph',
      paragraphs: [
        'Turkey will put $400 million into building a glass factory in Sughd region, the Turkish ambassador said.',
        'Separately, Hengli Group of China will build a flat glass factory in Khatlon region.',
      ],
      facts: ['project -', 'project 400000000'],
      acts: false,
    },
    {
      // real-a eurasianet-nodate-kz-jp-abe-investment-nuclear, trend-20080314-az-ge-socar-energy-georgia.
      note: 'an unpriced object, then "the" object named again with common words in a later paragraph',
      paragraphs: [
        'The Korean president offered to help build a nuclear power plant in Uzbekistan.',
        'He said Korea was ready to share expertise for building the nuclear power plant that Uzbekistan plans to construct.',
      ],
      facts: ['project -'],
      acts: true,
    },
    {
      note: 'an unpriced object, then "the" of another noun phrase before a second object: another project',
      paragraphs: [
        'Hengli Group will modernise the road network of Mary, Turkmenistan.',
        'Agreements were reached on launching a project to build a cement plant in Lebap, as well as the company’s participation in road construction projects.',
      ],
      facts: ['agreement -', 'project -', 'project -'],
      acts: false,
    },
    {
      note: 'an unpriced object, then a named one with "the": another project',
      paragraphs: [
        'Iranian firms will build a cement plant in Mary, Turkmenistan.',
        'Iranian firms will also take part in the construction of the Serakhs-Mary Road in Turkmenistan.',
      ],
      facts: ['project -', 'project -'],
      acts: false,
    },
    {
      note: '"It also plans to build a second plant" is another object',
      paragraphs: ['Kazzinc and Glencore International will build a $1.1 billion zinc smelter in Ust-Kamenogorsk. The company also plans to build a sulphuric acid plant nearby.'],
      facts: ['project -', 'project 1100000000'],
      acts: false,
    },
  ],
};
