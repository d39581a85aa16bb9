/**
 * When a feed is polled again: the interval adapted to how often the feed publishes, and a slack
 * tied to the schedule's period, so that a feed reached a little earlier in one run than in the
 * last is not skipped to the run after (README "When feeds are polled").
 */
import type { FeedItem } from '../schemas/item.js';

/** The rule's numbers, as data. */
export const POLL_TIMING = {
  /**
   * A feed that publishes rarely is still polled at least this often, unless its own floor
   * (pollIntervalMinutes) is higher: the latency target, so a quiet feed's rare story is not late.
   */
  maxIntervalMinutes: 10,
  /** Polls per item: the interval is the feed's typical gap between two items divided by this. */
  pollsPerItem: 2,
  /** Item dates kept in the feed's state to estimate its gap. */
  keptPublished: 20,
  /** With fewer dated items than this the gap is not estimated: the feed is polled at its floor. */
  minDatedItems: 4,
  /** Share of the schedule's period a poll may come early. A half: the run nearest the due time polls. */
  slackShareOfPeriod: 0.5,
} as const;

const MINUTE = 60_000;

/**
 * Minutes between two polls of a feed: half its typical gap between items (the median gap of the
 * newest dated items, so a night's pause or a burst moves it little), within
 * [floor, max(floor, 10)]. A feed too new or undated to estimate is polled at its floor.
 */
export function adaptedIntervalMinutes(floorMinutes: number, recentPublished: readonly string[]): number {
  const ceiling = Math.max(floorMinutes, POLL_TIMING.maxIntervalMinutes);
  const times = recentPublished.map((d) => Date.parse(d)).filter((t) => Number.isFinite(t)).sort((a, b) => b - a);
  if (times.length < POLL_TIMING.minDatedItems) return floorMinutes;
  const gaps = times.slice(1).map((t, i) => (times[i]! - t) / MINUTE).sort((a, b) => a - b);
  const mid = gaps.length / 2;
  const median = gaps.length % 2 ? gaps[Math.floor(mid)]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
  return Math.min(ceiling, Math.max(floorMinutes, median / POLL_TIMING.pollsPerItem));
}

/**
 * The earliest time of the next poll: the interval after this one, less the slack (half the
 * schedule's period), so the run nearest the due time polls; never before a Retry-After the
 * server sent, which is kept to the second.
 */
export function nextPollTime(polledAt: Date, intervalMinutes: number, schedulePeriodMinutes: number, retryAfterMs = 0): Date {
  const slack = schedulePeriodMinutes * POLL_TIMING.slackShareOfPeriod;
  const due = polledAt.getTime() + (intervalMinutes - slack) * MINUTE;
  return new Date(Math.max(due, polledAt.getTime() + retryAfterMs));
}

/**
 * The item dates to keep after a poll, newest first: every dated item of this response (two items
 * of one minute are two), then the kept dates older than the response's oldest (the items that
 * have left the feed), at most POLL_TIMING.keptPublished. Dates after `now` are a publisher's clock
 * error and are left out.
 */
export function keepPublished(items: readonly Pick<FeedItem, 'published'>[], kept: readonly string[], now: Date): string[] {
  const fresh = items.flatMap((i) => (i.published && Date.parse(i.published) <= now.getTime() ? [i.published] : []))
    .sort((a, b) => Date.parse(b) - Date.parse(a));
  const oldest = fresh.length ? Date.parse(fresh.at(-1)!) : Infinity;
  const older = kept.filter((d) => Date.parse(d) < oldest);
  return [...fresh, ...older].slice(0, POLL_TIMING.keptPublished);
}
