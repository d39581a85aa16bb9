import type { Amount } from '../schemas/index.js';

/**
 * Approximate USD value of one unit of each currency, for alert thresholds and SNS filter attributes
 * only (never stored as a fact's amount). Mid-market rates, rounded, as of November 2026; an
 * alert threshold does not need more precision than this.
 */
export const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1, EUR: 1.08, GBP: 1.27, CHF: 1.13, JPY: 0.0066, CNY: 0.138, KRW: 0.00072, INR: 0.012,
  RUB: 0.011, TRY: 0.029, AED: 0.272, SAR: 0.267, QAR: 0.275, KWD: 3.25, AZN: 0.588, KZT: 0.002,
  UZS: 0.000079, KGS: 0.0115, TJS: 0.094, TMT: 0.286, GEL: 0.37, AMD: 0.0026, MNT: 0.00029,
  BYN: 0.31, UAH: 0.024, IRR: 0.000024, PKR: 0.0036, AFN: 0.014, HUF: 0.0027, PLN: 0.25,
};

/** The amount in US dollars, or null when the currency has no known rate. */
export function amountInUsd(amount: Pick<Amount, 'value' | 'currency' | 'converted'> | null): number | null {
  if (!amount) return null;
  if (amount.converted?.currency === 'USD') return amount.converted.value;
  const rate = USD_PER_UNIT[amount.currency];
  return rate === undefined ? null : Math.round(amount.value * rate);
}
