import * as z from 'zod';
import { AmountSchema, FactStatusSchema, FactTypeSchema } from './fact.js';
import { CountryCodeSchema } from './feed.js';

/**
 * One report of a deal: a stored fact, with what an analyst needs to cite it. A deal keeps every
 * mention from every outlet (shared/deals/).
 */
export const DealMentionSchema = z.object({
  factId: z.string().regex(/^[0-9a-f]{32}$/),
  articleId: z.string().regex(/^[0-9a-f]{32}$/),
  sourceUrl: z.url(),
  /** The outlet's name (feeds/outlets.ts), else the source URL's host. */
  outlet: z.string().min(1),
  /** The article's publication time, or null when unknown. */
  published: z.iso.datetime({ offset: true }).nullable(),
  type: FactTypeSchema,
  status: FactStatusSchema.nullable(),
  amount: AmountSchema.nullable(),
  /** The amount in US dollars (facts/money/usd.ts), or null. */
  amountUsd: z.number().finite().nonnegative().nullable(),
  evidence: z.string().min(1),
});
export type DealMention = z.infer<typeof DealMentionSchema>;

/**
 * What subscribers were last told about a deal (deals/deal-alerts.ts): the alert's id and the fields an
 * update alert compares. Carried over when deals merge, so a deal is announced once.
 */
export const AlertedSnapshotSchema = z.object({
  alertId: z.string().regex(/^[0-9a-f]{32}$/),
  status: FactStatusSchema.nullable(),
  amount: AmountSchema.nullable(),
  amountUsd: z.number().finite().nonnegative().nullable(),
  countries: z.array(CountryCodeSchema),
  organizationKeys: z.array(z.string().min(1)),
});
export type AlertedSnapshot = z.infer<typeof AlertedSnapshotSchema>;

/**
 * A real-world deal (a loan, an agreement, an investment, a project, a trade figure for a period)
 * and every fact that reports it. Its fields summarise the mentions; `best` names the mention an
 * analyst should cite first.
 */
export const DealSchema = z.object({
  /** Deterministic: derived from the mentions' fact ids (deals/deal-id.ts), so any order gives the same id. */
  id: z.string().regex(/^[0-9a-f]{32}$/),
  /** The most specific type among the mentions (a signed loan agreement is a financing deal). */
  type: FactTypeSchema,
  /** The furthest status any mention reports (signed beats agreed). */
  status: FactStatusSchema.nullable(),
  /** The best-sourced stated amount, as the article states it. */
  amount: AmountSchema.nullable(),
  amountUsd: z.number().finite().nonnegative().nullable(),
  countries: z.array(CountryCodeSchema),
  /** Display names, one per organisation key. */
  organizations: z.array(z.string().min(1)),
  /** The organisations' keys (store/keys.ts orgKey, aliases folded), for filters. */
  organizationKeys: z.array(z.string().min(1)),
  sector: z.string().nullable(),
  /** Earliest and latest publication among the mentions (null when no mention has a date). */
  firstPublished: z.iso.datetime({ offset: true }).nullable(),
  lastPublished: z.iso.datetime({ offset: true }).nullable(),
  /** The deal's day (yyyy-mm-dd): the first publication, else when it was grouped. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** factId of the mention to cite first. */
  best: z.string().regex(/^[0-9a-f]{32}$/),
  /** Distinct outlets among the mentions. */
  outlets: z.array(z.string().min(1)),
  mentions: z.array(DealMentionSchema).min(1),
  /** What subscribers were last told, or null while the deal has not been alerted. */
  alerted: AlertedSnapshotSchema.nullable().default(null),
  /** The grouping rules' version (deals/version.ts). */
  groupingVersion: z.string().min(1),
  updatedAt: z.iso.datetime(),
});
export type Deal = z.infer<typeof DealSchema>;
