import * as z from 'zod';
import { AmountSchema, FactStatusSchema, FactTypeSchema } from './fact.js';
import { CountryCodeSchema } from './feed.js';

/** Why a fact was sent to subscribers. */
export const AlertReasonSchema = z.enum(['agreement', 'amount-threshold']);

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
});
export type Alert = z.infer<typeof AlertSchema>;
