import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { DiscoverSummary, SweepSummary } from '../../shared/pipeline/types.js';
import { parseEvent, ScheduledEventSchema } from '../shared/event-schemas.js';
import type { Powertools } from '../shared/powertools.js';

/** What discover returns (and logs): counts, plus the feeds that failed and why. */
export interface DiscoverReply {
  feeds: number;
  failed: { feedId: string; error: string | null }[];
  newItems: number;
  queued: number;
  /** Open claims found due by the sweep (lost or failed work), and how many of them were queued again. */
  swept: { due: number; queued: number; error: string | null };
}

/**
 * The discover handler over injected dependencies: parse the schedule event, sweep (queue again the
 * work a crash, the DLQ or a transient failure left open, found through the work index), run discover,
 * publish the counts as metrics (FeedsFailed drives the feeds alarm) and return a summary.
 */
export function createDiscoverHandler(run: { sweep(): Promise<SweepSummary>; discover(): Promise<DiscoverSummary> }, { logger, metrics }: Powertools) {
  return async (event: unknown): Promise<DiscoverReply> => {
    const scheduled = parseEvent(ScheduledEventSchema, event, 'schedule event');
    logger.info('discover run', { scheduledAt: scheduled.time });
    try {
      const swept = await run.sweep();
      if (swept.error) logger.error('sweep could not queue', { error: swept.error });
      const summary = await run.discover();
      const failed = summary.feeds.filter((f) => f.status === 'failed').map((f) => ({ feedId: f.feedId, error: f.error }));
      const newItems = summary.feeds.reduce((n, f) => n + f.newItems, 0);
      metrics.addMetric('FeedsPolled', MetricUnit.Count, summary.feeds.filter((f) => f.status !== 'skipped' && f.status !== 'paused').length);
      metrics.addMetric('FeedsFailed', MetricUnit.Count, failed.length);
      metrics.addMetric('ItemsQueued', MetricUnit.Count, summary.queued);
      metrics.addMetric('ItemsSwept', MetricUnit.Count, swept.queued);
      const reply = { feeds: summary.feeds.length, failed, newItems, queued: summary.queued, swept };
      logger.info('discover done', { ...reply });
      return reply;
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}
