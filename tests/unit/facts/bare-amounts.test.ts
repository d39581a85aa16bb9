import { describe, expect, it } from 'vitest';
import { bareAmounts } from '../../../shared/facts/money/bare-amounts.js';
import { findAmounts } from '../../../shared/facts/money/parse-amount.js';
import { extractFacts } from '../../../shared/facts/extract-facts.js';

const bare = (text: string, last: string | null = null) => bareAmounts(text, findAmounts(text), { last }).map((a) => [a.value, a.currency]);

// Real text: real-c kazinform-20190905-kz-fdi-330-bln-120-countries ("Switzerland — 25.8 billion, France — ..."),
// real-b azernews-20211229-az-tr-ru-trade-11m ("Exports made up 2.5 billion of the total turnover and imports $1.6 billion").
describe('bareAmounts: sums of a list written without the currency given once', () => {
  it('takes the currency of the sum before or after it in the sentence', () => {
    expect(bare('Exports made up 2.5 billion of the total turnover and imports $1.6 billion.')).toEqual([[2.5e9, 'USD']]);
    expect(bare('Of the €90 million, the EIB gives 60 million, and the EU 30 million.')).toEqual([[6e7, 'EUR'], [3e7, 'EUR']]);
  });

  it('takes the currency the paragraph gave last when the sentence has none', () => {
    expect(bare('The largest investors were Switzerland — 25.8 billion, the Netherlands — 9.4 billion and France — 8.7 billion.', 'USD')).toEqual([
      [2.58e10, 'USD'],
      [9.4e9, 'USD'],
      [8.7e9, 'USD'],
    ]);
  });

  it('reads no money from units, from numbers without a scale word, or with no currency anywhere', () => {
    expect(bare('The plant will make 3.8 billion kilowatt-hours and 71.3 million bottles a year.', 'USD')).toEqual([]);
    expect(bare('The bank has 200 billion forints of capital.', 'USD')).toEqual([]);
    expect(bare('Since 2010, 55 projects were reviewed.', 'USD')).toEqual([]);
    expect(bare('Capacity will grow from 1.5 million to 2.4 million tons.', 'USD')).toEqual([]);
    expect(bare('Switzerland invested 25.8 billion.')).toEqual([]);
  });

  it('gives the facts of such a list, each in the currency of its total', () => {
    const facts = extractFacts({
      title: 'Foreign investment in Kazakhstan',
      paragraphs: ['Kazakhstan has attracted $330 billion of foreign direct investment since 1991. The largest investors were the Netherlands — 90.4 billion and the United States — 48.4 billion.'],
    });
    expect(facts.filter((f) => f.type === 'investment').map((f) => [f.amount?.value, f.amount?.currency])).toEqual(
      expect.arrayContaining([[9.04e10, 'USD'], [4.84e10, 'USD']]),
    );
  });
});
