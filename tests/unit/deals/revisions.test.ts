// A later report that revises a deal's sum is the same deal with a new sum, not another deal. The
// phrasings come from two real articles, reworded (checked with ../shared/eval/unseen.mjs):
// - https://en.orda.kz/kazakh-authorities-request-suspension-of-gas-plant-construction-at-karachaganak-upstream-6681
//   (the investors "later raised the cost estimate to $6 billion")
// - https://en.inform.kz/amp/president-questions-the-future-of-gas-chemical-complex-in-atyrau_a3147921/
//   (the project's cost "has grown from 6 to 9 billion US dollars")
import { describe, expect, it } from 'vitest';
import { groupFacts } from '../../../shared/deals/group-facts.js';
import { linkBetween } from '../../../shared/deals/links.js';
import { memberOf } from '../../../shared/deals/member.js';
import { articleIdOf } from '../../../shared/pipeline/ids.js';
import type { Fact } from '../../../shared/schemas/index.js';
import { buildFact } from '../../helpers/builders.js';

const NOW = '2026-12-01T00:00:00.000Z';
const report = (url: string, day: string, over: Partial<Fact>) =>
  buildFact({ articleId: articleIdOf(url), sourceUrl: url, published: `${day}T09:00:00Z`, people: [], status: 'planned', ...over });
const member = (f: Fact) => memberOf(f, { outlet: null, amountUsd: f.amount?.value ?? null });
const usd = (value: number) => ({ value, currency: 'USD', qualifier: 'exact' as const });

const karachaganak = (url: string, day: string, value: number, evidence: string) => report(url, day, {
  type: 'project', amount: usd(value), countries: ['KZ'], organizations: ['Karachaganak Petroleum Operating'], sector: 'energy', evidence,
});

describe('revised sums', () => {
  it('join a report that raises the estimate to the earlier report', () => {
    const first = karachaganak('https://a.example/1', '2026-03-02', 4e9, 'Karachaganak Petroleum Operating will build a gas processing plant at the Karachaganak field for $4 billion.');
    const later = karachaganak('https://b.example/2', '2026-03-20', 6e9, 'Karachaganak Petroleum Operating later lifted its cost estimate for the gas processing plant at Karachaganak to $6 billion.');
    expect(linkBetween(member(first), member(later))?.reason).toBe('revision');
    const [deal, ...rest] = groupFacts([first, later], () => null, NOW);
    expect(rest).toEqual([]);
    // The newest revision gives the deal its sum.
    expect(deal?.amount?.value).toBe(6e9);
  });

  it('join a report whose cost "has grown from" the first figure', () => {
    const first = report('https://a.example/3', '2026-01-10', { type: 'project', amount: usd(6e9), countries: ['KZ'], organizations: ['Samruk-Kazyna'], evidence: 'Samruk-Kazyna is building the integrated gas chemical complex in Atyrau, estimated at $6 billion.' });
    const later = report('https://b.example/4', '2026-01-29', { type: 'project', amount: usd(9e9), countries: ['KZ'], organizations: ['Samruk-Kazyna'], evidence: 'The cost of Samruk-Kazyna’s integrated gas chemical complex in Atyrau has grown from 6 to 9 billion US dollars.' });
    expect(linkBetween(member(first), member(later))?.reason).toBe('revision');
  });

  it('keep apart a different sum without words of revision, or of another company', () => {
    const first = karachaganak('https://a.example/1', '2026-03-02', 4e9, 'Karachaganak Petroleum Operating will build a gas processing plant at the Karachaganak field for $4 billion.');
    const other = karachaganak('https://b.example/5', '2026-03-20', 6e9, 'Karachaganak Petroleum Operating will build a second gas processing plant at the Karachaganak field for $6 billion.');
    expect(linkBetween(member(first), member(other))).toBeNull();
    const elsewhere = report('https://b.example/6', '2026-03-20', { type: 'project', amount: usd(6e9), countries: ['KZ'], organizations: ['KazMunayGas'], evidence: 'KazMunayGas raised the cost estimate of its gas processing plant at Karachaganak to $6 billion.' });
    expect(linkBetween(member(first), member(elsewhere))).toBeNull();
  });
});
