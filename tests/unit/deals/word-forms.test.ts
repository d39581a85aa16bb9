// One word written two ways by two outlets is one word when sentences are compared: a hyphenated prefix
// ("co-financed", "cofinanced"), British and American spelling ("programme", "program"), an inflection
// ("establishing", "establish"; "raised", "raise"). Our own sentences, modelled on deals-5 (the ADB co-financing of
// the AIIB's 2020 loan to Mongolia in three reports; Azerbaijan and Uzbekistan's $500 million joint fund, three
// reports of one day) and deals-1 (the OPEC Fund's loan for "preschools" and "pre-school" education in Uzbekistan).
import { describe, expect, it } from 'vitest';
import { linkBetween } from '../../../shared/deals/links.js';
import { memberOf, wordForm } from '../../../shared/deals/member.js';
import { articleIdOf } from '../../../shared/pipeline/ids.js';
import type { Amount, Fact } from '../../../shared/schemas/index.js';
import { buildFact } from '../../helpers/builders.js';

const usd = (value: number): Amount => ({ value, currency: 'USD', qualifier: 'exact' });
const report = (url: string, over: Partial<Fact>) =>
  buildFact({ articleId: articleIdOf(url), sourceUrl: url, published: '2026-05-04T09:00:00Z', people: [], ...over });
const member = (f: Fact) => memberOf(f, { outlet: null, amountUsd: f.amount?.value ?? null });

describe('word forms', () => {
  it('fold spellings and inflections of one word to one form', () => {
    expect(wordForm('programme')).toBe(wordForm('program'));
    expect(wordForm('establishing')).toBe(wordForm('establish'));
    expect(wordForm('raised')).toBe(wordForm('raise'));
    expect(wordForm('created')).toBe(wordForm('create'));
    expect(wordForm('школа')).toBe('школа');
  });

  it('keep words that only begin alike apart', () => {
    expect(wordForm('rail')).not.toBe(wordForm('railway'));
    expect(wordForm('power')).not.toBe(wordForm('powerline'));
  });

  it('join a hyphenated prefix to its word', () => {
    const words = member(report('https://a.example/1', { evidence: 'The loan is co-financed by a regional lender and backs pre-school education.' })).words;
    expect([...words]).toEqual(expect.arrayContaining([wordForm('cofinanced'), 'preschool']));
  });
});

describe('two outlets\' forms of one word', () => {
  it('tie two unpriced reports of a co-financing', () => {
    const cofinancing = { type: 'financing' as const, amount: null, countries: ['MN'], organizations: ['Asian Development Bank'] };
    const a = report('https://a.example/1', { ...cofinancing, evidence: 'The money the bank lends under the Program is a budget loan co-financed with the Asian Development Bank.' });
    const b = report('https://b.example/2', { ...cofinancing, evidence: 'Cofinanced by the Asian Development Bank, the programme will fund clinics, wages and small firms.' });
    expect(linkBetween(member(a), member(b))).not.toBeNull();
  });

  it('tie two priced agreements that only their countries and a few words tie', () => {
    // Linked by the countries alone, a sum needs some words in common: "establishing" and "establish" are one.
    const fund = { type: 'agreement' as const, status: 'signed' as const, amount: usd(400e6), countries: ['AZ', 'UZ'], organizations: [] };
    const a = report('https://a.example/1', { ...fund, evidence: 'An intergovernmental agreement on establishing a joint fund for $400 million has been signed by Azerbaijan and Uzbekistan, local media report.' });
    const b = report('https://b.example/2', { ...fund, evidence: 'Azerbaijan and Uzbekistan on Tuesday signed a pact to establish a joint fund with seed capital of $400 million.' });
    expect(linkBetween(member(a), member(b))).not.toBeNull();
    const other = report('https://c.example/3', { ...fund, evidence: 'Azerbaijan and Uzbekistan on Tuesday agreed on a pact to lay a cable under the Caspian for $400 million.' });
    expect(linkBetween(member(a), member(other))).toBeNull();
  });
});
