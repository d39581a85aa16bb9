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

/** Whether `other` (in the same currency) fits `a` as stated: a range, a bound, or a figure within rounding. */
function fits(a: Amount, other: number, tolerance: number): boolean {
  if (a.min !== undefined) return other >= a.min * (1 - tolerance) && other <= a.value * (1 + tolerance);
  if (a.qualifier === 'over') return other >= a.value * (1 - tolerance) && other <= a.value * GROUPING.boundFactor;
  if (a.qualifier === 'up to' || a.qualifier === 'under') return other <= a.value * (1 + tolerance) && other >= a.value / GROUPING.boundFactor;
  return near(a.value, other, tolerance, a);
}

const agreeIn = (a: Amount, x: number, b: Amount, y: number, tolerance: number) =>
  fits(a, y, tolerance) || fits(b, x, tolerance);

/**
 * Whether two stated sums can be one deal's: compared in their own currency when they share one
 * (rounding), else through a conversion an article gives ("EUR 74 million ($80 million)"), else
 * through US dollars at the publication month's rate, with a wider tolerance.
 */
export function amountsAgree(a: Sum, b: Sum): boolean {
  const x = a.amount;
  const y = b.amount;
  const same = GROUPING.sameCurrencyTolerance;
  if (x.currency === y.currency) return agreeIn(x, x.value, y, y.value, same);
  if (x.converted?.currency === y.currency && agreeIn({ ...x, value: x.converted.value, min: undefined }, x.converted.value, y, y.value, same)) return true;
  if (y.converted?.currency === x.currency && agreeIn(x, x.value, { ...y, value: y.converted.value, min: undefined }, y.converted.value, same)) return true;
  if (x.converted && y.converted && x.converted.currency === y.converted.currency)
    return near(x.converted.value, y.converted.value, same, x);
  if (a.usd === null || b.usd === null) return false;
  return agreeIn({ ...x, value: a.usd, min: undefined }, a.usd, { ...y, value: b.usd, min: undefined }, b.usd, GROUPING.crossCurrencyTolerance);
}
