import * as z from 'zod';
import { FactStatusSchema, FactTypeSchema } from './fact.js';
import { CountryCodeSchema } from './feed.js';
import { FILTER_POLICY_MAX_COMBINATIONS, FILTER_POLICY_MAX_KEYS, FILTER_VALUE_RE, SNS_NUMBER_MAX } from '../alerts/sns-limits.js';

/** A subscription's id: also its file name in the local e-mail outbox, and part of table keys. */
export const SubscriptionIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes (at most 64), starting with a letter or digit');

/** Where a subscription's alerts go: an e-mail address, or a webhook that takes the alert JSON or a Slack message. */
export const SubscriptionChannelSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('email'), address: z.email('must be an e-mail address') }).strict(),
  z.object({
    kind: z.literal('webhook'),
    /** http:// is accepted for a receiver on this machine; SNS (`--aws`) takes https:// only. */
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
    /** json: the alert as the body; slack: a Slack-compatible incoming-webhook message. */
    format: z.enum(['json', 'slack']).default('json'),
  }).strict(),
]);
export type SubscriptionChannel = z.infer<typeof SubscriptionChannelSchema>;

const filterValue = z.string().trim().min(1).regex(FILTER_VALUE_RE, 'must not contain " or \\');

/** Countries: any of a list, or a pair that must both be named ("UZ and CN"). */
export const CountriesFilterSchema = z.union([
  z.object({ anyOf: z.array(CountryCodeSchema).min(1) }).strict(),
  z.object({ pair: z.tuple([CountryCodeSchema, CountryCodeSchema]) }).strict()
    .refine((f) => f.pair[0] !== f.pair[1], { message: 'a pair names two different countries', path: ['pair'] }),
]);
export type CountriesFilter = z.infer<typeof CountriesFilterSchema>;

/** An organisation followed: matched by its key (parties/organization-key.ts), shown by the name given. */
export const OrganizationFilterSchema = z.object({ key: filterValue, name: z.string().trim().min(1) }).strict();

/**
 * What a subscriber follows; every filter given must match (AND), any value within one (OR). An alert
 * without a sector, status or amount never matches a filter on it. Held to SNS's filter policy limits.
 */
export const SubscriptionFiltersSchema = z.object({
  types: z.array(FactTypeSchema).min(1).optional(),
  countries: CountriesFilterSchema.optional(),
  organizations: z.array(OrganizationFilterSchema).min(1).optional(),
  sectors: z.array(filterValue).min(1).optional(),
  statuses: z.array(FactStatusSchema).min(1).optional(),
  /** USD, compared with the alert's amount rounded and clamped at 1e9 as the amount_usd attribute is. */
  minAmountUsd: z.number().int('must be whole dollars').nonnegative().max(SNS_NUMBER_MAX, 'SNS numeric filters stop at 1e9: 1000000000 matches every larger deal').optional(),
}).strict().superRefine((f, ctx) => {
  const counts = filterValueCounts(f);
  if (counts.length > FILTER_POLICY_MAX_KEYS) {
    ctx.addIssue({ code: 'custom', path: [], message: `at most ${FILTER_POLICY_MAX_KEYS} kinds of filter (an SNS filter policy limit); this has ${counts.length}` });
  }
  const combinations = counts.reduce((a, b) => a * b, 1);
  if (combinations > FILTER_POLICY_MAX_COMBINATIONS) {
    ctx.addIssue({ code: 'custom', path: [], message: `too many filter values: ${counts.join(' × ')} = ${combinations} combinations, SNS allows ${FILTER_POLICY_MAX_COMBINATIONS}` });
  }
});
export type SubscriptionFilters = z.infer<typeof SubscriptionFiltersSchema>;

/** The number of distinct values of each filter given (one policy key each), for SNS's limits. */
export function filterValueCounts(f: Partial<SubscriptionFilters>): number[] {
  const distinct = (xs: readonly unknown[]) => new Set(xs).size;
  const counts: number[] = [];
  if (f.types) counts.push(distinct(f.types));
  if (f.countries) counts.push('anyOf' in f.countries ? distinct(f.countries.anyOf) : 1);
  if (f.organizations) counts.push(distinct(f.organizations.map((o) => o.key)));
  if (f.sectors) counts.push(distinct(f.sectors));
  if (f.statuses) counts.push(distinct(f.statuses));
  if (f.minAmountUsd !== undefined) counts.push(1);
  return counts;
}

/**
 * A subscriber and what they follow: stored in the table (SUB#<id>), managed with `npm run
 * subscriptions`. On AWS its SNS filter policy is generated from it (alerts/filter-policy.ts);
 * locally the same rules decide (alerts/match-subscription.ts).
 */
export const SubscriptionSchema = z.object({
  id: SubscriptionIdSchema,
  channel: SubscriptionChannelSchema,
  filters: SubscriptionFiltersSchema.default({}),
  /** One message a day with the day's deals, instead of one message per alert. */
  digest: z.boolean().default(false),
  createdAt: z.iso.datetime({ offset: true }),
  /** The SNS subscription made for it by `subscriptions add --aws`; `remove` unsubscribes it. */
  snsSubscriptionArn: z.string().min(1).nullable().default(null),
}).strict();
export type Subscription = z.infer<typeof SubscriptionSchema>;
