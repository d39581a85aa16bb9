import type { HttpClient } from '../fetch/types.js';
import type { FeedConfig, ItemMessage } from '../schemas/index.js';
import type { AlertSink, BlobStore, ItemQueue, Stores } from '../store/ports.js';
import { runDiscover } from './discover.js';
import { runSweep } from './sweep.js';
import { processItem } from './process-item.js';
import { createAlertDispatcher } from './dispatch-alerts.js';
import { reextractAll } from './reextract.js';
import type { FactExtractor } from '../facts/extractor.js';
import type { PipelineLog } from './types.js';

/** What a runtime brings: the clients it has, the threshold, a log and (for tests) a clock. */
export interface PipelineConfig {
  http?: HttpClient;
  sink?: AlertSink;
  /** Facts with an amount at or over this many USD are alerted whatever their type. */
  thresholdUsd?: number;
  log: PipelineLog;
  now?: () => Date;
  /** How articles are read into facts. @default the rules */
  extractor?: FactExtractor;
}

/** A stage asked for something its runtime did not bind: a wiring bug, named. */
export class UnboundDependencyError extends Error {
  override readonly name = 'UnboundDependencyError';
}

function need<T>(value: T | null | undefined, what: string, stage: string): T {
  if (value === null || value === undefined) throw new UnboundDependencyError(`${stage} needs ${what}, which this runtime did not bind`);
  return value;
}
const blobsOf = (stores: Stores, stage: string): BlobStore => need(stores.blobs, 'a blob store (BUCKET_NAME)', stage);
const thresholdOf = (config: PipelineConfig, stage: string): number => need(config.thresholdUsd, 'the alert threshold (ALERT_THRESHOLD_USD)', stage);

/*
 * The one wiring of stores and stages, shared by the Lambda handlers and the local runtime (run,
 * reextract, alerts): each stage gets the same stores, clock and log whichever runtime calls it.
 * One function per stage, so that a Lambda bundles only the stages it runs (esbuild drops the
 * rest): notify need not carry the article parser and the extractor. wirePipeline joins them all.
 */

/** Hands out again the due work of the work index. See runSweep. */
export function wireSweep(stores: Stores, { log, now }: PipelineConfig) {
  return {
    sweep: (queue: ItemQueue, options: { abandonedBefore?: string } = {}) =>
      runSweep({ ledger: stores.ledger, queue, log, now, abandonedBefore: options.abandonedBefore }),
  };
}

/** Polls the feeds, claims new items and queues them. See runDiscover. */
export function wireDiscover(stores: Stores, config: PipelineConfig) {
  return {
    discover: (feeds: FeedConfig[], queue: ItemQueue, options: { ignorePollInterval?: boolean; schedulePeriodMinutes?: number } = {}) => runDiscover({
      feeds, http: need(config.http, 'an HTTP client', 'discover'), ledger: stores.ledger, feedState: stores.feedState, queue,
      log: config.log, now: config.now, ignorePollInterval: options.ignorePollInterval, schedulePeriodMinutes: options.schedulePeriodMinutes,
    }),
  };
}

/** One claimed item: fetch, assemble, extract, store, write its alerts to the outbox. See processItem. */
export function wireProcess(stores: Stores, config: PipelineConfig) {
  return {
    process: (message: ItemMessage) => processItem(message, {
      http: need(config.http, 'an HTTP client', 'process'), blobs: blobsOf(stores, 'process'), articles: stores.articles, facts: stores.facts, deals: stores.deals,
      ledger: stores.ledger, outbox: stores.outbox, thresholdUsd: thresholdOf(config, 'process'), log: config.log, now: config.now, extractor: config.extractor,
    }),
  };
}

/** A dispatcher of outbox alerts to the sink. See createAlertDispatcher. */
export function wireDispatcher(stores: Stores, config: PipelineConfig) {
  return {
    dispatcher: (options: { leasesTakenBefore?: string } = {}) => createAlertDispatcher({
      outbox: stores.outbox, sink: need(config.sink, 'an alert sink', 'dispatch'), log: config.log, now: config.now, leasesTakenBefore: options.leasesTakenBefore,
    }),
  };
}

/** Re-extracts every stored article from its raw page. See reextractAll. */
export function wireReextract(stores: Stores, config: PipelineConfig) {
  return {
    reextract: () => reextractAll({
      blobs: blobsOf(stores, 'reextract'), articles: stores.articles, facts: stores.facts, deals: stores.deals, ledger: stores.ledger,
      outbox: stores.outbox, thresholdUsd: thresholdOf(config, 'reextract'), log: config.log, now: config.now, extractor: config.extractor,
    }),
  };
}

/** Every stage, for the local runtime (and tests), which runs them all in one process. */
export function wirePipeline(stores: Stores, config: PipelineConfig) {
  return {
    stores,
    ...wireSweep(stores, config), ...wireDiscover(stores, config), ...wireProcess(stores, config),
    ...wireDispatcher(stores, config), ...wireReextract(stores, config),
  };
}
export type Pipeline = ReturnType<typeof wirePipeline>;
