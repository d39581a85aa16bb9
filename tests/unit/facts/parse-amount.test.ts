import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../shared/facts/money/parse-amount.js';
import { MONEY_NEGATIVE, MONEY_POSITIVE } from '../../corpora/money.js';

describe('findAmounts', () => {
  it('has a corpus of at least 80 positive cases', () => {
    expect(MONEY_POSITIVE.length).toBeGreaterThanOrEqual(80);
  });

  it.each(MONEY_POSITIVE)('reads %s', (text, expected) => {
    // Act
    const found = findAmounts(`The sides put it at ${text} this year.`);
    // Assert
    expect(found).toHaveLength(1);
    const [a] = found;
    expect(a?.value).toBeCloseTo(expected.value, 0);
    expect(a?.currency).toBe(expected.currency);
    expect(a?.qualifier).toBe(expected.qualifier);
    if (expected.min !== undefined) expect(a?.min).toBeCloseTo(expected.min, 0);
    if (expected.converted) expect(a?.converted).toEqual(expected.converted);
  });

  it.each(MONEY_NEGATIVE)('finds no money in %s', (text) => {
    expect(findAmounts(text)).toEqual([]);
  });

  it('gives the span it read, verbatim', () => {
    const text = 'a loan of 60 million U.S. dollars to help';
    const [a] = findAmounts(text);
    expect(a && text.slice(a.start, a.end)).toBe('60 million U.S. dollars');
    expect(a?.text).toBe('60 million U.S. dollars');
  });

  it('keeps a bracketed figure in the same currency as an amount of its own', () => {
    const found = findAmounts('$6 billion, 5.3 percent lower than in 2022 ($6.3 billion).');
    expect(found.map((a) => a.value)).toEqual([6e9, 6.3e9]);
  });

  it('reads every amount of a list', () => {
    const found = findAmounts('a US$ 38 million EBRD loan, a US$ 27 million GCF loan and a US$ 23 million GCF grant');
    expect(found.map((a) => a.value)).toEqual([3.8e7, 2.7e7, 2.3e7]);
  });

  it('reads two sums of the same scale joined by "and" as two, and a smaller part after a scale as one', () => {
    const two = findAmounts('providing $210 million and 180 million euros respectively');
    expect(two.map((a) => [a.value, a.currency])).toEqual([[2.1e8, 'USD'], [1.8e8, 'EUR']]);
    expect(findAmounts('1 trillion 200 billion soums').map((a) => a.value)).toEqual([1.2e12]);
  });
});
