/**
 * The shape of the monthly rates table (usd-rates.json): where each figure comes from and, per
 * currency, the figures themselves. The file is data written by `npm run rates -- refresh`; this
 * schema checks it when it is written and when it is loaded.
 */
import * as z from 'zod';
import { CurrencySchema } from '../../../schemas/fact.js';

/** A calendar month, `YYYY-MM`. */
export const MonthSchema = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'a month is YYYY-MM');
export type Month = z.infer<typeof MonthSchema>;

/** The two sources, by the key each figure's segment names. */
export const RATE_SOURCES = ['imf', 'fawazahmed0'] as const;
export const RateSourceKeySchema = z.enum(RATE_SOURCES);
export type RateSourceKey = z.infer<typeof RateSourceKeySchema>;

export const RateSourceSchema = z.object({
  name: z.string().min(1),
  /** What one figure is: which rate, and for which day of its month. */
  measure: z.string().min(1),
  url: z.url(),
  terms: z.string().min(1),
  /** The day the figures were fetched. */
  retrieved: z.iso.date(),
  /** How the figures reached us when not straight from `url` (a copy of the same data). */
  via: z.string().min(1).optional(),
  /** For a daily source, the day whose figures stand for each month. */
  days: z.record(MonthSchema, z.iso.date()).optional(),
});
export type RateSource = z.infer<typeof RateSourceSchema>;

/** A run of consecutive months whose figures come from one source. */
export const SegmentSchema = z.object({ source: RateSourceKeySchema, from: MonthSchema, to: MonthSchema });
export type Segment = z.infer<typeof SegmentSchema>;

export const CurrencyRatesSchema = z.object({
  /** The first and last month with a figure. */
  range: z.tuple([MonthSchema, MonthSchema]),
  /** Which source gave which months; a month in no segment has no figure. */
  segments: z.array(SegmentSchema).min(1),
  /** Units of the currency per US dollar, as the source publishes it (6 significant digits). */
  unitsPerUsd: z.record(MonthSchema, z.number().positive().finite()),
});
export type CurrencyRates = z.infer<typeof CurrencyRatesSchema>;

export const RatesFileSchema = z
  .object({
    note: z.string().min(1),
    sources: z.object({ imf: RateSourceSchema, fawazahmed0: RateSourceSchema }),
    currencies: z.record(CurrencySchema, CurrencyRatesSchema),
  })
  .superRefine((file, ctx) => {
    for (const [code, rates] of Object.entries(file.currencies)) {
      const months = Object.keys(rates.unitsPerUsd).sort();
      const [first, last] = rates.range;
      if (months[0] !== first || months.at(-1) !== last) {
        ctx.addIssue({ code: 'custom', path: ['currencies', code, 'range'], message: `range ${first}..${last} does not match the months given (${months[0]}..${months.at(-1)})` });
      }
      const covered = rates.segments.reduce((n, s) => n + monthsBetween(s.from, s.to) + 1, 0);
      if (covered !== months.length) {
        ctx.addIssue({ code: 'custom', path: ['currencies', code, 'segments'], message: `segments cover ${covered} months, the figures ${months.length}` });
      }
    }
  });
export type RatesFile = z.infer<typeof RatesFileSchema>;

/** Months from `a` to `b` (negative when b is earlier). */
export function monthsBetween(a: Month, b: Month): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  return index(b) - index(a);
}

/** The month `n` months after `m`. */
export function addMonths(m: Month, n: number): Month {
  const i = Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
}
