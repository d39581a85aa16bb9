// The sample site's deal data (issues 12 and 13): the events several outlets report, the near misses
// and the revised amount are really in the text, and the rule extractor really finds each listed fact,
// so a deal grouping test built on this data fails only for the grouping.
import { describe, expect, it } from 'vitest';
import {
  SAMPLE_ARTICLES,
  SAMPLE_EXPECTED_DEALS,
  SAMPLE_NEAR_MISSES,
  resolveMention,
  type ExpectedDeal,
  type ResolvedMention,
} from '../../../shared/local/sample-site/index.js';
import { evalText } from '../../../shared/local/sample-site/export-eval.js';
import { parseTxt } from '../../../shared/local/cli/parse-txt.js';
import { distinctFacts } from '../../../shared/pipeline/article-facts.js';

const deal = (name: string): ExpectedDeal => SAMPLE_EXPECTED_DEALS.find((d) => d.name === name)!;
const multi = SAMPLE_EXPECTED_DEALS.filter((d) => d.kind === 'multi-outlet');
const DAY_MS = 86_400_000;

describe('sample-site expected deals', () => {
  it('lists at least three events reported by two or more outlets, one revised amount and a near miss', () => {
    expect(multi.length).toBeGreaterThanOrEqual(3);
    for (const d of multi) expect(new Set(d.mentions.map((m) => m.outlet)).size, d.name).toBeGreaterThanOrEqual(2);
    expect(SAMPLE_EXPECTED_DEALS.filter((d) => d.kind === 'revised')).toHaveLength(1);
    expect(SAMPLE_NEAR_MISSES.length).toBeGreaterThanOrEqual(1);
  });

  it('varies rounding, currency, naming, fact types and dates between the outlets of an event', () => {
    const amounts = (d: ExpectedDeal) => new Set(d.mentions.map((m) => m.amount && `${m.amount.currency} ${m.amount.value}`));
    const currencies = (d: ExpectedDeal) => new Set(d.mentions.map((m) => m.amount?.currency));
    expect(multi.some((d) => currencies(d).size === 1 && amounts(d).size > 1), 'rounding').toBe(true);
    expect(multi.some((d) => currencies(d).size > 1), 'currency').toBe(true);
    // Naming: the lender is written differently in different outlets ("Asian Development Bank" / "ADB").
    const adb = deal('adb-karakalpakstan-water-loan').mentions.map(resolveMention);
    expect(new Set(adb.flatMap((m) => m.fact.organizations)).size).toBeGreaterThan(1);
    // A signed loan agreement in one outlet (agreement + financing), a loan alone in another.
    const typesByArticle = new Map<string, Set<string>>();
    for (const m of adb) typesByArticle.set(m.path, (typesByArticle.get(m.path) ?? new Set()).add(m.ref.type));
    expect([...typesByArticle.values()].map((t) => [...t].sort().join('+')).sort()).toEqual(['agreement+financing', 'agreement+financing', 'agreement+financing', 'financing']);
    for (const d of multi) {
      const times = d.mentions.map((m) => Date.parse(resolveMention(m).article.published));
      const spread = Math.max(...times) - Math.min(...times);
      expect(spread, d.name).toBeGreaterThan(0);
      expect(spread, d.name).toBeLessThanOrEqual(2 * DAY_MS);
    }
  });

  it('revises an amount in a later item of the same outlet', () => {
    const [first, later] = SAMPLE_EXPECTED_DEALS.find((d) => d.kind === 'revised')!.mentions.map(resolveMention);
    expect(first!.article.outlet).toBe(later!.article.outlet);
    expect(Date.parse(later!.article.published)).toBeGreaterThan(Date.parse(first!.article.published));
    expect(later!.fact.amount!.value).not.toBe(first!.fact.amount!.value);
    expect(later!.article.paragraphs[0]).toMatch(/revised to/);
  });

  it('keeps each near miss to the same party and type, with a different amount or borrower', () => {
    const text = (m: ResolvedMention) => [m.article.title, ...m.article.paragraphs].join('\n');
    for (const miss of SAMPLE_NEAR_MISSES) {
      const [a, b] = miss.deals.map((name) => deal(name).mentions.map(resolveMention).filter((m) => m.ref.type === miss.shared.type));
      // Whole words in any script: \b knows only ASCII letters, so "АБР" is bounded by \p{L} lookarounds.
      const party = new RegExp(`(?<!\\p{L})(?:${miss.shared.party.join('|')})(?!\\p{L})`, 'u');
      for (const m of [...a!, ...b!]) expect(text(m), `${miss.deals.join(' / ')}: ${m.article.id}`).toMatch(party);
      const key = (m: ResolvedMention) => `${m.fact.countries.join(',')} ${m.fact.amount?.currency} ${m.fact.amount?.value}`;
      expect(a!.length * b!.length, miss.why).toBeGreaterThan(0);
      expect(a!.some((m) => b!.some((n) => key(m) === key(n))), miss.why).toBe(false);
    }
  });

  it('is found by the rule extractor: every listed fact, with its type, amount, countries and organisations', () => {
    for (const d of SAMPLE_EXPECTED_DEALS) {
      for (const m of d.mentions.map(resolveMention)) {
        const facts = distinctFacts(parseTxt(evalText(m.article)), m.article.id).map((f) => f.fact);
        const label = `${d.name}: ${m.article.outlet}:${m.article.id} ${m.ref.type}`;
        const found = facts.filter((f) => f.type === m.ref.type && f.amount?.value === m.ref.amount?.value && f.amount?.currency === m.ref.amount?.currency);
        expect(found, label).toHaveLength(1);
        expect([...found[0]!.countries].sort(), label).toEqual([...m.fact.countries].sort());
        const names = found[0]!.organizations.join(' | ').toLowerCase();
        for (const org of m.fact.organizations) {
          // "ADB" in the text is printed as "Asian Development Bank (ADB)": either form matches (FACTS.md).
          expect(names.includes(org.toLowerCase()), `${label}: ${org} in ${names}`).toBe(true);
        }
      }
    }
  });

  it('names an unknown article or an ambiguous fact clearly', () => {
    expect(() => resolveMention({ outlet: 'kun', id: 'nope', type: 'financing', amount: null })).toThrow(/kun:nope financing no amount: no such sample article/);
    expect(() => resolveMention({ outlet: 'trend', id: '4103388', type: 'financing', amount: { value: 1, currency: 'USD' } })).toThrow(/0 expected facts match, not 1/);
    expect(SAMPLE_ARTICLES.some((a) => a.id === '4103388')).toBe(true);
  });
});
