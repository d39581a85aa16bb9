import { describe, expect, it } from 'vitest';
import { POLL_TIMING, adaptedIntervalMinutes, keepPublished, nextPollTime } from '../../../shared/feeds/poll-timing.js';
import { pollFeed } from '../../../shared/feeds/poll.js';
import type { HttpClient, HttpResult } from '../../../shared/fetch/types.js';
import { FeedConfigSchema, type FeedState } from '../../../shared/schemas/index.js';

const MINUTE = 60_000;
const T0 = Date.parse('2026-11-16T08:00:00.000Z');
const at = (minutes: number, seconds = 0) => new Date(T0 + minutes * MINUTE + seconds * 1000);
/** Items every `gap` minutes back from `newest`. */
const every = (gap: number, n: number, newest = at(0)) => Array.from({ length: n }, (_, i) => new Date(newest.getTime() - i * gap * MINUTE).toISOString());

/** A feed server that always answers 304, counting the polls that reach it. */
function notModifiedClient() {
  const calls: string[] = [];
  const http: HttpClient = {
    async get(url) {
      calls.push(url);
      return { url, finalUrl: url, status: 304, notModified: true, headers: {}, contentType: null, bytes: Buffer.alloc(0), text: '', charset: 'utf-8', charsetNote: null } satisfies HttpResult;
    },
  };
  return { http, calls };
}

/**
 * Scheduled runs every `period` minutes, each reaching the feed `offsets[k]` seconds after its
 * scheduled time (start jitter, and the feeds polled before it); the runs that polled it.
 */
async function runsThatPoll(options: { interval: number; period: number; offsets: number[]; recentPublished?: string[]; noSlack?: boolean }) {
  const feed = FeedConfigSchema.parse({ id: 'jitter', url: 'https://jitter.test/rss', outlet: 'Jitter', pollIntervalMinutes: options.interval });
  const { http, calls } = notModifiedClient();
  let state: FeedState | null = options.recentPublished ? { ...(await pollFeed(feed, null, http, { now: at(-60) })).state, nextPollAfter: null, recentPublished: options.recentPublished } : null;
  calls.length = 0;
  const polled: number[] = [];
  for (const [k, offset] of options.offsets.entries()) {
    const outcome = await pollFeed(feed, state, http, { now: at(k * options.period, offset), schedulePeriodMinutes: options.noSlack ? 0 : options.period });
    if (outcome.status !== 'skipped') polled.push(k);
    state = outcome.state;
  }
  return { polled, requests: calls.length };
}

describe('the poll interval follows the feed publishing rate', () => {
  it('is half the median gap between the newest items, within the floor and 10 minutes', () => {
    expect(adaptedIntervalMinutes(5, every(16, 10))).toBe(8);
    expect(adaptedIntervalMinutes(5, every(6, 10))).toBe(5);
    expect(adaptedIntervalMinutes(5, every(120, 10))).toBe(POLL_TIMING.maxIntervalMinutes);
  });

  it('keeps a floor above 10 minutes as the interval: the outlet asked for it', () => {
    expect(adaptedIntervalMinutes(30, every(6, 10))).toBe(30);
    expect(adaptedIntervalMinutes(30, every(600, 10))).toBe(30);
  });

  it('polls a feed at its floor until it has enough dated items to estimate', () => {
    expect(adaptedIntervalMinutes(5, [])).toBe(5);
    expect(adaptedIntervalMinutes(5, every(120, POLL_TIMING.minDatedItems - 1))).toBe(5);
  });

  it('is moved little by one long pause (a night) among the gaps: the median, not the mean', () => {
    const day = every(10, 12, at(0));
    const evening = every(10, 8, at(-12 * 60));
    expect(adaptedIntervalMinutes(5, [...day, ...evening])).toBe(5);
  });
});

describe('item dates kept in the feed state', () => {
  it('keeps every dated item of the response, then older kept dates, newest first, at most the limit', () => {
    const kept = every(10, 5, at(-100));
    const items = [{ published: at(-10).toISOString() }, { published: null }, { published: at(-10).toISOString() }, { published: at(-30).toISOString() }];
    expect(keepPublished(items, kept, at(0))).toEqual([at(-10).toISOString(), at(-10).toISOString(), at(-30).toISOString(), ...kept]);
    expect(keepPublished(every(1, 30).map((published) => ({ published })), [], at(0))).toHaveLength(POLL_TIMING.keptPublished);
  });

  it('does not count twice the items still listed since the last poll', () => {
    const first = keepPublished(every(10, 6).map((published) => ({ published })), [], at(0));
    const second = keepPublished(every(10, 6, at(10)).map((published) => ({ published })), first, at(10));
    expect(second).toEqual(every(10, 7, at(10)));
  });

  it('leaves out a date in the future (a publisher clock error)', () => {
    expect(keepPublished([{ published: at(60).toISOString() }, { published: at(-5).toISOString() }], [], at(0))).toEqual([at(-5).toISOString()]);
  });
});

describe('the next poll: the interval less half the schedule period, never before Retry-After', () => {
  it('lets the run nearest the due time poll', () => {
    expect(nextPollTime(at(0), 15, 5)).toEqual(at(12, 30));
    expect(nextPollTime(at(0), 15, 15)).toEqual(at(7, 30));
  });

  it('keeps a Retry-After to the second', () => {
    expect(nextPollTime(at(0), 15, 5, 60 * MINUTE)).toEqual(at(60));
  });
});

describe('scheduled runs with jitter, on a controlled clock', () => {
  // Each run reaches the feed 40 s, then 10 s, then 50 s... after its scheduled time.
  const offsets = [40, 10, 50, 5, 30, 30, 55, 0, 20, 45, 15, 35];

  it('today (no slack: a poll waits the full interval) skips the feed whenever a run reaches it earlier than the last', async () => {
    const today = await runsThatPoll({ interval: 15, period: 15, offsets: offsets.slice(0, 3), noSlack: true });
    // Run 1 comes 14:30 after run 0's poll: skipped, so the feed waits 30 minutes.
    expect(today.polled).toEqual([0, 2]);
  });

  it('with the slack, every run of a 15-minute schedule polls a 15-minute feed, whatever the jitter', async () => {
    const slack = await runsThatPoll({ interval: 15, period: 15, offsets });
    expect(slack.polled).toEqual(offsets.map((_, k) => k));
  });

  it('on a 5-minute schedule a busy feed is polled every run, a quiet one every other run, never a run late', async () => {
    const busy = await runsThatPoll({ interval: 5, period: 5, offsets, recentPublished: every(6, 10, at(-1)) });
    expect(busy.polled).toEqual(offsets.map((_, k) => k));
    const quiet = await runsThatPoll({ interval: 5, period: 5, offsets, recentPublished: every(180, 10, at(-1)) });
    expect(quiet.polled).toEqual([0, 2, 4, 6, 8, 10]);
  });
});
