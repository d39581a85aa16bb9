// Years a sentence names keep two reports apart when they share none; a year before a comma is still a year; and
// a sentence naming only years long before the other report came out is about an older deal. Our own sentences,
// modelled on deals-3 (the EIB's loans in Georgia: "since 2012," against "in October 2015,") and deals-2
// (Uzbek-Chinese trade: "in 2022, the minister said" against "since the start of 2023,"; trade "in 2023" against a
// 2025 report of "last year"; a 2015 investment agreement on a mine against the 2022 agreement on its expansion).
import { describe, expect, it } from 'vitest';
import { groupFacts } from '../../../shared/deals/group-facts.js';
import { linkBetween } from '../../../shared/deals/links.js';
import { memberOf } from '../../../shared/deals/member.js';
import { articleIdOf } from '../../../shared/pipeline/ids.js';
import type { Fact } from '../../../shared/schemas/index.js';
import { buildFact } from '../../helpers/builders.js';

const report = (url: string, over: Partial<Fact>) =>
  buildFact({ articleId: articleIdOf(url), sourceUrl: url, published: null, people: [], ...over });
const NOW = '2026-12-01T00:00:00.000Z';
const member = (f: Fact) => memberOf(f, { outlet: null, amountUsd: null });

describe('years a sentence names', () => {
  it('are read before a comma, a full stop or a dash, not inside a number', () => {
    const years = (evidence: string) => [...member(report('https://a.example/1', { evidence })).years].sort();
    expect(years('Its third credit line since 2014, worth EUR 60 million.')).toEqual(['2014']);
    expect(years('A contract signed in March 2017, the bank said.')).toEqual(['2017']);
    expect(years('The programme for 2026–2028, of $2 billion.')).toEqual(['2026', '2028']);
    expect(years('Exports reached $2019.5 million and 3,2014 tonnes.')).toEqual([]);
  });

  it('keep a lender\'s loans of different years apart when each sentence names its year before a comma', () => {
    const eib = { type: 'financing' as const, countries: ['GE'], organizations: ['European Investment Bank (EIB)'] };
    const total = report('https://a.example/1', { ...eib, amount: { value: 75e6, currency: 'EUR', qualifier: 'exact' },
      evidence: 'It is the EIB\'s third credit line to the bank since 2014, and together they come to EUR 75 million.' });
    const older = report('https://b.example/2', { ...eib, amount: { value: 80e6, currency: 'EUR', qualifier: 'up to' },
      evidence: 'Under a contract signed in March 2017, the EIB lent up to EUR 80 million for the water network.' });
    expect(linkBetween(member(total), member(older))).toBeNull();
  });

  it('keep a report naming only long-past years from a dated report that names none, directly and through a third', () => {
    const mine = { type: 'agreement' as const, amount: null, countries: ['MN'], organizations: ['Rio Tinto'] };
    const old = report('https://a.example/1', { ...mine, evidence: 'Lawmakers may reopen the 2016 investment agreement on the Oyu Tolgoi copper mine.' });
    const news = report('https://b.example/2', { ...mine, published: '2023-02-10T09:00:00Z',
      evidence: 'Rio Tinto reached an agreement on the Oyu Tolgoi copper mine expansion underground.' });
    const bridge = report('https://c.example/3', { ...mine, evidence: 'The agreement on the Oyu Tolgoi copper mine expansion was reached by Rio Tinto.' });
    expect(linkBetween(member(old), member(news))).toBeNull();
    expect(linkBetween(member(old), member(bridge))?.reason).toBe('same-words');
    expect(linkBetween(member(news), member(bridge))?.reason).toBe('same-words');
    const deals = groupFacts([old, news, bridge], () => null, NOW);
    expect(deals.map((d) => d.mentions.length).sort()).toEqual([1, 2]);
    expect(deals.find((d) => d.mentions.length === 1)!.mentions[0]!.factId).toBe(old.id);
    // Without a date the later report says nothing of its year, and the years decide nothing.
    expect(linkBetween(member(old), member({ ...news, published: null }))?.reason).toBe('same-words');
  });

  it('read a year the sentence names as recent when the other report came out a year later or less', () => {
    const trade = { type: 'trade' as const, countries: ['UZ', 'CN'], organizations: [] };
    const lastYear = report('https://a.example/1', { ...trade, published: '2025-04-30T09:00:00Z', amount: { value: 13e9, currency: 'USD', qualifier: 'over' },
      evidence: 'Last year trade between Uzbekistan and China went past $13 billion.' });
    const twoYearsBack = report('https://b.example/2', { ...trade, published: '2024-04-20T09:00:00Z', amount: { value: 13.6e9, currency: 'USD', qualifier: 'exact' },
      evidence: 'In 2023, trade between Uzbekistan and China came to $13.6 billion.' });
    expect(linkBetween(member(lastYear), member(twoYearsBack))).toBeNull();
    const sameYear = { ...twoYearsBack, published: '2024-04-20T09:00:00Z' };
    const recent = { ...lastYear, published: '2024-05-02T09:00:00Z' };
    expect(linkBetween(member(recent), member(sameYear))?.reason).toBe('same-sum');
  });
});
