import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountsAgree } from '../../../shared/deals/amounts-agree.js';
import { groupFacts } from '../../../shared/deals/group-facts.js';
import { linkBetween } from '../../../shared/deals/links.js';
import { memberOf } from '../../../shared/deals/member.js';
import { articleIdOf, shortHash } from '../../../shared/pipeline/ids.js';
import type { Amount, Fact } from '../../../shared/schemas/index.js';
import { buildFact } from '../../helpers/builders.js';

const NOW = '2026-12-01T00:00:00.000Z';
const usd = (value: number, qualifier: Amount['qualifier'] = 'exact'): Amount => ({ value, currency: 'USD', qualifier });

/** A fact in the article at `url`, published on `day`. */
function report(url: string, day: string | null, over: Partial<Fact>): Fact {
  return buildFact({ articleId: articleIdOf(url), sourceUrl: url, published: day ? `${day}T09:00:00Z` : null, people: [], ...over });
}

const adbLoan = (url: string, day: string | null, over: Partial<Fact> = {}) => report(url, day, {
  type: 'financing', status: 'signed', amount: usd(150e6), countries: ['UZ'], organizations: ['Asian Development Bank (ADB)'],
  sector: 'transport', evidence: 'The Asian Development Bank (ADB) signed a $150 million loan to rebuild the Bukhara-Samarkand highway in Uzbekistan.',
  ...over,
});

const member = (f: Fact) => memberOf(f, { outlet: null, amountUsd: f.amount?.currency === 'USD' ? f.amount.value : null });
const sums = (a: Amount, b: Amount, aUsd: number | null = null, bUsd: number | null = null) =>
  amountsAgree({ amount: a, usd: aUsd }, { amount: b, usd: bUsd });

describe('sums of one deal', () => {
  it('agree within rounding in one currency', () => {
    expect(sums(usd(1.5e9), usd(1.46e9))).toBe(true);
    expect(sums(usd(150e6), usd(149.6e6))).toBe(true);
    expect(sums(usd(150e6), usd(165e6))).toBe(false);
  });
  it('agree through the conversion an article gives', () => {
    const eur: Amount = { value: 74e6, currency: 'EUR', qualifier: 'exact', converted: { value: 80e6, currency: 'USD' } };
    expect(sums(eur, usd(80e6))).toBe(true);
    expect(sums(eur, usd(74e6))).toBe(false);
  });
  it('agree through US dollars with a wider tolerance, and not without a rate', () => {
    const kzt: Amount = { value: 70e9, currency: 'KZT', qualifier: 'exact' };
    expect(sums(kzt, usd(150e6), 146e6, 150e6)).toBe(true);
    expect(sums(kzt, usd(150e6), 120e6, 150e6)).toBe(false);
    expect(sums(kzt, usd(150e6), null, 150e6)).toBe(false);
  });
  it('read bounds and ranges as bounds', () => {
    expect(sums(usd(1e9, 'over'), usd(1.04e9))).toBe(true);
    expect(sums(usd(1e9, 'over'), usd(0.8e9))).toBe(false);
    expect(sums(usd(500e6, 'up to'), usd(480e6))).toBe(true);
    expect(sums({ ...usd(1.1e9), min: 550e6 }, usd(800e6))).toBe(true);
  });
});

describe('links between two facts', () => {
  it('join two outlets reporting one loan, with different rounding and naming, days apart', () => {
    const a = adbLoan('https://a.example/1', '2026-05-02');
    const b = adbLoan('https://b.example/7', '2026-05-04', {
      amount: usd(149.6e6), organizations: ['ADB'], evidence: 'ADB and Uzbekistan signed a loan of 149.6 million dollars for the Bukhara-Samarkand highway.',
    });
    expect(linkBetween(member(a), member(b))?.reason).toBe('same-sum');
  });
  it('keep the same lender\'s next loan, months later or of another size, apart', () => {
    const a = adbLoan('https://a.example/1', '2026-05-02');
    expect(linkBetween(member(a), member(adbLoan('https://b.example/2', '2026-11-20')))).toBeNull();
    expect(linkBetween(member(a), member(adbLoan('https://b.example/3', '2026-05-03', { amount: usd(300e6) })))).toBeNull();
  });
  it('keep two lenders\' loans of one sum for one road apart, across languages and without dates', () => {
    // deals-1: the EBRD's EUR 236 million for the Sisian-Kajaran road (May 2024) and the EIB's (November 2024).
    const ebrd = adbLoan('https://a.example/1', null, { organizations: ['EBRD'], evidence: 'The EBRD will lend $150 million to build the Bukhara-Samarkand highway.' });
    const eib = adbLoan('https://b.example/2', null, { organizations: ['European Investment Bank (EIB)'], evidence: 'The EIB signed a $150 million loan for the Bukhara-Samarkand highway.' });
    expect(linkBetween(member(ebrd), member(eib))).toBeNull();
    const ebrdRu = adbLoan('https://c.example/3', null, { organizations: ['Европейский банк реконструкции и развития (ЕБРР)'], evidence: 'ЕБРР выделит $150 млн на строительство автодороги Бухара-Самарканд.' });
    expect(linkBetween(member(ebrd), member(ebrdRu))?.reason).toBe('same-sum');
    // A report that names no lender joins either, but never chains the two into one deal.
    const bare = adbLoan('https://d.example/4', null, { organizations: [], evidence: 'A $150 million loan will pay for the Bukhara-Samarkand highway.' });
    expect(groupFacts([ebrd, eib, bare], () => null, NOW)).toHaveLength(2);
  });
  it('keep one lender\'s loans to two countries apart', () => {
    const a = adbLoan('https://a.example/1', '2026-05-02');
    expect(linkBetween(member(a), member(adbLoan('https://b.example/4', '2026-05-02', { countries: ['KZ'] })))).toBeNull();
  });
  it('join an agreement and the loan it signs in one sentence, but not two loans of one article', () => {
    const loan = adbLoan('https://a.example/1', '2026-05-02');
    const agreement = { ...loan, id: 'f'.repeat(32), type: 'agreement' as const, amount: null };
    expect(linkBetween(member(loan), member(agreement))?.reason).toBe('same-sentence');
    const other = { ...loan, id: 'e'.repeat(32), evidence: 'A second loan follows.', amount: usd(40e6) };
    expect(linkBetween(member(loan), member(other))).toBeNull();
  });
  it('join facts without a sum only with an organisation and distinctive words in common', () => {
    const a = adbLoan('https://a.example/1', '2026-05-02', { type: 'agreement', amount: null });
    const b = adbLoan('https://b.example/5', '2026-05-03', { type: 'agreement', amount: null, evidence: 'ADB and Uzbekistan signed a deal on the Bukhara-Samarkand highway.' });
    const c = adbLoan('https://c.example/6', '2026-05-03', { type: 'agreement', amount: null, evidence: 'ADB and Uzbekistan signed a memorandum on water supply in Karakalpakstan.' });
    expect(linkBetween(member(a), member(b))?.reason).toBe('same-words');
    expect(linkBetween(member(a), member(c))).toBeNull();
  });
});

