// Years a sentence names keep two reports apart when they share none; a year before a comma is still a year.
// Our own sentences, modelled on deals-3 (the EIB's loans in Georgia: "since 2012," against "in October 2015,")
// and deals-2 (Uzbek-Chinese trade: "in 2022, the minister said" against "since the start of 2023,").
import { describe, expect, it } from 'vitest';
import { linkBetween } from '../../../shared/deals/links.js';
import { memberOf } from '../../../shared/deals/member.js';
import { articleIdOf } from '../../../shared/pipeline/ids.js';
import type { Fact } from '../../../shared/schemas/index.js';
import { buildFact } from '../../helpers/builders.js';

const report = (url: string, over: Partial<Fact>) =>
  buildFact({ articleId: articleIdOf(url), sourceUrl: url, published: null, people: [], ...over });
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
});
