import type { TypedText } from './feed-text.js';

/**
 * What the RSS and Atom readers produce before validation: every entry, links possibly missing.
 * parse-feed.ts turns it into FeedItems (and drops entries without a usable link); the `feed` CLI
 * prints it as is, so an entry without a link still shows up in its place.
 */
export interface RawItem {
  /** Plain text. */
  title: string | null;
  /** The title as the feed typed it (HTML for Atom html/xhtml titles and RSS titles with markup). */
  titleDetail: TypedText | null;
  /** Absolute where a base was known. */
  link: string | null;
  guid: string | null;
  /** ISO 8601 UTC or null. */
  published: string | null;
  /** Plain text, '' when absent. */
  description: string;
  contentHtml: string | null;
  categories: string[];
  image: string | null;
}

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'cdf';

export interface RawFeed {
  format: FeedFormat;
  title: string | null;
  titleDetail: TypedText | null;
  link: string | null;
  items: RawItem[];
}
