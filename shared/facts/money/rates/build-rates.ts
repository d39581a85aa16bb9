/**
 * Combines the two sources into the rates table: per currency and month the IMF's month-end figure,
 * and where the IMF has none (months after its last release, currencies it does not report) the
 * daily API's figure for the month's last published day. No month is filled in from its neighbours:
 * a month neither source gives stays out of the table, and the segments say which source gave what.
 */
import type { DailyFigures } from './daily-api.js';
import { addMonths, monthsBetween, RatesFileSchema, type CurrencyRates, type Month, type RateSourceKey, type RatesFile, type Segment } from './rates-file.js';

/** Figures are kept to 6 significant digits: far finer than any amount in the news, and a third of the file. */
const SIGNIFICANT_DIGITS = 6;
const round = (n: number): number => Number(n.toPrecision(SIGNIFICANT_DIGITS));

export const SOURCE_TEXTS = {
  imf: {
    name: 'International Monetary Fund, International Financial Statistics (exchange rates), republished by Code for IATI',
    measure: 'domestic currency per US dollar, end of period (month-end), IMF indicator ENDE_XDC_USD_RATE',
    url: 'https://codeforiati.org/imf-exchangerates/imf_exchangerates.csv',
    terms: 'Source: International Monetary Fund. IMF data may be reused with attribution (https://www.imf.org/external/terms.htm); the republication is MIT-licensed (https://github.com/codeforIATI/imf-exchangerates).',
  },
  fawazahmed0: {
    name: 'fawazahmed0 Free Currency Exchange Rates API (npm package @fawazahmed0/currency-api, one version per day)',
    measure: 'units per US dollar on the last published day of the month (see days)',
    url: 'https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@{version}/v1/currencies/usd.json',
    terms: 'No licence is stated in the npm package or the project README (https://github.com/fawazahmed0/exchange-api), which offers the API free of charge with no rate limits.',
  },
} as const;

export interface BuildInput {
  currencies: readonly string[];
  since: Month;
  imf: Map<string, Map<Month, number>>;
  daily: Map<Month, DailyFigures>;
  retrieved: string;
  /** How each source's figures reached us, when not from its URL. */
  via?: Partial<Record<RateSourceKey, string>>;
}

/** Runs of consecutive months from one source. */
function segmentsOf(bySource: ReadonlyArray<readonly [Month, RateSourceKey]>): Segment[] {
  const segments: Segment[] = [];
  for (const [month, source] of bySource) {
    const last = segments.at(-1);
    if (last && last.source === source && monthsBetween(last.to, month) === 1) last.to = month;
    else segments.push({ source, from: month, to: month });
  }
  return segments;
}

function ratesOf(currency: string, input: BuildInput, lastMonth: Month): CurrencyRates | null {
  const picked: Array<readonly [Month, RateSourceKey, number]> = [];
  for (let month = input.since; month <= lastMonth; month = addMonths(month, 1)) {
    const imf = input.imf.get(currency)?.get(month);
    const daily = input.daily.get(month)?.unitsPerUsd.get(currency);
    if (imf !== undefined) picked.push([month, 'imf', imf]);
    else if (daily !== undefined) picked.push([month, 'fawazahmed0', daily]);
  }
  const [first] = picked;
  const last = picked.at(-1);
  if (!first || !last) return null;
  return {
    range: [first[0], last[0]],
    segments: segmentsOf(picked.map(([m, s]) => [m, s] as const)),
    unitsPerUsd: Object.fromEntries(picked.map(([m, , rate]) => [m, round(rate)])),
  };
}

/** The rates table, checked against its schema; currencies neither source gives are listed in `missing`. */
export function buildRates(input: BuildInput): { file: RatesFile; missing: string[] } {
  const months = [...input.daily.keys(), ...[...input.imf.values()].flatMap((m) => [...m.keys()])].sort();
  const lastMonth = months.at(-1) ?? input.since;
  const currencies: Record<string, CurrencyRates> = {};
  const missing: string[] = [];
  for (const currency of [...input.currencies].sort()) {
    const rates = ratesOf(currency, input, lastMonth);
    if (rates) currencies[currency] = rates;
    else missing.push(currency);
  }
  const usedDays = new Set(Object.values(currencies).flatMap((c) => c.segments.filter((s) => s.source === 'fawazahmed0').flatMap((s) => {
    const out: Month[] = [];
    for (let m = s.from; m <= s.to; m = addMonths(m, 1)) out.push(m);
    return out;
  })));
  const days = Object.fromEntries([...input.daily].filter(([m]) => usedDays.has(m)).map(([m, f]) => [m, f.day]));
  const file = RatesFileSchema.parse({
    note: 'Units of each currency per US dollar by month (divide an amount by the figure for US dollars). Each month is the IMF month-end figure where the IMF has one, else the daily API figure of the month\'s last published day; a month with neither is absent, never filled in. Written by `npm run rates -- refresh`.',
    sources: {
      imf: { ...SOURCE_TEXTS.imf, retrieved: input.retrieved, ...(input.via?.imf ? { via: input.via.imf } : {}) },
      fawazahmed0: { ...SOURCE_TEXTS.fawazahmed0, retrieved: input.retrieved, ...(input.via?.fawazahmed0 ? { via: input.via.fawazahmed0 } : {}), days },
    },
    currencies,
  });
  return { file, missing };
}
