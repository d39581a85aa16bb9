import type { PassCorpus } from './types.js';

export const DOCUMENT_WITH_ITS_TERMS: PassCorpus = {
  pass: 'document-with-its-terms',
  cases: [
    {
      note: 'the terms of a listed investment agreement, given later',
      paragraphs: [
        'The following documents were signed in Tashkent:',
        '- Investment agreement between the Cabinet of Ministers and Angren Steel Invest on a rolling mill;',
        '- Memorandum between the Ministry of Energy and Sinoma on a cement line.',
        'The documents were signed in the presence of the two presidents.',
        'Under the investment agreement, the company will invest $64 million in the mill.',
      ],
      facts: ['agreement -', 'agreement 64000000'],
      acts: true,
    },
    {
      note: 'a concession agreement named, then its terms',
      paragraphs: [
        'Kazakhstan signed a concession agreement with Zhibek Joly Logistics on a dry port near Khorgos.',
        'Kazakh officials welcomed the signing.',
        'Under the concession agreement, the investor will spend $150 million on the terminal.',
      ],
      facts: ['agreement 150000000', 'project 150000000'],
      acts: true,
    },
    {
      note: 'a bare "Under the agreement" names no document: left to the next-amount join',
      paragraphs: ['Kyrgyzstan and Turkey signed a memorandum on textile parks.', 'The weather in Bishkek was fine.', 'Under the agreement, Turkish firms will invest $30 million.'],
      facts: ['agreement -', 'agreement 30000000'],
      acts: false,
    },
  ],
};
