// Which words tie two reports of one deal: not the words every deal sentence has, in English or Russian,
// and not one word alone. The cases are our own sentences, modelled on real reports of deals-1..3.
import { describe, expect, it } from 'vitest';
import { groupFacts } from '../../../shared/deals/group-facts.js';
import { linkBetween } from '../../../shared/deals/links.js';
import { memberOf } from '../../../shared/deals/member.js';
import { articleIdOf } from '../../../shared/pipeline/ids.js';
import type { Amount, Fact } from '../../../shared/schemas/index.js';
import { buildFact } from '../../helpers/builders.js';

const NOW = '2026-12-01T00:00:00.000Z';
const usd = (value: number, qualifier: Amount['qualifier'] = 'exact'): Amount => ({ value, currency: 'USD', qualifier });
const report = (url: string, day: string | null, over: Partial<Fact>) =>
  buildFact({ articleId: articleIdOf(url), sourceUrl: url, published: day ? `${day}T09:00:00Z` : null, people: [], ...over });
const member = (f: Fact) => memberOf(f, { outlet: null, amountUsd: f.amount?.currency === 'USD' ? f.amount.value : null });

describe('Russian words every deal sentence has', () => {
  it('are not distinctive, nor are the countries\' Russian names', () => {
    const f = report('https://a.example/1', null, {
      type: 'financing', amount: usd(5e8), countries: ['UZ', 'SA'], organizations: ['ACWA Power'],
      evidence: 'Узбекистан и Саудовская Аравия подписали соглашение о строительстве ветропарка в Самарканде на $500 млн.',
    });
    const words = [...member(f).words];
    for (const generic of ['узбекистан', 'саудовск', 'арави', 'подписал', 'соглашен', 'строительств', 'млн']) expect(words).not.toContain(generic);
    expect(words).toEqual(expect.arrayContaining(['ветропарк', 'самарканд']));
  });

  it('keep one developer\'s two wind agreements, a year apart and reported in Russian without dates, apart', () => {
    // deals-3: ACWA Power's 2021 implementation agreement and its 2022 construction agreement for Karakalpak wind
    // farms; the two Russian reports shared "соглашение", "подписали", "проект" and one distinctive word.
    const wind = (url: string, evidence: string) => report(url, null, {
      type: 'agreement', status: 'signed', amount: null, countries: ['UZ', 'SA'], organizations: ['ACWA Power'], evidence,
    });
    const first = wind('https://a.example/1', 'Соглашение о реализации проекта ветропарка подписали компания ACWA Power и правительство Узбекистана.');
    const second = wind('https://b.example/2', 'В Бухаре Узбекистан и Саудовская Аравия подписали соглашение о строительстве крупного ветропарка.');
    expect(linkBetween(member(first), member(second))).toBeNull();
  });

  it('do not make a lender\'s later projects the programme an undated Russian report names', () => {
    // deals-3: ADB's 2025-2027 programme for Uzbekistan (May 2024, one report undated, in Russian) and "over $3 billion"
    // of new projects (November 2025, in Russian): they shared only "млрд" and "Узбекистан", which joined them first.
    const adb = { countries: ['UZ'], organizations: ['Азиатский банк развития (АБР)'] };
    const programmeRu = report('https://a.example/1', null, { ...adb, type: 'financing', status: 'planned', amount: usd(2.5e9),
      evidence: 'Азиатский банк развития выделит Узбекистану $2,5 млрд на программу 2025-2027 годов.' });
    const programmeEn = report('https://b.example/2', '2024-05-13', { ...adb, organizations: ['Asian Development Bank (ADB)'], type: 'financing', status: 'planned', amount: usd(2.5e9),
      evidence: 'At the annual meeting in Tbilisi, Uzbekistan and the ADB signed a memorandum on a $2.5 billion programme for 2025-2027.' });
    const later = report('https://c.example/3', '2025-11-18', { ...adb, type: 'financing', status: 'planned', amount: usd(2e9, 'over'),
      evidence: 'Новые проекты более чем на $2 млрд готовят Узбекистан и АБР.' });
    const deals = groupFacts([programmeRu, programmeEn, later], () => null, NOW);
    expect(deals.map((d) => d.mentions.length).sort()).toEqual([1, 2]);
    expect(deals.find((d) => d.mentions.length === 1)!.mentions[0]!.factId).toBe(later.id);
  });
});

describe('facts without a sum', () => {
  const masdar = (url: string, evidence: string) => report(url, null, {
    type: 'agreement', status: 'signed', amount: null, countries: ['AZ', 'AE'], organizations: ['Masdar'], evidence,
  });

  it('need two distinctive words in common, not one', () => {
    // deals-2: a solar plant's implementation agreement "signed today in Baku" and another article's "signed in January
    // last year" shared "implementation"; deals-1: a road's total cost and its loan shared one word.
    const today = masdar('https://a.example/1', 'Masdar signed the implementation agreement in Baku today at a ceremony.');
    const earlier = masdar('https://b.example/2', 'Masdar had signed the implementation agreement for the plant in January.');
    expect(linkBetween(member(today), member(earlier))).toBeNull();
    const again = masdar('https://c.example/3', 'The implementation agreement was signed in Baku at a ceremony with Masdar.');
    expect(linkBetween(member(today), member(again))?.reason).toBe('same-words');
  });
});
