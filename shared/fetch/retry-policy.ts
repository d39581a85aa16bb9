/**
 * When to try again: exponential backoff with jitter, or what the server asked for in Retry-After.
 */
import type { FetchError } from './errors.js';

/**
 * The Retry-After header (RFC 9110 §10.2.3: delay-seconds or an HTTP-date) in milliseconds from
 * `now`; undefined when absent or unreadable. A date in the past gives 0.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP-date always has a month name; without this check Date.parse reads "-5" as a year.
  const date = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * Backoff before retry number `retry` (0-based): base·2^retry, the upper half of it random
 * ("equal jitter"), so clients that failed together do not retry together, yet each wait stays at
 * least half the nominal one.
 */
export function backoffMs(retry: number, baseMs: number, random: () => number = Math.random): number {
  const nominal = baseMs * 2 ** retry;
  return nominal / 2 + random() * (nominal / 2);
}

/**
 * How long to wait before retrying after `error`, or null when it must not be retried. A server's
 * Retry-After wins over the backoff when longer, capped at `maxRetryAfterMs` so a "come back in a
 * day" does not park a worker for a day.
 */
export function retryDelayMs(error: FetchError, retry: number, baseMs: number, maxRetryAfterMs: number): number | null {
  if (!error.retryable) return null;
  const backoff = backoffMs(retry, baseMs);
  if (error.retryAfterMs === undefined) return backoff;
  return Math.max(backoff, Math.min(error.retryAfterMs, maxRetryAfterMs));
}
