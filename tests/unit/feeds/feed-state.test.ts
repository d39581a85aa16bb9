import { describe, expect, it } from 'vitest';
import { feedHealthReport, initialFeedState, resumeFeed } from '../../../shared/feeds/feed-state.js';
import type { FeedState } from '../../../shared/schemas/feed.js';

const state = (over: Partial<FeedState>): FeedState => ({ ...initialFeedState({ id: 'x', url: 'https://x.test/rss' }), ...over });

describe('feed state helpers', () => {
  it('starts a new feed with no validators, no failures and no schedule', () => {
    expect(initialFeedState({ id: 'trend-casia', url: 'https://en.trend.az/feeds/casia.rss' })).toEqual({
      feedId: 'trend-casia', url: 'https://en.trend.az/feeds/casia.rss', etag: null, lastModified: null, lastPolledAt: null,
      lastSuccessAt: null, nextPollAfter: null, consecutiveFailures: 0, lastError: null, lastWarning: null, paused: false, itemsSeen: 0, recentPublished: [],
    });
  });

  it('resumes a paused feed, clearing the failures but keeping its validators', () => {
    const paused = state({ paused: true, consecutiveFailures: 5, lastError: 'HTTP 404', etag: '"e"', nextPollAfter: '2026-08-06T09:00:00.000Z' });
    expect(resumeFeed(paused)).toMatchObject({ paused: false, consecutiveFailures: 0, lastError: null, etag: '"e"', nextPollAfter: null });
  });

  it('reports paused feeds first, then failing ones by failure count, and leaves healthy ones out', () => {
    const report = feedHealthReport([
      state({ feedId: 'ok' }),
      state({ feedId: 'flaky', consecutiveFailures: 1, lastError: 'timeout' }),
      state({ feedId: 'dead', paused: true, consecutiveFailures: 5, lastError: 'HTTP 404' }),
      state({ feedId: 'worse', consecutiveFailures: 3, lastError: 'HTML page' }),
    ]);
    expect(report.map((r) => [r.feedId, r.paused, r.consecutiveFailures, r.lastError])).toEqual([
      ['dead', true, 5, 'HTTP 404'],
      ['worse', false, 3, 'HTML page'],
      ['flaky', false, 1, 'timeout'],
    ]);
  });
});
