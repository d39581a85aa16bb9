// The load benchmark's verdicts (load-check.ts), on made-up states and logs: the bench itself takes
// two minutes and runs outside the suite, so what makes it say FAILED is tested here.
import { describe, expect, it } from 'vitest';
import { compareStates, pacingOf, type EndState, type StoredState } from './load-check.js';
import type { LoadRequest } from './load-site.js';

const expected: EndState = {
  articles: new Map([['a1', 'http://h/1'], ['a2', 'http://h/2']]),
  facts: new Map([['f1', 'one'], ['f2', 'two']]),
  // f1 and f2 are one deal that deserves an alert; f3 a deal that does not.
  deals: new Map([['f1 f2', true], ['f3', false]]),
};
const clean = (): StoredState => ({
  articleItems: ['a1', 'a2'], articleBlobs: ['a1', 'a2'], rawBlobs: ['a1', 'a2'],
  facts: new Map([['f1', 'one'], ['f2', 'two']]), deals: [{ key: 'f1 f2', told: 'x2' }, { key: 'f3', told: null }],
  alertLines: ['x1', 'x2'], pendingAlerts: 0, openWork: 0,
});

describe('compareStates', () => {
  it('finds nothing wrong with a state equal to the expected one', () => {
    expect(compareStates(expected, clean())).toEqual([]);
  });

  it.each([
    ['a lost fact', (s: StoredState) => s.facts.delete('f2'), 'facts: 1 of 2 missing'],
    ['a fact nobody expected', (s: StoredState) => s.facts.set('f3', 'three'), 'facts: 1 not expected'],
    ['a fact unlike the extractor\'s', (s: StoredState) => s.facts.set('f1', 'other'), 'facts: 1 stored with other content than the extractor gives'],
    ['an article under two days', (s: StoredState) => s.articleBlobs.push('a1'), 'articles (S3 articles/): 1 stored more than once'],
    ['a lost raw page', (s: StoredState) => s.rawBlobs.pop(), 'raw pages (S3 raw/): 1 of 2 missing'],
    ['an alert written twice', (s: StoredState) => s.alertLines.push('x2'), 'alerts (alerts.jsonl): 1 stored more than once'],
    ['a deal split in two', (s: StoredState) => s.deals.splice(0, 1, { key: 'f1', told: 'x1' }, { key: 'f2', told: 'x2' }), ['deals: 1 of 2 missing', 'deals: 2 not expected']],
    ['a deal stored twice', (s: StoredState) => s.deals.push({ key: 'f3', told: null }), 'deals: 1 stored more than once'],
    ['a deal that deserves an alert never told', (s: StoredState) => { s.deals[0]!.told = null; }, 'deals: 1 of 1 that deserve an alert never told one'],
    ['a deal told an alert the sink never got', (s: StoredState) => { s.alertLines = ['x1']; }, 'deals: 1 told an alert that alerts.jsonl does not hold'],
    ['an alert still pending', (s: StoredState) => { s.pendingAlerts = 1; }, 'alerts: 1 still pending in the outbox'],
    ['work left open', (s: StoredState) => { s.openWork = 2; }, 'work: 2 claims still open'],
  ])('names %s', (_name, spoil, problem) => {
    // Prepare
    const stored = clean();
    spoil(stored);
    // Act, Assert
    expect(compareStates(expected, stored)).toEqual([problem].flat());
  });
});

describe('pacingOf', () => {
  const req = (host: string, at: number, lateBy = 0.5): LoadRequest => ({ host, path: `/${at}`, at, lateBy, status: 200 });

  it('measures gaps per host, never across hosts', () => {
    const pacing = pacingOf([req('a', 0), req('b', 1), req('a', 50), req('b', 52)], 50);
    expect(pacing.minGapMs).toBe(50);
    expect(pacing.short).toEqual([]);
  });

  it('calls a short gap a breach unless the site was late enough in accepting the first request to explain it', () => {
    // Prepare: a (10 ms gap, site prompt) is a breach; b (10 ms gap, site 45 ms late) is explained.
    const log = [req('a', 0), req('a', 10), req('b', 100, 45), req('b', 110)];
    // Act
    const pacing = pacingOf(log, 50);
    // Assert
    expect(pacing.short.map((g) => [g.host, g.gapMs, g.explained])).toEqual([['a', 10, false], ['b', 10, true]]);
  });
});
