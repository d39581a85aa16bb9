import * as z from 'zod';

/** ISO 3166-1 alpha-2 code, upper case. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "UZ"');

/**
 * One feed the pipeline polls. Strict: a key it does not know (a typo such as "pollInterval") is an
 * error, not a setting silently ignored.
 * @example { "id": "trend-casia", "url": "https://en.trend.az/feeds/casia.rss", "outlet": "Trend", "language": "en" }
 */
export const FeedConfigSchema = z.strictObject({
  /** Stable id, used in keys and logs: lower-case letters, digits and dashes. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'feed id must be lower-case letters, digits and dashes'),
  /** Only http(s): a file:, javascript: or ftp: URL is refused here, not at the first poll. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  outlet: z.string().min(1),
  /** Countries the outlet covers, as ISO codes; used as a hint, never as a fact's party. */
  countries: z.array(CountryCodeSchema).default([]),
  language: z.string().min(2).max(8).default('en'),
  /** Host of the site rule to parse pages with; the page's own host when absent. */
  site: z.string().optional(),
  /** Only items whose categories or title/description match are processed. */
  filter: z
    .strictObject({ categories: z.array(z.string()).default([]), keywords: z.array(z.string()).default([]) })
    .optional(),
  /**
   * Minimum minutes between two polls of this feed (the outlet's wish, or ours). Above it the interval
   * follows the feed's publishing rate, up to max(this, 10) (feeds/poll-timing.ts).
   */
  pollIntervalMinutes: z.number().int().min(1).max(1440).default(5),
  /** False when the URL was never seen answering with a feed (../shared/SOURCES.md evidence). */
  verified: z.boolean().default(true),
  enabled: z.boolean().default(true),
  /** Free text for the people who keep the registry (where the URL came from, why it is off). */
  note: z.string().optional(),
});
export type FeedConfig = z.infer<typeof FeedConfigSchema>;

export const FeedsFileSchema = z.strictObject({
  feeds: z.array(FeedConfigSchema).min(1).superRefine((feeds, ctx) => {
    const seen = new Set<string>();
    feeds.forEach((f, i) => {
      if (seen.has(f.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate feed id "${f.id}"` });
      seen.add(f.id);
    });
  }),
});
export type FeedsFile = z.infer<typeof FeedsFileSchema>;

/** What the pipeline remembers about a feed between runs (DynamoDB, one item per feed). */
export const FeedStateSchema = z.object({
  feedId: z.string(),
  url: z.string(),
  etag: z.string().nullable().default(null),
  lastModified: z.string().nullable().default(null),
  lastPolledAt: z.iso.datetime({ offset: true }).nullable().default(null),
  lastSuccessAt: z.iso.datetime({ offset: true }).nullable().default(null),
  /** Do not poll before this time (poll interval, Retry-After). */
  nextPollAfter: z.iso.datetime({ offset: true }).nullable().default(null),
  consecutiveFailures: z.number().int().min(0).default(0),
  lastError: z.string().nullable().default(null),
  /** Something the last successful poll worked around, e.g. a feed declared UTF-8 that is not. */
  lastWarning: z.string().nullable().default(null),
  paused: z.boolean().default(false),
  itemsSeen: z.number().int().min(0).default(0),
  /** The newest items' publication dates, newest first: the feed's publishing rate sets its poll interval. */
  recentPublished: z.array(z.iso.datetime({ offset: true })).default([]),
});
export type FeedState = z.infer<typeof FeedStateSchema>;
