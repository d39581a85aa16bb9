import { describe, expect, it } from 'vitest';
import { articleIdOf, factIdOf } from '../../../shared/pipeline/ids.js';
import { ExtractedFactSchema } from '../../../shared/schemas/index.js';

const fact = ExtractedFactSchema.parse({
  type: 'trade', status: 'completed', amount: { value: 1.3e10, currency: 'USD', qualifier: 'over' }, countries: ['AZ', 'GE'],
  organizations: [], evidence: 'Trade between Azerbaijan and Georgia exceeded $13 billion.', confidence: 0.8, rule: 'trade.volume',
});

describe('deterministic ids', () => {
  it('gives one article id per canonical URL', () => {
    expect(articleIdOf('https://trend.az/casia/4213174.html')).toBe(articleIdOf('https://trend.az/casia/4213174.html'));
    expect(articleIdOf('https://trend.az/casia/4213174.html')).not.toBe(articleIdOf('https://trend.az/casia/4213175.html'));
    expect(articleIdOf('https://a.test/x')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keeps a fact id when only confidence, rule or organisations change, and not when the content does', () => {
    const a = articleIdOf('https://a.test/x');
    const id = factIdOf(a, fact);
    expect(factIdOf(a, { ...fact, confidence: 0.5, rule: 'other', organizations: ['X'] })).toBe(id);
    expect(factIdOf(a, { ...fact, countries: ['GE', 'AZ'] })).toBe(id);
    expect(factIdOf(a, { ...fact, amount: { ...fact.amount!, value: 1.4e10 } })).not.toBe(id);
    expect(factIdOf(a, { ...fact, countries: ['AZ', 'TR'] })).not.toBe(id);
    expect(factIdOf(articleIdOf('https://a.test/y'), fact)).not.toBe(id);
  });
});
