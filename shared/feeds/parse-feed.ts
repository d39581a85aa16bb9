import { FeedItemSchema, type FeedItem } from '../schemas/item.js';
import { decodeFeedBytes } from './decode-feed.js';
import { readFeed } from './read-feed.js';
import type { RawItem } from './raw-feed.js';

/** A parsed feed: its own title and link, and its items that have a usable link. */
export interface ParsedFeed {
  title: string | null;
  link: string | null;
  items: FeedItem[];
  /** Entries left out because they had no usable http(s) link or failed FeedItemSchema. */
  droppedItems?: number;
  /** Why the feed was not decoded with its declared charset (see decodeBytes), else null. */
  charsetNote?: string | null;
}

/** Who the feed is, for messages and for resolving relative links; the Content-Type picks the charset. */
export interface ParseFeedContext {
  feedId: string;
  feedUrl: string;
  contentType?: string | null;
}

/**
 * Parses RSS 0.9x-2.0, RSS 1.0/RDF, Atom 0.3/1.0 (and CDF) into FeedItems.
 *
 * Stages: bytes are decoded (BOM, Content-Type, XML prolog, UTF-8 validity); the text is read by a
 * tolerant XML tree builder that accepts HTML entities, bare `&` and truncated documents; the
 * RSS or Atom reader normalises each entry (plain-text title, absolute link via xml:base or the
 * channel link, ISO UTC date); each item is validated with FeedItemSchema, and an entry without a
 * usable link is dropped and counted rather than failing the feed.
 *
 * @throws FeedParseError naming the feed and the reason when the document is not a feed.
 * @example
 * const feed = await parseFeed(bytes, { feedId: 'trend-casia', feedUrl: 'https://en.trend.az/feeds/casia.rss', contentType: 'application/rss+xml' });
 */
export async function parseFeed(input: string | Buffer, ctx: ParseFeedContext): Promise<ParsedFeed> {
  const decoded = typeof input === 'string' ? { text: input, note: null } : decodeFeedBytes(input, ctx.contentType ?? null);
  const text = decoded.text;
  const raw = readFeed(text, ctx);
  const items: FeedItem[] = [];
  let dropped = 0;
  for (const entry of raw.items) {
    const item = toFeedItem(entry, ctx.feedId);
    if (item) items.push(item);
    else dropped++;
  }
  return { title: raw.title, link: raw.link, items, droppedItems: dropped, ...(decoded.note ? { charsetNote: decoded.note } : {}) };
}

/** A raw entry as a validated FeedItem, or null when it has no http(s) link. */
export function toFeedItem(entry: RawItem, feedId: string): FeedItem | null {
  if (!entry.link || !/^https?:\/\//i.test(entry.link)) return null;
  const parsed = FeedItemSchema.safeParse({
    feedId,
    title: entry.title ?? '',
    link: entry.link,
    guid: entry.guid,
    published: entry.published,
    description: entry.description,
    contentHtml: entry.contentHtml,
    categories: entry.categories,
    image: entry.image && /^https?:\/\//i.test(entry.image) ? entry.image : null,
  });
  return parsed.success ? parsed.data : null;
}
