/**
 * Errors of the feed layer. Each names the feed (id and URL) and the reason, so a log line or a
 * feed's `lastError` says what to fix without a stack trace.
 */

/** A feed document that could not be read as a feed. */
export class FeedParseError extends Error {
  override readonly name = 'FeedParseError';
  readonly feedId: string;
  readonly feedUrl: string;
  readonly reason: string;

  constructor(feed: { feedId: string; feedUrl: string }, reason: string, options?: ErrorOptions) {
    super(`feed ${feed.feedId} (${feed.feedUrl}): ${reason}`, options);
    this.feedId = feed.feedId;
    this.feedUrl = feed.feedUrl;
    this.reason = reason;
  }
}

/** A URL that cannot be made canonical (not absolute, not http(s)). */
export class CanonicalUrlError extends Error {
  override readonly name = 'CanonicalUrlError';
  readonly url: string;

  constructor(url: string, reason: string, options?: ErrorOptions) {
    super(`cannot canonicalise URL "${url.slice(0, 200)}": ${reason}`, options);
    this.url = url;
  }
}
