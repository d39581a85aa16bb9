import type { PassCorpus } from './types.js';

export const RESTATED_AGREEMENTS: PassCorpus = {
  pass: 'restated-agreements',
  cases: [
    {
      note: 'a document signed again with "the": by its signers, or in a quote (real-d kayhan-20231119, real-h prnewswire-20241113, real-f wam-20260204, real-b trend-20210220)',
      paragraphs: [
        'Kyrgyzstan and the Saudi Fund for Development signed a memorandum of understanding on a country cooperation framework.',
        '"Today we signed the memorandum on the country cooperation framework," the minister said.',
        'Turkmengaz and CNPC signed an agreement on gas supplies.',
        'The chairman of Turkmengaz and the head of CNPC signed the documents in Ashgabat.',
      ],
      facts: ['agreement -', 'agreement -'],
      acts: true,
    },
    {
      note: 'a document with "the" and a topic no earlier document has is a document of its own',
      paragraphs: [
        'Kyrgyzstan and the Saudi Fund for Development signed a memorandum of understanding on a country cooperation framework.',
        'Later the minister signed the agreement on tourism exchanges with Turkey.',
      ],
      facts: ['agreement -', 'agreement -'],
      acts: false,
    },
    {
      note: 'a plural lead detailed one by one',
      paragraphs: [
        'Agreements on energy and transport were signed in Abu Dhabi on Monday.',
        'In particular, the Ministry of Energy and Masdar signed an agreement on a solar plant.',
        'In particular, SOCAR and ADNOC signed a memorandum on gas processing.',
      ],
      facts: ['agreement -', 'agreement -'],
      acts: true,
    },
    {
      note: 'a document named again later',
      paragraphs: [
        'ACWA Power signed a Power Purchase Agreement and an Investment Agreement for the Bash wind farm.',
        'The Investment Agreement was signed with the Ministry of Investment, officials said.',
      ],
      facts: ['agreement -'],
      acts: true,
    },
    {
      note: 'a count of documents, then each with its own companies (real-a azernews-nodate-az-tj-eight-agreements, real-b asiaplus-20240408)',
      paragraphs: [
        'Six cooperation agreements were signed at the Kazakh-Kyrgyz business forum in Almaty.',
        'A memorandum of understanding was signed by Kazakhtelecom JSC and Kyrgyztelecom OJSC.',
        'A supply contract was concluded between Tau-Ken Samruk JSC and Kyrgyzaltyn OJSC.',
      ],
      facts: ['agreement -', 'agreement -'],
      acts: true,
    },
    {
      note: 'a vague count, then the documents it counts, priced or not (invented holdout-e he-01, he-09; real-g azernews-20220426)',
      paragraphs: [
        'Turkmenistan and Tajikistan signed a package of documents after the meeting of the intergovernmental commission.',
        'The protocol of the meeting and a roadmap on energy cooperation were signed by the co-chairs.',
        'A loan agreement worth $40 million was signed with the Abu Dhabi Fund for Development.',
      ],
      facts: ['agreement -', 'agreement 40000000', 'financing 40000000'],
      acts: true,
    },
    {
      note: 'a vague count the article never details is a signing of its own',
      paragraphs: ['A number of memorandums of understanding were signed by Iran and Turkmenistan to widen their trade.', 'Trade between the two countries reached $1 billion in 2018.'],
      facts: ['agreement -', 'trade 1000000000'],
      acts: false,
    },
    {
      note: 'who signed the document, put first: "Signed by X and Y, the agreement ..." (real-p zawya-20260204-tj-ae-adfd-rogun-loan)',
      paragraphs: [
        'An agreement on tourism exchanges was signed by Turkish Airlines and Uzbekistan Airways in Tashkent.',
        'Flights between Istanbul and Samarkand will start in May.',
        'Signed by the head of Turkish Airlines and the chairman of Uzbekistan Airways, the agreement is the airlines\' third since 2019.',
      ],
      facts: ['agreement -'],
      acts: true,
    },
    {
      note: '"Signing the agreement were ..." names its signatories, not a second document (real-p ibtimesae-nodate-kg-ae-fr-masdar-edf-hydropower)',
      paragraphs: [
        'An agreement was signed by Masdar and EDF with the Ministry of Energy of Kyrgyzstan to study solar plants in Issyk-Kul region.',
        'The plants would be the first in the region.',
        'Signing the agreement were Kyrgyzstan\'s minister of energy, a Masdar director for Central Asia and an EDF manager.',
      ],
      facts: ['agreement -'],
      acts: true,
    },
    {
      note: '"hailed the signing of the trade pact", "signed the deal, with the premier present" point back (real-p japantimes-20150211-mn-jp-economic-partnership, civilge-nodate-ge-fr-afd-cooperation-program)',
      paragraphs: [
        'A free trade agreement was signed by Georgia and Hong Kong in Tbilisi on Monday.',
        'At a press conference the Georgian prime minister welcomed the signing of the trade pact.',
        'The Georgian economy minister and the Hong Kong secretary signed the deal, with the Prime Minister present.',
      ],
      facts: ['agreement -'],
      acts: true,
    },
    {
      note: 'where the documents were signed is no topic of their own (real-j ultimogroup-nodate-uz-ru-gazprom-gas-supply)',
      paragraphs: [
        'Kazakhstan and Rosatom signed an agreement on fuel supplies for a nuclear plant near Lake Balkhash.',
        'The plant is to start work in 2035.',
        'The Kazakh energy minister and the head of Rosatom signed the documents on the sidelines of the Astana International Forum.',
      ],
      facts: ['agreement -'],
      acts: true,
    },
    {
      note: 'nor what the signing will do (real-p kazinform-nodate-kz-eib-memorandum)',
      paragraphs: [
        'A memorandum of understanding on green energy was concluded by the Development Bank of Kazakhstan and the European Investment Bank.',
        'The bank plans to open an office in Astana.',
        'Werner Hoyer said the signing of the memorandum will help bring the European Union and Central Asia closer together.',
      ],
      facts: ['agreement -'],
      acts: true,
    },
    {
      note: 'a document with a topic of its own is another document, even signed by the same people',
      paragraphs: [
        'A memorandum on tourism was signed by Armenia and Iran in Yerevan.',
        'At the same ceremony the ministers hailed the signing of the agreement on road freight transport.',
      ],
      facts: ['agreement -', 'agreement -'],
      acts: false,
    },
    {
      note: 'two different named documents',
      paragraphs: ['Kazakhstan signed a Transit Agreement with China Railways.', 'Later it signed a Grid Connection Agreement with KEGOC.'],
      facts: ['agreement -', 'agreement -'],
      acts: false,
    },
  ],
};
