import { describe, expect, it } from 'vitest';
import { runExtraction } from '../../../shared/facts/extract-facts.js';
import { explainFacts } from '../../../shared/facts/explain.js';
import { ARTICLE_PASSES, runPasses, type Draft } from '../../../shared/facts/passes/index.js';
import { PASS_CORPORA } from '../../corpora/passes/index.js';

const summary = (facts: ReturnType<typeof runExtraction>): string[] => facts.map((f) => `${f.type} ${f.amount?.value ?? '-'}`).sort();

describe('article passes', () => {
  it('has one corpus per pass, in the order the passes run', () => {
    expect(PASS_CORPORA.map((c) => c.pass)).toEqual(ARTICLE_PASSES.map((p) => p.name));
  });

  for (const corpus of PASS_CORPORA) {
    const pass = ARTICLE_PASSES.find((p) => p.name === corpus.pass);
    describe(corpus.pass, () => {
      it('has cases where it acts and a case where it must not', () => {
        expect(corpus.cases.filter((c) => c.acts).length).toBeGreaterThanOrEqual(2);
        expect(corpus.cases.some((c) => !c.acts)).toBe(true);
      });
      it.each(corpus.cases.map((c) => [c.note, c] as const))('%s', (_note, c) => {
        const input = { title: '', paragraphs: c.paragraphs };
        const facts = runExtraction(input);
        expect(summary(facts)).toEqual([...c.facts].sort());
        // The pass acts when the article's facts without it differ from those with it.
        const without = runExtraction(input, undefined, ARTICLE_PASSES.filter((p) => p !== pass));
        expect(JSON.stringify(without) !== JSON.stringify(facts)).toBe(c.acts);
      });
    });
  }

  it('explains every candidate a pass removes, and never changes the drafts it is given', () => {
    const t = explainFacts({
      title: '',
      paragraphs: ['The ADB approved $80 million to rehabilitate the Dushanbe-Kulma highway. Under the project, 47 km of road will be widened by Chinese contractor Road and Bridge Corporation.'],
    });
    const removed = t.candidates.filter((c) => c.fact === null);
    expect(removed.length).toBeGreaterThan(0);
    for (const c of removed) {
      const e = t.events.find((x) => x.id === c.id);
      expect(e?.reason).toMatch(/\w/);
      expect(e?.reason).not.toBe('no reason given');
    }

    const sentence = { index: 0, text: 'x', paragraph: 0, start: 0, basis: 'body' as const, amounts: [], countries: [], countryMentions: [], orgs: [] };
    const fact = { type: 'trade' as const, status: null, amount: { value: 1e9, currency: 'USD', qualifier: 'exact' as const }, countries: ['KZ', 'CN'], organizations: [], people: [], sector: null, location: null, period: null, evidence: 'x', confidence: 0.7, rule: 'r', basis: 'body' as const, extractor: 'rules' as const };
    const drafts: Draft[] = [
      { id: 0, fact, sentence },
      { id: 1, fact: { ...fact, countries: ['KZ', 'UZ'] }, sentence: { ...sentence, index: 1 } },
    ];
    const before = JSON.stringify(drafts);
    const events: Parameters<typeof runPasses>[2] = [];
    const out = runPasses(drafts, ['x'], events);
    expect(out.map((d) => d.id)).toEqual([0]);
    expect(events).toEqual([{ pass: 'restated-sums', id: 1, action: 'merged', into: 0, reason: 'restates the trade of sentence 0' }]);
    expect(JSON.stringify(drafts)).toBe(before);
  });

  it('reports a pass that removes a draft without saying why', () => {
    const sentence = { index: 0, text: 'x', paragraph: 0, start: 0, basis: 'body' as const, amounts: [], countries: [], countryMentions: [], orgs: [] };
    const fact = { type: 'trade' as const, status: null, amount: null, countries: [], organizations: [], people: [], sector: null, location: null, period: null, evidence: 'x', confidence: 0.7, rule: 'r', basis: 'body' as const, extractor: 'rules' as const };
    const events: Parameters<typeof runPasses>[2] = [];
    runPasses([{ id: 7, fact, sentence }], [], events, [{ name: 'silent', does: 'drops all', run: () => [] }]);
    expect(events).toEqual([{ pass: 'silent', id: 7, action: 'dropped', reason: 'no reason given' }]);
  });
});
