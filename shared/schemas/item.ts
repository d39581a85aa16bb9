import * as z from 'zod';

/**
 * One entry of a feed, normalised whatever the feed flavour (RSS 0.9x-2.0, RDF, Atom).
 * @example { "feedId": "trend-casia", "title": "Uzbekistan, China sign...", "link": "https://www.trend.az/casia/uzbekistan/4213174.html", "guid": "4213174", "published": "2026-08-06T07:08:00.000Z", "categories": [] }
 */
export const FeedItemSchema = z.object({
  feedId: z.string(),
  /** Plain text, entities decoded, tags stripped. */
  title: z.string(),
  /** Absolute URL of the article page. */
  link: z.url(),
  guid: z.string().nullable().default(null),
  /** ISO 8601 in UTC, or null when the feed gives no parseable date. */
  published: z.iso.datetime().nullable().default(null),
  /** Description as plain text ('' when the feed has none). */
  description: z.string().default(''),
  /** content:encoded (or Atom content) as HTML, when the feed carries the full text. */
  contentHtml: z.string().nullable().default(null),
  categories: z.array(z.string()).default([]),
  image: z.string().nullable().default(null),
});
export type FeedItem = z.infer<typeof FeedItemSchema>;
