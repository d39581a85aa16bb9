import { describe, expect, it } from 'vitest';
import type { Trace } from '../../../shared/facts/explain.js';
import { auditArticle, tallyGates, type GoldFact } from '../../bench/gate-audit.js';

// A trace as --explain gives it, for a two-sentence article: one candidate merged away, one sum with no fact, one rule aside.
const trace = (): Trace => ({
  language: 'en',
  context: null,
  sentences: [
    { index: 0, paragraph: 0, basis: 'body', text: 'KfW will lend €40 million to Georgia for water pipes in Poti.', countries: ['DE', 'GE'], orgs: ['KfW'] },
    { index: 1, paragraph: 1, basis: 'body', text: 'Loans of €40 million from KfW and €40 million from the AFD will go to the energy sector.', countries: [], orgs: ['KfW', 'AFD'] },
  ],
  candidates: [
    { id: 0, rule: 'amount-financing-instrument', type: 'financing', amount: '€40 million', sentence: 0, fact: 0 },
    { id: 1, rule: 'amount-financing-instrument', type: 'financing', amount: '€40 million', sentence: 1, fact: null },
  ],
  events: [{ pass: 'restated-sums', id: 1, action: 'merged', into: 0, reason: 'restates the financing of sentence 0' }],
  skipped: [{ sentence: 1, rule: 'project-made-object', would: 1, reason: 'a sum of the sentence already prices its project' }],
  amounts: [{ sentence: 1, amount: '€40 million', reason: 'no cue types it' }],
  errors: [],
  facts: [],
});
const financing = (countries: string[], organizations: string[], evidence: string): GoldFact => ({ type: 'financing', amount: { value: 4e7, currency: 'EUR' }, countries, organizations, evidence });

describe('gate audit', () => {
  it('says a gate lost a fact when a missed gold fact of its sentence has its type and sum, and was right otherwise', () => {
    const t = trace();
    const printed = [{ type: 'financing', amount: { value: 4e7, currency: 'EUR' }, countries: ['GE', 'DE'], organizations: ['KfW'] }];
    const gold = [
      financing(['GE', 'DE'], ['KfW'], t.sentences[0]!.text),
      financing(['GE', 'FR'], ['AFD'], t.sentences[1]!.text),
    ];
    const outcomes = auditArticle('a', t, printed, gold);
    expect(outcomes.map((o) => [o.kind, o.gate, o.lost])).toEqual([
      ['candidate', 'restated-sums merged: restates the financing of sentence N', true],
      // The rule that stood aside would have made a project; the missed fact is a loan.
      ['rule stood aside', 'project-made-object: a sum of the sentence already prices its project', false],
      ['sum', 'no cue types it', true],
    ]);
    // With the AFD loan printed too, nothing of the sentence is missed and every gate was right.
    const all = auditArticle('a', t, [...printed, { type: 'financing', amount: { value: 4e7, currency: 'EUR' }, countries: ['FR'], organizations: ['AFD'] }], gold);
    expect(all.every((o) => !o.lost)).toBe(true);
  });

  it('pools outcomes by gate, the gates that lose most first', () => {
    const tallies = tallyGates([
      { kind: 'sum', gate: 'below deal size', lost: false, example: 'x' },
      { kind: 'sum', gate: 'no cue types it', lost: true, example: 'y' },
      { kind: 'sum', gate: 'below deal size', lost: false, example: 'z' },
    ]);
    expect(tallies.map((t) => [t.gate, t.lost, t.right])).toEqual([['no cue types it', 1, 0], ['below deal size', 0, 2]]);
  });
});
