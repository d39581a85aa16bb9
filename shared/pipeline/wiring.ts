import type { HttpClient } from '../fetch/types.js';
import type { FeedConfig, ItemMessage } from '../schemas/index.js';
import type { AlertSink, BlobStore, ItemQueue, Stores } from '../store/ports.js';
import { runDiscover } from './discover.js';
import { runSweep } from './sweep.js';
import { processItem } from './process-item.js';
import { createAlertDispatcher } from './dispatch-alerts.js';
import { reextractAll } from './reextract.js';
import type { PipelineLog } from './types.js';

/** What a runtime brings: the clients it has, the threshold, a log and (for tests) a clock. */
export interface PipelineConfig {
  http?: HttpClient;
  sink?: AlertSink;
  /** Facts with an amount at or over this many USD are alerted whatever their type. */
  thresholdUsd?: number;
  log: PipelineLog;
  now?: () => Date;
}

/** A stage asked for something its runtime did not bind: a wiring bug, named. */
export class UnboundDependencyError extends Error {
  override readonly name = 'UnboundDependencyError';
}

function need<T>(value: T | null | undefined, what: string, stage: string): T {
  if (value === null || value === undefined) throw new UnboundDependencyError(`${stage} needs ${what}, which this runtime did not bind`);
  return value;
}

/**
 * The one wiring of stores and stages, shared by the Lambda handlers and the local runtime (run,
 * reextract, alerts): each stage gets the same stores, clock and log whichever runtime calls it.
 * A runtime binds only what its stages need (discover has no bucket, notify no HTTP client).
 */
export function wirePipeline(stores: Stores, config: PipelineConfig) {
  const { log, now } = config;
  const blobs = (stage: string): BlobStore => need(stores.blobs, 'a blob store (BUCKET_NAME)', stage);
  const threshold = (stage: string): number => need(config.thresholdUsd, 'the alert threshold (ALERT_THRESHOLD_USD)', stage);
  return {
    stores,
    /** Hands out again the due work of the work index. See runSweep. */
    sweep: (queue: ItemQueue, options: { abandonedBefore?: string } = {}) =>
      runSweep({ ledger: stores.ledger, queue, log, now, abandonedBefore: options.abandonedBefore }),
    /** Polls the feeds, claims new items and queues them. See runDiscover. */
    discover: (feeds: FeedConfig[], queue: ItemQueue, options: { ignorePollInterval?: boolean } = {}) =>
      runDiscover({ feeds, http: need(config.http, 'an HTTP client', 'discover'), ledger: stores.ledger, feedState: stores.feedState, queue, log, now, ignorePollInterval: options.ignorePollInterval }),
    /** One claimed item: fetch, assemble, extract, store, write its alerts to the outbox. See processItem. */
    process: (message: ItemMessage) => processItem(message, {
      http: need(config.http, 'an HTTP client', 'process'), blobs: blobs('process'), articles: stores.articles, facts: stores.facts,
      ledger: stores.ledger, outbox: stores.outbox, thresholdUsd: threshold('process'), log, now,
    }),
    /** A dispatcher of outbox alerts to the sink. See createAlertDispatcher. */
    dispatcher: (options: { leasesTakenBefore?: string } = {}) =>
      createAlertDispatcher({ outbox: stores.outbox, sink: need(config.sink, 'an alert sink', 'dispatch'), log, now, leasesTakenBefore: options.leasesTakenBefore }),
    /** Re-extracts every stored article from its raw page. See reextractAll. */
    reextract: () => reextractAll({
      blobs: blobs('reextract'), articles: stores.articles, facts: stores.facts, ledger: stores.ledger,
      outbox: stores.outbox, thresholdUsd: threshold('reextract'), log, now,
    }),
  };
}
export type Pipeline = ReturnType<typeof wirePipeline>;
