// Two outlets name one lender differently: one puts an epithet before its name ("Beijing-backed ... (AIIB)"), the
// other does not. Our own sentences, modelled on the AIIB's loans to Kazakhstan (deals-1, 2020) and to Mongolia
// (deals-5, 2020), each reported by a wire that wrote "the Beijing-backed Asian Infrastructure Investment Bank (AIIB)"
// and by outlets that wrote the bank's name alone.
import { describe, expect, it } from 'vitest';
import { groupFacts } from '../../../shared/deals/group-facts.js';
import { articleIdOf } from '../../../shared/pipeline/ids.js';
import type { Fact } from '../../../shared/schemas/index.js';
import { buildFact } from '../../helpers/builders.js';

const report = (url: string, over: Partial<Fact>) =>
  buildFact({ articleId: articleIdOf(url), sourceUrl: url, published: '2026-03-02T10:00:00Z', people: [], ...over });
const loan = { type: 'financing' as const, amount: { value: 80e6, currency: 'USD', qualifier: 'exact' as const } };

describe('a lender named with an epithet', () => {
  it('is the lender its bracketed abbreviation names, so two reports of its loan are one deal', () => {
    const wire = report('https://wire.example/a', {
      ...loan, countries: ['MN', 'CN'], organizations: ['Beijing-backed Asian Infrastructure Investment Bank (AIIB)'],
      evidence: 'A loan of $80 million to help Mongolia rebuild its clinics was approved by the Beijing-backed Asian Infrastructure Investment Bank (AIIB).',
    });
    const bank = report('https://bank.example/b', {
      ...loan, countries: ['MN'], organizations: ['Asian Infrastructure Investment Bank'],
      evidence: 'The Asian Infrastructure Investment Bank has approved an $80 million loan for Mongolia\'s clinics.',
    });
    const deals = groupFacts([wire, bank], () => null, '2026-03-03T00:00:00Z');
    expect(deals).toHaveLength(1);
    expect(deals[0]!.organizationKeys).toEqual(['asian infrastructure investment bank']);
  });

  it('is not another lender when the abbreviation is unknown', () => {
    const wire = report('https://wire.example/a', {
      ...loan, countries: ['MN', 'CN'], organizations: ['Beijing-backed Silk Road Lending Facility (SRLF)'],
      evidence: 'A loan of $80 million to help Mongolia rebuild its clinics was approved by the Beijing-backed Silk Road Lending Facility (SRLF).',
    });
    const bank = report('https://bank.example/b', {
      ...loan, countries: ['MN'], organizations: ['Asian Infrastructure Investment Bank'],
      evidence: 'The Asian Infrastructure Investment Bank has approved an $80 million loan for Mongolia\'s clinics.',
    });
    expect(groupFacts([wire, bank], () => null, '2026-03-03T00:00:00Z')).toHaveLength(2);
  });
});
