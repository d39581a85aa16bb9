// Two reports tied by their countries alone and a sum need words in common, unless the sum is precise enough to be
// one deal's: reports in two languages, or naming one lender three ways, share no word. Our own sentences, modelled on
// deals-6 (Germany's grant of EUR 28.5 million to Georgia in English and Russian; Russia's write-off of Mongolia's debt
// of $172 million; a Korean fund's EUR 185 million train loan to Uzbekistan under two of its names).
import { describe, expect, it } from 'vitest';
import { significantDigits } from '../../../shared/deals/amounts-agree.js';
import { linkBetween } from '../../../shared/deals/links.js';
import { memberOf } from '../../../shared/deals/member.js';
import { articleIdOf } from '../../../shared/pipeline/ids.js';
import type { Amount, Fact } from '../../../shared/schemas/index.js';
import { buildFact } from '../../helpers/builders.js';

const eur = (value: number, qualifier: Amount['qualifier'] = 'exact'): Amount => ({ value, currency: 'EUR', qualifier });
const report = (url: string, over: Partial<Fact>) =>
  buildFact({ articleId: articleIdOf(url), sourceUrl: url, published: '2026-03-02T12:00:00Z', people: [], organizations: [], ...over });
const member = (f: Fact) => memberOf(f, { outlet: null, amountUsd: null });
const grant = { type: 'financing' as const, status: 'signed' as const, countries: ['GE', 'DE'] };

describe('significant digits of a stated figure', () => {
  it('count the digits between the first and the last that is not zero, of exact figures only', () => {
    expect(significantDigits(eur(28.5e6))).toBe(3);
    expect(significantDigits(eur(185.19e6))).toBe(5);
    expect(significantDigits(eur(310e6))).toBe(2);
    expect(significantDigits(eur(400e6))).toBe(1);
    expect(significantDigits(eur(172e6, 'about'))).toBe(0);
    expect(significantDigits({ ...eur(172e6), min: 150e6 })).toBe(0);
  });
});

describe('reports tied by their countries alone', () => {
  const en = report('https://a.example/en', { ...grant, amount: eur(31.5e6), evidence: 'Berlin will also give Tbilisi a grant of EUR 31.5 million, the finance ministry said on Friday.' });

  it('link by a precise sum though the two languages share no word', () => {
    const ru = report('https://b.example/ru', { ...grant, amount: eur(31.5e6), evidence: 'Кроме того, Германия выделит Грузии грант в размере 31,5 млн евро.' });
    expect(linkBetween(member(en), member(ru))).not.toBeNull();
  });

  it('stay apart on a round or approximate sum without words in common', () => {
    const round = (amount: Amount) => report('https://c.example/ru', { ...grant, amount, evidence: 'Кроме того, Германия выделит Грузии грант в размере 30 млн евро.' });
    const a = report('https://d.example/en', { ...grant, amount: eur(30e6), evidence: 'Berlin will also give Tbilisi a grant of EUR 30 million, the finance ministry said on Friday.' });
    expect(linkBetween(member(a), member(round(eur(30e6))))).toBeNull();
    expect(linkBetween(member(en), member(round(eur(31.5e6, 'about'))))).toBeNull();
  });

  it('stay apart when the precise sums differ, or the reports are months apart', () => {
    const other = report('https://e.example/ru', { ...grant, amount: eur(32.5e6), evidence: 'Германия выделит Грузии грант в размере 32,5 млн евро.' });
    expect(linkBetween(member(en), member(other))).toBeNull();
    const later = report('https://f.example/ru', { ...grant, amount: eur(31.5e6), published: '2026-09-02T12:00:00Z', evidence: 'Германия выделит Грузии грант в размере 31,5 млн евро.' });
    expect(linkBetween(member(en), member(later))).toBeNull();
  });
});
