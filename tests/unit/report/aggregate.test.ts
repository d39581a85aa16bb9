import { describe, expect, it } from 'vitest';
import { coverage, firstMention, largestDeals, monthRange, monthlyUsdByCountry, newestAgreements, outletContributions, OTHER, NO_COUNTRY, TOP_COUNTRIES } from '../../../shared/report/aggregate.js';
import { buildDeal, reportFixture } from '../../helpers/report-fixtures.js';

describe('monthlyUsdByCountry', () => {
  it('splits a two-country deal evenly, so a month adds up to its deals', () => {
    // Prepare
    const deals = [buildDeal({ day: '2026-03-05', amountUsd: 100e6, countries: ['KZ', 'CN'] }), buildDeal({ day: '2026-03-20', amountUsd: 10e6, countries: ['KZ'] })];
    // Act
    const { rows, series } = monthlyUsdByCountry(deals);
    // Assert
    expect(rows).toEqual([{ month: '2026-03', country: 'CN', usd: 50e6 }, { month: '2026-03', country: 'KZ', usd: 60e6 }]);
    expect(series).toEqual(['KZ', 'CN']);
  });

  it('merges the countries past the top ones into "other" and keeps deals without a country apart', () => {
    const codes = ['AZ', 'CN', 'GE', 'KG', 'KZ', 'RU', 'TJ', 'TM', 'TR', 'UZ'];
    const deals = codes.map((c, i) => buildDeal({ day: '2026-01-10', amountUsd: (i + 1) * 1e6, countries: [c] }));
    deals.push(buildDeal({ day: '2026-01-11', amountUsd: 5e6, countries: [] }));
    const { rows, series } = monthlyUsdByCountry(deals);
    expect(series).toHaveLength(TOP_COUNTRIES + 2);
    expect(series.slice(0, 2)).toEqual(['UZ', 'TR']);
    expect(series.slice(-2)).toEqual([OTHER, NO_COUNTRY]);
    // AZ (1) and CN (2) are the two smallest: merged.
    expect(rows.find((r) => r.country === OTHER)?.usd).toBe(3e6);
    expect(rows.find((r) => r.country === NO_COUNTRY)?.usd).toBe(5e6);
  });

  it('leaves out deals without a USD amount and lists every month between the first and the last', () => {
    const { rows, months } = monthlyUsdByCountry([buildDeal({ day: '2025-11-02' }), buildDeal({ day: '2026-02-02' }), buildDeal({ day: '2026-01-02', amountUsd: null })]);
    expect(rows.map((r) => r.month)).toEqual(['2025-11', '2026-02']);
    expect(months).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('gives no months for no data', () => {
    expect(monthRange([])).toEqual([]);
  });
});

describe('firstMention', () => {
  it('compares instants, not strings: 09:30+05:00 is earlier than 07:00+02:00', () => {
    const deal = buildDeal({ outlets: [['Trend', '2026-01-10T07:00:00+02:00'], ['Kun.uz', '2026-01-10T09:30:00+05:00'], ['Daryo', null]] });
    expect(firstMention(deal).outlet).toBe('Kun.uz');
  });

  it('puts undated mentions last whatever their order', () => {
    const deal = buildDeal({ outlets: [['Daryo', null], ['Trend', '2026-02-01T10:00:00+04:00']] });
    expect(firstMention(deal).outlet).toBe('Trend');
  });
});

describe('outletContributions', () => {
  it('counts articles, facts, deals mentioned and deals reported first per outlet', () => {
    // Prepare: the fixture (eight stories; Kun.uz has two facts from one article about one deal).
    const fx = reportFixture();
    // Act
    const rows = outletContributions({ generatedAt: '2026-06-30T00:00:00.000Z', ...fx });
    // Assert
    const by = Object.fromEntries(rows.map((r) => [r.outlet, r]));
    expect(by['Kun.uz']).toEqual({ outlet: 'Kun.uz', articles: 1, facts: 2, deals: 1, firstReported: 1 });
    expect(by['Kazinform']).toEqual({ outlet: 'Kazinform', articles: 2, facts: 2, deals: 2, firstReported: 1 });
    // Trend published the SOCAR-BOTAS memorandum at 15:55+04:00, before APA's 16:10+04:00.
    expect(by['Trend']).toEqual({ outlet: 'Trend', articles: 2, facts: 2, deals: 2, firstReported: 1 });
    expect(by['APA']?.firstReported).toBe(0);
    expect(rows.reduce((n, r) => n + r.firstReported, 0)).toBe(fx.deals.length);
    expect(rows[0]!.deals).toBeGreaterThanOrEqual(rows.at(-1)!.deals);
  });
});

describe('largestDeals and newestAgreements', () => {
  it('ranks by USD, leaving out deals without an amount', () => {
    const deals = [buildDeal({ tag: 'a', amountUsd: 5e6 }), buildDeal({ tag: 'b', amountUsd: null }), buildDeal({ tag: 'c', amountUsd: 9e9 }), buildDeal({ tag: 'd', amountUsd: 7e7 })];
    expect(largestDeals(deals, 2).map((d) => d.amountUsd)).toEqual([9e9, 7e7]);
  });

  it('counts a financing deal with an agreement mention as an agreement, newest first', () => {
    const deals = [
      buildDeal({ tag: 'old', type: 'agreement', day: '2026-01-01' }),
      buildDeal({ tag: 'loan', type: 'financing', day: '2026-03-01', mentionTypes: ['financing', 'agreement'], outlets: [['Trend', '2026-03-01T10:00:00+04:00'], ['APA', '2026-03-02T10:00:00+04:00']] }),
      buildDeal({ tag: 'trade', type: 'trade', day: '2026-04-01' }),
    ];
    expect(newestAgreements(deals, 10).map((d) => d.day)).toEqual(['2026-03-01', '2026-01-01']);
  });
});

describe('coverage', () => {
  it('counts what was read and the days it spans', () => {
    const fx = reportFixture();
    expect(coverage({ generatedAt: '2026-06-30T00:00:00.000Z', ...fx })).toEqual({
      articles: 17, outlets: 13, facts: 18, deals: 8, dealsWithUsd: 6, from: '2026-01-14', to: '2026-06-10',
    });
  });
});
