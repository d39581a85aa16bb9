import { describe, expect, it } from 'vitest';
import { amountInUsd, MAX_STALE_MONTHS, rateRanges, unitsPerUsd } from '../../../shared/facts/money/usd.js';
import { loadRatesTable, RatesTableError } from '../../../shared/facts/money/rates/rates-table.js';
import { RATE_CURRENCIES } from '../../../shared/facts/money/rates/refresh.js';

// The figures below are the table's own (IMF month-end units per USD), so each line can be checked in the file.
const money = (value: number, currency: string) => ({ value, currency });

describe('amounts in US dollars at the rate of the publication month', () => {
  it.each([
    // Kazakhstan's tenge: devalued in February 2014 (155.5 -> 184.08) and floated in August 2015 (187.45 -> 237.66).
    ['KZT', '2014-01-20T09:00:00+06:00', 1e9, 6_430_868],
    ['KZT', '2014-02-20T09:00:00+06:00', 1e9, 5_432_421],
    ['KZT', '2015-07-15T09:00:00+06:00', 1e9, 5_334_756],
    ['KZT', '2015-08-25T09:00:00+06:00', 1e9, 4_207_692],
    // Uzbekistan's soum, liberalised in September 2017 (4210.35 -> 8066.96).
    ['UZS', '2017-08-10T12:00:00+05:00', 1e12, 237_509_946],
    ['UZS', '2017-09-10T12:00:00+05:00', 1e12, 123_962_434],
    // The rouble in 2014-2015 (33.6306 in June 2014, 68.9291 in January 2015).
    ['RUB', '2014-06-30T10:00:00Z', 1e9, 29_734_825],
    ['RUB', '2015-01-15T10:00:00Z', 1e9, 14_507_661],
    // The euro: IMF in July 2008, fawazahmed0 on 2026-09-29.
    ['EUR', '2008-07-01T00:00:00Z', 1e8, 156_109_989],
    ['EUR', '2026-09-05T00:00:00Z', 1e8, 113_607_187],
    // Turkmenistan's manat from the daily API, the only source with it (from March 2024).
    ['TMT', '2024-03-28T00:00:00Z', 1e8, 28_621_721],
    // The IMF's special drawing right (XDR, written "SDR"): 0.723157 per dollar at the end of 2019 (IMF), 0.735366 on 2026-09-29.
    ['XDR', '2019-12-20T00:00:00Z', 1e8, 138_282_558],
    ['XDR', '2026-09-29T00:00:00Z', 1.288e8, 175_150_877],
  ])('%s on %s: %d -> %d USD', (currency, published, value, usd) => {
    expect(amountInUsd(money(value, currency), published)).toBe(usd);
  });

  it('prefers the dollar figure the article gives beside the amount', () => {
    expect(amountInUsd({ value: 350e6, currency: 'CNY', converted: { value: 54e6, currency: 'USD' } }, '2015-01-01T00:00:00Z')).toBe(54e6);
    // A conversion into another currency is no dollar figure: the rate is used.
    expect(amountInUsd({ value: 1e9, currency: 'KZT', converted: { value: 5e6, currency: 'EUR' } }, '2014-02-20T00:00:00Z')).toBe(5_432_421);
  });

  it('gives dollars as they are and null for no amount or an unknown currency', () => {
    expect(amountInUsd(money(1e6, 'USD'), '2010-01-01T00:00:00Z')).toBe(1e6);
    expect(amountInUsd(money(5, 'XXX'), '2010-01-01T00:00:00Z')).toBeNull();
    expect(amountInUsd(null, '2010-01-01T00:00:00Z')).toBeNull();
  });

  it('takes the month in UTC, as facts are filed by day', () => {
    // 1 March 2014 at 03:00 in Almaty is still February in UTC.
    expect(amountInUsd(money(1e9, 'KZT'), '2014-03-01T03:00:00+06:00')).toBe(5_432_421);
  });
});

describe('months outside a currency\'s figures', () => {
  it('uses the newest month for no date and for months after the table', () => {
    expect(unitsPerUsd('UZS')).toBe(11792.2);
    expect(amountInUsd(money(1e9, 'UZS'), null)).toBe(84_802);
    expect(amountInUsd(money(1e9, 'UZS'), '2027-03-01T00:00:00Z')).toBe(84_802);
  });

  it('gives null before a currency\'s first month', () => {
    // The IMF has no soum figures for 2001-2012 and the daily API starts in 2024.
    expect(rateRanges().UZS?.[0]).toBe('2013-01');
    expect(amountInUsd(money(1e12, 'UZS'), '2012-06-01T00:00:00Z')).toBeNull();
    expect(amountInUsd(money(1e8, 'TMT'), '2020-06-01T00:00:00Z')).toBeNull();
    expect(amountInUsd(money(1e8, 'EUR'), '2007-12-31T00:00:00Z')).toBeNull();
  });

  it(`fills a gap of at most ${MAX_STALE_MONTHS} months with the newest earlier figure, and a longer one not at all`, () => {
    // No source gives August 2024 for the rouble: July's 87.0299 stands for it.
    expect(amountInUsd(money(1e9, 'RUB'), '2024-08-15T00:00:00Z')).toBe(11_490_304);
    // The afghani: IMF to May 2021, the daily API from March 2024.
    expect(amountInUsd(money(1e8, 'AFN'), '2021-08-15T00:00:00Z')).toBe(1_287_747);
    expect(amountInUsd(money(1e8, 'AFN'), '2021-09-15T00:00:00Z')).toBeNull();
  });
});

describe('the shipped table', () => {
  const file = loadRatesTable();

  it('has every currency the extractor can name, from a named source each month', () => {
    expect(Object.keys(file.currencies).sort()).toEqual([...RATE_CURRENCIES].sort());
    for (const [code, rates] of Object.entries(file.currencies)) {
      expect(rates.range[1] >= '2026-09', `${code} ends ${rates.range[1]}`).toBe(true);
      for (const s of rates.segments) expect(file.sources[s.source].name.length, `${code} ${s.source}`).toBeGreaterThan(0);
    }
  });

  it('records the day that stands for each month taken from the daily API', () => {
    const days = file.sources.fawazahmed0.days ?? {};
    const dailyMonths = Object.values(file.currencies).flatMap((c) => c.segments.filter((s) => s.source === 'fawazahmed0').map((s) => s.from));
    for (const month of dailyMonths) expect(days[month]?.slice(0, 7), month).toBe(month);
  });

  it('names the file when it is missing or malformed', () => {
    expect(() => loadRatesTable('/nonexistent/usd-rates.json')).toThrow(RatesTableError);
    expect(() => loadRatesTable('/nonexistent/usd-rates.json')).toThrow(/the US dollar rates table \/nonexistent\/usd-rates.json cannot be read/);
    expect(() => loadRatesTable(new URL('../../../package.json', import.meta.url).pathname)).toThrow(/is malformed: note:/);
  });
});
