import { FeedStateSchema, type FeedConfig, type FeedState } from '../schemas/feed.js';

/** The state of a feed never polled before. */
export function initialFeedState(feed: Pick<FeedConfig, 'id' | 'url'>): FeedState {
  return FeedStateSchema.parse({ feedId: feed.id, url: feed.url });
}

/**
 * A paused feed put back into rotation (after someone fixed the URL or the outlet came back):
 * failures and the error cleared, polled at the next run. Validators are kept.
 */
export function resumeFeed(state: FeedState): FeedState {
  return { ...state, paused: false, consecutiveFailures: 0, lastError: null, nextPollAfter: null };
}

/** Feeds that need a human: paused ones, and those failing now, with their last error. */
export function feedHealthReport(states: readonly FeedState[]): Array<Pick<FeedState, 'feedId' | 'url' | 'paused' | 'consecutiveFailures' | 'lastError' | 'lastSuccessAt'>> {
  return states
    .filter((s) => s.paused || s.consecutiveFailures > 0)
    .map(({ feedId, url, paused, consecutiveFailures, lastError, lastSuccessAt }) => ({ feedId, url, paused, consecutiveFailures, lastError, lastSuccessAt }))
    .sort((a, b) => Number(b.paused) - Number(a.paused) || b.consecutiveFailures - a.consecutiveFailures);
}
