/**
 * Amounts in US dollars, for every user: the stored fact's `amountUsd`, alert thresholds and SNS
 * filter attributes, the extractor's size checks. One table (rates/usd-rates.json, monthly figures
 * from the IMF and fawazahmed0's currency API, refreshed by `npm run rates -- refresh`) and one rule
 * for picking a month's figure, so an alert and the stored fact never disagree.
 */
import type { Amount } from '../../schemas/fact.js';
import { addMonths, type CurrencyRates, type Month } from './rates/rates-file.js';
import { loadRatesTable } from './rates/rates-table.js';

// Read once, at module load: a process whose table is missing or malformed fails at its cold start, not on its first amount.
const RATES = loadRatesTable();

/**
 * A month inside a currency's range that neither source gives (RUB 2024-08, AFN 2021-06..2024-02)
 * takes the newest earlier figure only when it is at most this many months older: over a quarter
 * even this region's calmer currencies move a few per cent, and a longer gap (AFN's 33 months) is
 * better left without a figure than given a stale one.
 */
export const MAX_STALE_MONTHS = 3;

/** The month of an ISO timestamp in UTC (as facts are filed by day, store/keys.ts factDay). */
export function monthOf(published: string): Month {
  return new Date(published).toISOString().slice(0, 7);
}

function figureAt(rates: CurrencyRates, month: Month): number | null {
  const [first, last] = rates.range;
  // Before the first month: no figure. The first one may be years later (UZS 2013, TMT 2024) and would mislead more than none.
  if (month < first) return null;
  // After the last month: the newest figure. A fresh article's month is not yet in the table until the next refresh.
  if (month > last) return rates.unitsPerUsd[last] ?? null;
  for (let back = 0; back <= MAX_STALE_MONTHS; back++) {
    const figure = rates.unitsPerUsd[addMonths(month, -back)];
    if (figure !== undefined) return figure;
  }
  return null;
}

/**
 * Units of `currency` per US dollar in `month` (YYYY-MM), or in the newest month of the table when no
 * month is given (the extractor's size checks, an article without a date). Null for a currency the
 * table does not have, a month before its range, or a gap longer than MAX_STALE_MONTHS.
 */
export function unitsPerUsd(currency: string, month?: Month | null): number | null {
  if (currency === 'USD') return 1;
  const rates = RATES.currencies[currency];
  if (!rates) return null;
  return figureAt(rates, month ?? rates.range[1]);
}

/**
 * The amount in US dollars, rounded to the dollar: the conversion the article gives when it gives
 * one in dollars ("350 million yuan ($54 million)": the writer's figure beats ours), else the stated
 * amount at the rate of the publication month (`published`, an ISO timestamp; none: the newest
 * month), else null (no amount, or no rate: see unitsPerUsd).
 */
export function amountInUsd(amount: Pick<Amount, 'value' | 'currency' | 'converted'> | null | undefined, published?: string | null): number | null {
  if (!amount) return null;
  if (amount.converted?.currency === 'USD') return amount.converted.value;
  const rate = unitsPerUsd(amount.currency, published ? monthOf(published) : null);
  return rate === null ? null : Math.round(amount.value / rate);
}

/** The first and last month of each currency's figures, for documentation and checks. */
export function rateRanges(): Record<string, readonly [Month, Month]> {
  return Object.fromEntries(Object.entries(RATES.currencies).map(([code, r]) => [code, r.range]));
}

