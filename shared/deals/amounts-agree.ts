import type { Amount } from '../schemas/index.js';
import { GROUPING } from './grouping-rules.js';

interface Sum {
  amount: Amount;
  usd: number | null;
}

function near(x: number, y: number, tolerance: number, amount: Amount): boolean {
  const t = amount.qualifier === 'about' ? tolerance * GROUPING.aboutFactor : tolerance;
  return Math.abs(x - y) <= t * Math.max(x, y);
}

/**
 * How sums are read: a deal's sum as written (its digits, a bound just past the figure), or a trade statistic,
 * which offices restate and round to a bound more loosely.
 */
export interface SumReading {
  statedFigures: boolean;
  boundFactor: number;
}

const DEAL_SUM: SumReading = { statedFigures: true, boundFactor: GROUPING.boundFactor };
export const TRADE_FIGURE: SumReading = { statedFigures: false, boundFactor: GROUPING.tradeBoundFactor };

/** Whether `other` (in the same currency) fits `a` as stated: a range, a bound, or a figure within rounding. */
function fits(a: Amount, other: number, tolerance: number, bound: number): boolean {
  if (a.min !== undefined) return other >= a.min * (1 - tolerance) && other <= a.value * (1 + tolerance);
  if (a.qualifier === 'over') return other >= a.value * (1 - tolerance) && other <= a.value * bound;
  if (a.qualifier === 'up to' || a.qualifier === 'under') return other <= a.value * (1 + tolerance) && other >= a.value / bound;
  return near(a.value, other, tolerance, a);
}

const agreeIn = (a: Amount, x: number, b: Amount, y: number, tolerance: number, bound: number) =>
  fits(a, y, tolerance, bound) || fits(b, x, tolerance, bound);

/**
 * The place of a stated figure's last written digit: 1e8 for 3.5 billion, 1e7 for 1.46 billion. A figure is written in
 * its scale word ("320 million", "2 billion"), so every digit before the word is written, zeros too: "320 million" is
 * written to the million and is not "$323 million" rounded (ADB's $320 million for Tajikistan in 2020 and its
 * $323 million for 2021-2023, deals-4), though 320 and 323 are within rounding of each other.
 */
function lastDigitPlace(value: number): number {
  return remembered(places, value, placeOf);
}

function placeOf(value: number): number {
  const v = Number(value.toPrecision(12));
  let place = 1;
  while (place < 1e15 && v % (place * 10) === 0) place *= 10;
  const scale = GROUPING.scaleWords.find((s) => v >= s) ?? 1;
  return Math.min(place, scale);
}

/**
 * Two exact figures in one currency, written to the same or different precision, are one sum only when the finer,
 * rounded or cut to the coarser's precision, is the coarser: "1.46 billion" is "$1.5 billion", "4.85 billion" may be
 * cut to "4.8 billion", but "$3.5 billion" and "$3.6 billion" are two sums, though 3% apart.
 */
function sameStatedFigure(a: Amount, b: Amount): boolean {
  if (a.qualifier !== 'exact' || b.qualifier !== 'exact' || a.min !== undefined || b.min !== undefined) return true;
  const place = Math.max(lastDigitPlace(a.value), lastDigitPlace(b.value));
  const [coarse, fine] = lastDigitPlace(a.value) >= lastDigitPlace(b.value) ? [a.value, b.value] : [b.value, a.value];
  const c = Math.round(coarse / place);
  return Math.round(fine / place) === c || Math.trunc(fine / place) === c;
}

/**
 * Whether two stated sums can be one deal's: compared in their own currency when they share one
 * (rounding), else through a conversion an article gives ("EUR 74 million ($80 million)"), else
 * through US dollars at the publication month's rate, with a wider tolerance. Read as trade statistics
 * (TRADE_FIGURE), which offices restate ($24.1 and $24.2 billion for one year's turnover), figures within rounding
 * agree whatever digits they are written to.
 */
export function amountsAgree(a: Sum, b: Sum, reading: SumReading = DEAL_SUM): boolean {
  const x = a.amount;
  const y = b.amount;
  const same = GROUPING.sameCurrencyTolerance;
  const bound = reading.boundFactor;
  if (x.currency === y.currency) return agreeIn(x, x.value, y, y.value, same, bound) && (!reading.statedFigures || sameStatedFigure(x, y));
  if (x.converted?.currency === y.currency && agreeIn({ ...x, value: x.converted.value, min: undefined }, x.converted.value, y, y.value, same, bound)) return true;
  if (y.converted?.currency === x.currency && agreeIn(x, x.value, { ...y, value: y.converted.value, min: undefined }, y.converted.value, same, bound)) return true;
  if (x.converted && y.converted && x.converted.currency === y.converted.currency)
    return near(x.converted.value, y.converted.value, same, x);
  if (a.usd === null || b.usd === null) return false;
  return agreeIn({ ...x, value: a.usd, min: undefined }, a.usd, { ...y, value: b.usd, min: undefined }, b.usd, GROUPING.crossCurrencyTolerance, bound);
}

/**
 * The significant digits of a stated exact figure: 3 for "28.5 million" and "$172 million", 2 for "310 million" and
 * "$2.3 billion", 1 for "$400 million"; 0 for a bound, a range or "about", which name no precise figure.
 */
export function significantDigits(a: Amount): number {
  if (a.qualifier !== 'exact' || a.min !== undefined) return 0;
  return remembered(digits, a.value, digitsOf);
}

const digitsOf = (value: number): number =>
  Number(value.toPrecision(12)).toString().replace(/e.*$/, '').replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '').length;

/**
 * Grouping compares every pair of a component's sums, and a much-reported deal repeats one figure hundreds of times:
 * each figure's digits are worked out once (profiled in tests/bench/deal-fan-in.bench.ts, where they took a third of the time).
 */
const places = new Map<number, number>();
const digits = new Map<number, number>();
const REMEMBERED = 10_000;
function remembered(cache: Map<number, number>, value: number, work: (v: number) => number): number {
  let out = cache.get(value);
  if (out === undefined) {
    if (cache.size >= REMEMBERED) cache.clear();
    cache.set(value, (out = work(value)));
  }
  return out;
}
