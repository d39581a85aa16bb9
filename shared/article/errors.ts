/** The page answered 200 but is not an article (no title, or a body too short for a non-paywalled story). */
export class NotAnArticleError extends Error {
  override readonly name = 'NotAnArticleError';
  /** The page URL. */
  readonly url: string;
  /** Why the page was rejected, e.g. 'no title' or 'body of 120 chars, under 200'. */
  readonly reason: string;

  constructor(url: string, reason: string, options?: ErrorOptions) {
    super(`Not an article: ${url}: ${reason}`, options);
    this.url = url;
    this.reason = reason;
  }
}
