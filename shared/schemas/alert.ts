import * as z from 'zod';
import { AmountSchema, FactStatusSchema, FactTypeSchema } from './fact.js';
import { CountryCodeSchema } from './feed.js';

/** Why a fact was sent to subscribers. */
export const AlertReasonSchema = z.enum(['agreement', 'amount-threshold']);

/** A new deal, or a change to one already alerted that matters to its subscribers. */
export const AlertKindSchema = z.enum(['new', 'update']);

/** What changed since the deal was last alerted (an update alert). */
export const AlertChangeSchema = z.object({
  field: z.enum(['status', 'amount', 'countries', 'organizations']),
  /** The value alerted before and now, as words ("agreed", "USD 150,000,000", "UZ, CN"). */
  from: z.string(),
  to: z.string(),
});
export type AlertChange = z.infer<typeof AlertChangeSchema>;

/**
 * What an alert subscriber receives (SNS message body, webhook POST body, a line of .data/alerts.jsonl).
 */
export const AlertSchema = z.object({
  /** The alert's key: the same alert is never decided twice, and a receiver can drop a repeated delivery by it. */
  alertId: z.string().regex(/^[0-9a-f]{32}$/),
  factId: z.string(),
  articleId: z.string(),
  reasons: z.array(AlertReasonSchema).min(1),
  type: FactTypeSchema,
  status: FactStatusSchema.nullable(),
  countries: z.array(CountryCodeSchema),
  organizations: z.array(z.string()),
  amount: AmountSchema.nullable(),
  /** The amount in USD where the currency has a known rate; used for subscription filters. */
  amountUsd: z.number().nullable(),
  sector: z.string().nullable(),
  evidence: z.string(),
  title: z.string(),
  link: z.url(),
  published: z.string().nullable(),
  /** The deal the alert is about (deals/): one alert per deal, not per fact. */
  dealId: z.string().regex(/^[0-9a-f]{32}$/).nullable().default(null),
  kind: AlertKindSchema.default('new'),
  /** For an update: what changed; empty for a new deal. */
  changes: z.array(AlertChangeSchema).default([]),
  /** Organisation keys (store/keys.ts orgKey), for filters that name an organisation in any form. */
  organizationKeys: z.array(z.string()).default([]),
  /** Every outlet that reports the deal, and one link each: the best source is `link`. */
  sources: z.array(z.object({ outlet: z.string(), link: z.url() })).default([]),
});
export type Alert = z.infer<typeof AlertSchema>;