describe('grouping into deals', () => {
  const reports = [
    adbLoan('https://a.example/1', '2026-05-02'),
    { ...adbLoan('https://a.example/1', '2026-05-02'), id: 'a'.repeat(32), type: 'agreement' as const, amount: null },
    adbLoan('https://b.example/2', '2026-05-03', { amount: usd(1.5e8, 'about'), organizations: ['ADB'], status: 'agreed', evidence: 'ADB approved about $150 million for the Bukhara-Samarkand highway.' }),
    adbLoan('https://c.example/3', '2026-05-04', { amount: usd(300e6), evidence: 'ADB will also lend $300 million for schools in Uzbekistan.' }),
    report('https://c.example/3', '2026-05-04', { type: 'trade', status: null, amount: usd(2.1e9), countries: ['UZ', 'KR'], organizations: [], evidence: 'Trade between Uzbekistan and Korea reached $2.1 billion.', period: '2025' }),
  ];

  it('gives one deal per real-world event, summarised from its best mention', () => {
    const deals = groupFacts(reports, () => null, NOW);
    expect(deals).toHaveLength(3);
    const loan = deals.find((d) => d.mentions.length === 3)!;
    expect(loan).toMatchObject({
      type: 'financing', status: 'signed', amount: usd(150e6), amountUsd: 150e6, countries: ['UZ'],
      organizations: ['Asian Development Bank (ADB)'], organizationKeys: ['asian development bank'],
      outlets: ['a.example', 'b.example'], firstPublished: '2026-05-02T09:00:00Z', lastPublished: '2026-05-03T09:00:00Z', day: '2026-05-02',
    });
    expect(loan.best).toBe(reports[0]!.id);
  });

  it('gives the same deals for the same facts in any order', () => {
    const ids = (facts: Fact[]) => groupFacts(facts, () => null, NOW).map((d) => [d.id, d.mentions.map((m) => m.factId)]);
    const expected = ids(reports);
    fc.assert(fc.property(fc.shuffledSubarray(reports, { minLength: reports.length, maxLength: reports.length }), (shuffled) => {
      expect(ids(shuffled)).toEqual(expected);
    }));
  });

  it('never chains two deals through a fact without a sum', () => {
    // One report names the highway without a sum; two loans of different sizes each come with a sentence on the
    // highway (a project fact of their own sentence) that shares its words.
    const highway = (url: string, loan: Fact) => ({ ...loan, id: shortHash('project', url), type: 'project' as const, amount: null });
    const unpriced = adbLoan('https://d.example/1', '2026-05-02', { type: 'project', amount: null });
    const small = adbLoan('https://e.example/2', '2026-05-03');
    const big = adbLoan('https://f.example/3', '2026-05-03', { amount: usd(400e6) });
    const deals = groupFacts([unpriced, small, highway('e', small), big, highway('f', big)], () => null, NOW);
    expect(deals).toHaveLength(2);
    const amounts = deals.map((d) => d.amount?.value).sort();
    expect(amounts).toEqual([150e6, 400e6]);
    expect(deals.map((d) => d.mentions.length).sort()).toEqual([2, 3]);
  });

  it('ties an unpriced fact by words to another outlet\'s fact of its type only when neither or both give a sum', () => {
    // deals-2: a 2021 agreement "worth about $200 million" and 2020 reports of another unpriced agreement; deals-3:
    // a $4.85 billion wind-farm deal and a 2021 agreement to build "the biggest wind power plant in Central Asia";
    // deals-1: an EBRD irrigation loan of EUR 42.1 million and the ratification of its road credit.
    const unpriced = adbLoan('https://d.example/1', '2026-05-02', { amount: null });
    const priced = adbLoan('https://e.example/2', '2026-05-03');
    expect(linkBetween(member(unpriced), member(priced))).toBeNull();
    const again = adbLoan('https://f.example/3', '2026-05-03', { amount: null, evidence: 'ADB will lend to rebuild the Bukhara-Samarkand highway.' });
    expect(linkBetween(member(unpriced), member(again))?.reason).toBe('same-words');
  });

  it('ties an unpriced fact by words only to facts of its own type', () => {
    const agreement = adbLoan('https://d.example/1', '2026-05-02', { type: 'agreement', amount: null });
    const loan = adbLoan('https://e.example/2', '2026-05-03');
    expect(groupFacts([agreement, loan], () => null, NOW)).toHaveLength(2);
  });
});
