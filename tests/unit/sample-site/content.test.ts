import { describe, expect, it } from 'vitest';
import { FACT_TYPES } from '../../../shared/schemas/index.js';
import {
  ENGLISH_OUTLETS, SAMPLE_ARTICLES, SAMPLE_EXPECTED_DEALS, SAMPLE_OUTLETS, SAMPLE_OUTLET_LANGUAGE, SampleArticleSchema, articlePath,
} from '../../../shared/local/sample-site/index.js';
import { articleLanguage } from '../../../shared/facts/extract-facts.js';

const text = (a: (typeof SAMPLE_ARTICLES)[number]): string => [a.title, ...a.paragraphs].join('\n');

describe('sample-site content', () => {
  it('has at least 18 articles, at least 6 per outlet, each valid and at a distinct path', () => {
    expect(SAMPLE_ARTICLES.length).toBeGreaterThanOrEqual(18);
    for (const outlet of SAMPLE_OUTLETS) {
      expect(SAMPLE_ARTICLES.filter((a) => a.outlet === outlet).length, outlet).toBeGreaterThanOrEqual(6);
    }
    for (const a of SAMPLE_ARTICLES) expect(() => SampleArticleSchema.parse(a), a.id).not.toThrow();
    expect(new Set(SAMPLE_ARTICLES.map(articlePath)).size).toBe(SAMPLE_ARTICLES.length);
  });

  it('covers all five fact types and has at least 3 articles with none', () => {
    const types = new Set(SAMPLE_ARTICLES.flatMap((a) => a.expectedFacts.map((f) => f.type)));
    expect([...types].sort()).toEqual([...FACT_TYPES].sort());
    expect(SAMPLE_ARTICLES.filter((a) => a.expectedFacts.length === 0).length).toBeGreaterThanOrEqual(3);
  });

  it('states amounts in several currencies, and most fact articles name several organisations', () => {
    const currencies = new Set(SAMPLE_ARTICLES.flatMap((a) => a.expectedFacts.flatMap((f) => (f.amount ? [f.amount.currency] : []))));
    for (const c of ['USD', 'EUR', 'CNY', 'UZS', 'KZT', 'AZN']) expect(currencies, c).toContain(c);
    const withFacts = SAMPLE_ARTICLES.filter((a) => a.expectedFacts.length > 0);
    const multiOrg = withFacts.filter((a) => new Set(a.expectedFacts.flatMap((f) => f.organizations)).size >= 2);
    expect(multiOrg.length).toBeGreaterThanOrEqual(withFacts.length / 2);
  });

  it('names every expected organisation in the article text, so a reader could find it', () => {
    for (const a of SAMPLE_ARTICLES) {
      for (const org of a.expectedFacts.flatMap((f) => f.organizations)) {
        expect(text(a).toLowerCase(), `${a.id}: ${org}`).toContain(org.toLowerCase());
      }
    }
  });

  it('gives Trend bodies a dateline and ", Trend reports." and has exactly one paywall shell with an amount in its title', () => {
    const trend = SAMPLE_ARTICLES.filter((a) => a.outlet === 'trend');
    for (const a of trend.filter((t) => !t.paywall)) {
      expect(a.paragraphs[0], a.id).toMatch(/^[A-Z]+, [A-Z][a-z]+, [A-Z][a-z]+ \d{1,2}\. .*, Trend reports\./);
    }
    const shells = SAMPLE_ARTICLES.filter((a) => a.paywall);
    expect(shells).toHaveLength(1);
    expect(shells[0]?.outlet).toBe('trend');
    expect(shells[0]?.title).toMatch(/€\d+ million/);
    expect(shells[0]?.expectedFacts.length).toBeGreaterThan(0);
  });

  it('keeps publication dates in November 2026 with the outlet offset', () => {
    const offsets = { trend: '+04:00', kun: '+05:00', astana: '+05:00', 'kun-ru': '+05:00' } as const;
    for (const a of SAMPLE_ARTICLES) {
      expect(a.published.startsWith('2026-11-'), a.id).toBe(true);
      expect(a.published.endsWith(offsets[a.outlet]), a.id).toBe(true);
    }
  });

  it('has a Russian outlet of Russian stories with a Kun.uz dateline, one of them with no facts', () => {
    expect(SAMPLE_OUTLETS.filter((o) => SAMPLE_OUTLET_LANGUAGE[o] === 'ru')).toEqual(['kun-ru']);
    expect([...ENGLISH_OUTLETS].sort()).toEqual(SAMPLE_OUTLETS.filter((o) => SAMPLE_OUTLET_LANGUAGE[o] === 'en').sort());
    const russian = SAMPLE_ARTICLES.filter((a) => a.outlet === 'kun-ru');
    expect(russian.length).toBeGreaterThanOrEqual(4);
    for (const a of russian) {
      // «ТАШКЕНТ, 19 ноя — Kun.uz.» with the day of publication.
      expect(a.paragraphs[0], a.id).toMatch(new RegExp(`^[А-ЯЁ]+, ${Number(a.published.slice(8, 10))} ноя — Kun\\.uz\\. `));
      // The extractor reads it as Russian from the text alone, without the page's declaration.
      expect(articleLanguage({ title: a.title, paragraphs: a.paragraphs, description: a.summary, language: null }), a.id).toBe('ru');
    }
    expect(russian.filter((a) => a.expectedFacts.length === 0)).toHaveLength(1);
  });

  it('has the Russian outlet report a deal that an English outlet of another name reports too', () => {
    const bilingual = SAMPLE_EXPECTED_DEALS.filter((d) => new Set(d.mentions.map((m) => SAMPLE_OUTLET_LANGUAGE[m.outlet])).size > 1);
    expect(bilingual.map((d) => d.name)).toEqual(['adb-karakalpakstan-water-loan']);
    const outlets = new Set(bilingual[0]!.mentions.map((m) => m.outlet));
    expect(outlets.has('kun-ru') && (outlets.has('trend') || outlets.has('astana'))).toBe(true);
  });
});
