import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../shared/facts/extract-facts.js';

describe('article context', () => {
  it('does not make a wire base named only in the dateline a party', () => {
    const facts = extractFacts({
      title: 'Kyrgyz-Tajik fund gets its first capital',
      paragraphs: [
        'BAKU, Azerbaijan, May 3',
        'Kyrgyzstan and Tajikistan have set up a joint development fund, the Kyrgyz government said.',
        'The fund is to have charter capital of $40 million, contributed by Tajikistan and Kyrgyzstan in equal shares over three years.',
      ],
    });
    const investment = facts.find((f) => f.type === 'investment');
    expect(investment?.countries).toEqual(expect.arrayContaining(['KG', 'TJ']));
    expect(investment?.countries).not.toContain('AZ');
  });

  it('adds the dateline country when the story is about it', () => {
    const facts = extractFacts({
      title: 'Fund to invest in Azerbaijani farms',
      paragraphs: ['BAKU, Azerbaijan, May 3. The fund will have charter capital of $40 million, to be invested in farms across the regions over three years.'],
    });
    expect(facts.find((f) => f.type === 'investment')?.countries).toContain('AZ');
  });

  it('takes the two countries of "the countries" from the body when the title names none', () => {
    const facts = extractFacts({
      title: 'Business forum ends in Shymkent',
      paragraphs: [
        'ASTANA. KAZINFORM - Kazakhstan and Kyrgyzstan have signed 12 commercial contracts totaling $400 million at a forum in Shymkent.',
        'Trade between the countries reached $2.1 billion in 2025.',
      ],
    });
    expect(facts.find((f) => f.type === 'trade')?.countries).toEqual(expect.arrayContaining(['KZ', 'KG']));
    // A wire's name in capitals in the dateline is no party.
    expect(facts.find((f) => f.type === 'agreement')?.organizations).toEqual([]);
  });
});
