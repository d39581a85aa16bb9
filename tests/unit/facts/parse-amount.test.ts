import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

  it('reads full-width digits and signs, keeping the original text and offsets', () => {
    const text = 'a loan of ＄５００ million for the plant';
    const [a] = findAmounts(text);
    expect([a?.value, a?.currency]).toEqual([5e8, 'USD']);
    expect(a && text.slice(a.start, a.end)).toBe('＄５００ million');
  });

  it('reads no sum beyond any plausible deal ($10 trillion, or 10^16 units of a currency with no known rate)', () => {
    expect(findAmounts('$999,999,999,999,999,999,999 trillion in damages')).toEqual([]);
    expect(findAmounts('a $20 trillion fund')).toEqual([]);
    expect(findAmounts('2 trillion soums and $9 trillion').map((a) => a.value)).toEqual([2e12, 9e12]);
  });
});

// Properties over generated texts (fast-check): reading never throws, reads the same text the same way, every sum's
// text is verbatim at its offsets, and a sum written the usual ways reads back as its value.
describe('findAmounts properties', () => {
  const piece = fc.oneof(
    fc.constantFrom('$', '€', '＄', '５', '0', '7', ',', '.', ' ', 'million', 'billion', 'mln', 'bn', 'USD', 'tenge', 'soums', '-', '(', ')', 'up to', 'over', 'a', '\u00a0', '%', 'trillion'),
    fc.string({ maxLength: 6 }),
  );
  const texts = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(' '));

  it('never throws, is deterministic and keeps each sum verbatim at its offsets', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const first = findAmounts(text);
        expect(findAmounts(text)).toEqual(first);
        for (const a of first) {
          expect(Number.isFinite(a.value)).toBe(true);
          expect(text.slice(a.start, a.end)).toBe(a.text);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back a sum written as "$X million", "X billion euros" or "USD X mln"', () => {
    const forms = [
      [(x: string) => `$${x} million`, 1e6, 'USD'],
      [(x: string) => `${x} billion euros`, 1e9, 'EUR'],
      [(x: string) => `USD ${x} mln`, 1e6, 'USD'],
    ] as const;
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 10_000 }), fc.constantFrom(0, 1, 2), (tenths, f) => {
        const [form, scale, currency] = forms[f]!;
        const units = tenths / 10;
        const [a] = findAmounts(`The deal is worth ${form(String(units))} in total.`);
        expect(a?.currency).toBe(currency);
        expect(Math.abs((a?.value ?? 0) - units * scale)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});
