import { runDiscover } from '../pipeline/discover.js';
import { processItem } from '../pipeline/process-item.js';
import { runNotify } from '../pipeline/notify.js';
import type { DiscoverSummary, PipelineLog, ProcessResult } from '../pipeline/types.js';
import type { HttpClient } from '../fetch/types.js';
import type { Alert, FactType, FeedConfig, ItemMessage } from '../schemas/index.js';
import { FACT_TYPES } from '../schemas/index.js';
import type { AlertSink } from '../store/ports.js';
import type { LocalStores } from './stores.js';
import { mapLimit } from '../pipeline/map-limit.js';

export interface RunOnceOptions {
  stores: LocalStores;
  http: HttpClient;
  feeds: FeedConfig[];
  sink: AlertSink;
  thresholdUsd: number;
  log: PipelineLog;
  /** See DiscoverDeps.ignorePollInterval. */
  ignorePollInterval?: boolean;
  /** Articles processed at once; the HTTP client still paces requests per host. */
  concurrency?: number;
}

export interface RunSummary {
  discover: DiscoverSummary;
  processed: ProcessResult[];
  newFactsByType: Record<FactType, number>;
  alerts: Alert[];
  alertErrors: string[];
  ms: number;
}

const DEFAULT_CONCURRENCY = 4;

/**
 * One ingestion, as the schedule would run it in AWS: discover → (queue) → process → notify.
 * The queue is an in-process array and the stream is the list of facts each item wrote new;
 * everything else is the Lambdas' own code and adapters.
 */
export async function runOnce(o: RunOnceOptions): Promise<RunSummary> {
  const started = Date.now();
  const queue: ItemMessage[] = [];
  const discover = await runDiscover({
    feeds: o.feeds, http: o.http, ledger: o.stores.ledger, feedState: o.stores.feedState, log: o.log,
    ignorePollInterval: o.ignorePollInterval,
    queue: { async send(messages) { queue.push(...messages); } },
  });

  const processed: ProcessResult[] = [];
  const alerts: Alert[] = [];
  const alertErrors: string[] = [];
  const newFactsByType = Object.fromEntries(FACT_TYPES.map((t) => [t, 0])) as Record<FactType, number>;
  const deps = { http: o.http, blobs: o.stores.blobs, articles: o.stores.articles, facts: o.stores.facts, ledger: o.stores.ledger, log: o.log };

  const notifyDeps = { ledger: o.stores.alertLedger, sink: o.sink, articles: o.stores.articles, thresholdUsd: o.thresholdUsd, log: o.log };
  await mapLimit(queue, o.concurrency ?? DEFAULT_CONCURRENCY, async (message) => {
    const result = await processItem(message, deps);
    processed.push(result);
    for (const f of result.newFacts) newFactsByType[f.type]++;
    try {
      alerts.push(...(await runNotify(result.newFacts, notifyDeps)).sent);
    } catch (err) {
      alertErrors.push(err instanceof Error ? err.message : String(err));
    }
  });
  return { discover, processed, newFactsByType, alerts, alertErrors, ms: Date.now() - started };
}
