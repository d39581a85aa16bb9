/**
 * The one error type the HTTP client throws, so callers can decide by `reason` and `retryable`
 * without parsing messages.
 */

/** Why a GET failed. */
export type FetchErrorReason =
  | 'timeout'
  | 'too-large'
  | 'private-address'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'robots-disallowed'
  | 'http-status'
  | 'network'
  | 'bad-url'
  | 'decode';

/** What a FetchError is built from. */
export interface FetchErrorInit {
  /** The URL the caller asked for. */
  url: string;
  reason: FetchErrorReason;
  /** What went wrong, naming the hop URL when it differs from `url`, e.g. `HTTP 503`. */
  detail: string;
  status?: number;
  retryAfterMs?: number;
  /** How many retries were made before giving up (0 when none). */
  retries?: number;
  cause?: unknown;
}

/**
 * True for failures that may pass if tried later: network errors, timeouts, 5xx and 429.
 * A 4xx other than 429 is the server's considered answer and will not change on retry.
 */
export function isRetryableFailure(reason: FetchErrorReason, status?: number): boolean {
  if (reason === 'network' || reason === 'timeout') return true;
  if (reason === 'http-status' && status !== undefined) return status >= 500 || status === 429;
  return false;
}

/**
 * A failed GET. The message names the URL and the reason, e.g.
 * `GET https://x/y failed: HTTP 503 after 3 retries`.
 */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  /** The URL the caller asked for (the failing hop, if different, is named in the message). */
  readonly url: string;
  readonly reason: FetchErrorReason;
  /** The HTTP status, when the server answered. */
  readonly status?: number;
  /** True for network errors, timeouts, 5xx and 429. */
  readonly retryable: boolean;
  /** The server's Retry-After, in milliseconds, when it sent one. */
  readonly retryAfterMs?: number;
  /** The failure without the `GET <url> failed:` prefix and the retry count. */
  readonly detail: string;

  constructor(init: FetchErrorInit) {
    const retries = init.retries ?? 0;
    const suffix = retries > 0 ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : '';
    super(`GET ${init.url} failed: ${init.detail}${suffix}`, { cause: init.cause });
    this.url = init.url;
    this.reason = init.reason;
    this.detail = init.detail;
    if (init.status !== undefined) this.status = init.status;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    this.retryable = isRetryableFailure(init.reason, init.status);
  }

  /** The same failure, reported against the URL the caller asked for and with the retry count. */
  withContext(url: string, retries: number): FetchError {
    return new FetchError({
      url,
      reason: this.reason,
      detail: this.detail,
      status: this.status,
      retryAfterMs: this.retryAfterMs,
      retries,
      cause: this.cause,
    });
  }
}
