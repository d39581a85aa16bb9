import { describe, expect, it } from 'vitest';
import { emptyTally, matchFacts, sameName, tallyArticle, type PartyFact } from '../../bench/party-match.js';

const fact = (type: string, countries: string[], organizations: string[], value?: number): PartyFact => ({
  type, countries, organizations, amount: value === undefined ? null : { value, currency: 'USD' },
});

describe('party measure', () => {
  it('compares names as FACTS.md says: legal forms dropped, whole words of the longer name', () => {
    expect(sameName('Uzbekneftegaz JSC', 'JSC "Uzbekneftegaz"')).toBe(true);
    expect(sameName('ADB', 'Asian Development Bank (ADB)')).toBe(true);
    expect(sameName('AKI', 'AKIpress')).toBe(false);
    expect(sameName('EU', 'European Union')).toBe(false);
  });

  it('matches one to one, a fact with a sum before one without', () => {
    const gold = [fact('financing', ['KG'], ['ADB']), fact('financing', ['KG'], ['ADB'], 1e8)];
    const predicted = [fact('financing', ['KG'], ['Asian Development Bank (ADB)'], 1e8)];
    expect(matchFacts(gold, predicted)).toEqual([[1, 0]]);
    // Within 1%, the same currency; another type or no shared country is no match.
    expect(matchFacts([fact('trade', ['UZ', 'CN'], [], 1e9)], [fact('trade', ['CN'], [], 1.009e9)])).toHaveLength(1);
    expect(matchFacts([fact('trade', ['UZ', 'CN'], [], 1e9)], [fact('trade', ['RU'], [], 1e9)])).toHaveLength(0);
    expect(matchFacts([fact('trade', ['UZ'], [], 1e9)], [fact('investment', ['UZ'], [], 1e9)])).toHaveLength(0);
  });

  it('counts, on matched facts only, organisations no gold fact of the article names and countries their gold fact does not', () => {
    const gold = [fact('financing', ['KZ'], ['EBRD'], 5e7), fact('agreement', ['KZ', 'CN'], ['CNPC'])];
    const predicted = [
      { ...fact('financing', ['KZ', 'CY'], ['EBRD', 'ARKA', 'CNPC'], 5e7), evidence: 'The EBRD lent $50 million.' },
      fact('project', ['UZ'], ['Nobody Ltd']),
    ];
    const tally = emptyTally();
    tallyArticle(tally, 'a', gold, predicted);
    // ARKA is a stranger; CNPC is a party of another fact of the article; the unmatched project is not read at all.
    expect(tally).toMatchObject({ matched: 1, organizations: 3, strangers: 1, countries: 2, extraCountries: 1, goldCountries: 1, missedCountries: 0 });
    expect(tally.examples).toEqual(['organisation ARKA | a: The EBRD lent $50 million.', 'country CY (gold KZ) | a: The EBRD lent $50 million.']);
  });
});
