import type { FeedConfig, FeedState } from '../schemas/feed.js';
import type { FeedItem } from '../schemas/item.js';
import type { HttpClient } from '../fetch/types.js';
import { FetchError } from '../fetch/errors.js';
import { parseFeed } from './parse-feed.js';
import { itemMatchesFilter } from './feed-filter.js';
import { initialFeedState } from './feed-state.js';
import { adaptedIntervalMinutes, keepPublished, nextPollTime } from './poll-timing.js';
import { DEFAULT_DISCOVER_SCHEDULE, schedulePeriodMinutes } from '../config/schedule-period.js';

const DEFAULT_PERIOD_MINUTES = schedulePeriodMinutes(DEFAULT_DISCOVER_SCHEDULE);

/** Consecutive failures after which a feed is paused until someone resumes it. */
export const DEFAULT_PAUSE_AFTER_FAILURES = 5;

/** What one poll of one feed came to. */
export interface PollOutcome {
  feedId: string;
  status: 'new-content' | 'not-modified' | 'failed' | 'skipped' | 'paused';
  /** Items that passed the feed's filter ([] unless status is 'new-content'). */
  items: FeedItem[];
  /** The state to store for the next poll. */
  state: FeedState;
  error: string | null;
}

export interface PollOptions {
  now?: Date;
  /** @default DEFAULT_PAUSE_AFTER_FAILURES */
  pauseAfterFailures?: number;
  /** Minutes between two scheduled runs: a poll may come half of it early. @default the default schedule's */
  schedulePeriodMinutes?: number;
}

/**
 * Polls one feed politely and never throws for a problem with that feed.
 *
 * - Skipped while `state.nextPollAfter` is in the future; 'paused' while `state.paused`.
 * - Conditional GET with the stored ETag / Last-Modified; a 304 keeps the validators, no items.
 * - 200: parsed (bytes + Content-Type, so the decoder sees the XML prolog), filtered by
 *   `feed.filter`, validators replaced by the response's.
 * - Next poll (poll-timing.ts): after an interval adapted to the feed's publishing rate (the dates
 *   of its newest items, kept in the state), at least `pollIntervalMinutes`, less half the schedule's
 *   period, so the run nearest the due time polls; never before the server's Retry-After.
 * - A failure increments `consecutiveFailures` and records `lastError`; after `pauseAfterFailures`
 *   the feed is paused. A 429 is recorded but not counted: being asked to slow down says nothing
 *   about the feed's health, and counting it would pause good feeds we polled too eagerly.
 */
export async function pollFeed(feed: FeedConfig, state: FeedState | null, http: HttpClient, options: PollOptions = {}): Promise<PollOutcome> {
  const now = options.now ?? new Date();
  const pauseAfter = options.pauseAfterFailures ?? DEFAULT_PAUSE_AFTER_FAILURES;
  const period = options.schedulePeriodMinutes ?? DEFAULT_PERIOD_MINUTES;
  let prev = state ?? initialFeedState(feed);
  // A feed whose URL changed in the config: the old validators belong to another resource.
  if (prev.url !== feed.url) prev = { ...prev, url: feed.url, etag: null, lastModified: null };

  if (prev.paused) return { feedId: feed.id, status: 'paused', items: [], state: prev, error: prev.lastError };
  if (!feed.enabled) return { feedId: feed.id, status: 'skipped', items: [], state: prev, error: null };
  if (prev.nextPollAfter && Date.parse(prev.nextPollAfter) > now.getTime()) {
    return { feedId: feed.id, status: 'skipped', items: [], state: prev, error: null };
  }

  const nowIso = now.toISOString();
  try {
    const res = await http.get(feed.url, { purpose: 'feed', etag: prev.etag, lastModified: prev.lastModified });
    const healthy = { lastPolledAt: nowIso, lastSuccessAt: nowIso, nextPollAfter: nextPollAfter(feed, prev.recentPublished, now, period), consecutiveFailures: 0, lastError: null };
    if (res.notModified || res.status === 304) {
      const next = { ...prev, ...healthy, etag: res.headers['etag'] ?? prev.etag, lastModified: res.headers['last-modified'] ?? prev.lastModified };
      return { feedId: feed.id, status: 'not-modified', items: [], state: next, error: null };
    }
    const parsed = await parseFeed(res.bytes, { feedId: feed.id, feedUrl: res.finalUrl || feed.url, contentType: res.contentType });
    const items = parsed.items.filter((i) => itemMatchesFilter(i, feed.filter));
    // Every item counts for the rate, filtered out or not: the feed publishes at that pace.
    const recentPublished = keepPublished(parsed.items, prev.recentPublished, now);
    const next: FeedState = {
      ...prev,
      ...healthy,
      nextPollAfter: nextPollAfter(feed, recentPublished, now, period),
      recentPublished,
      etag: res.headers['etag'] ?? null,
      lastModified: res.headers['last-modified'] ?? null,
      itemsSeen: prev.itemsSeen + items.length,
      lastWarning: parsed.charsetNote ?? null,
    };
    return { feedId: feed.id, status: 'new-content', items, state: next, error: null };
  } catch (error) {
    return failedOutcome(feed, prev, error, now, pauseAfter, period);
  }
}

/**
 * The outcome of a failed poll: the error recorded, the failure counted (except a 429), the feed
 * paused once the count reaches `pauseAfter`, the next poll after the interval or Retry-After.
 */
function failedOutcome(feed: FeedConfig, prev: FeedState, error: unknown, now: Date, pauseAfter: number, period: number): PollOutcome {
  const message = describeFailure(feed, error);
  const rateLimited = error instanceof FetchError && error.status === 429;
  const failures = rateLimited ? prev.consecutiveFailures : prev.consecutiveFailures + 1;
  const retryAfterMs = error instanceof FetchError ? error.retryAfterMs ?? 0 : 0;
  const paused = failures >= pauseAfter;
  const state: FeedState = {
    ...prev,
    lastPolledAt: now.toISOString(),
    nextPollAfter: nextPollAfter(feed, prev.recentPublished, now, period, retryAfterMs),
    consecutiveFailures: failures,
    lastError: message,
    paused,
  };
  const reported = paused ? `${message} (paused after ${failures} consecutive failures)` : message;
  return { feedId: feed.id, status: 'failed', items: [], state, error: reported };
}

/** The feed's adapted interval less the slack, or later when the server asked for more (Retry-After). */
function nextPollAfter(feed: FeedConfig, recentPublished: readonly string[], now: Date, period: number, atLeastMs = 0): string {
  return nextPollTime(now, adaptedIntervalMinutes(feed.pollIntervalMinutes, recentPublished), period, atLeastMs).toISOString();
}

/** One line naming the feed and the reason, whatever was thrown. */
function describeFailure(feed: FeedConfig, error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // FeedParseError already opens with "feed <id>"; a URL that merely contains the id does not count.
  return text.startsWith(`feed ${feed.id}`) ? text : `feed ${feed.id}: ${text}`;
}
