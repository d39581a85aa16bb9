import type { DiscoverSummary, PipelineLog, ProcessResult, SweepSummary } from '../pipeline/types.js';
import type { DispatchResult } from '../pipeline/dispatch-alerts.js';
import { wirePipeline } from '../pipeline/wiring.js';
import type { HttpClient } from '../fetch/types.js';
import type { Alert, Deal, FactType, FeedConfig, ItemMessage } from '../schemas/index.js';
import { FACT_TYPES } from '../schemas/index.js';
import type { AlertSink, ItemQueue, Stores } from '../store/ports.js';
import type { LocalStores } from './stores.js';
import type { FactExtractor } from '../facts/extractor.js';
import { mapLimit } from '../pipeline/map-limit.js';
import { alertLatency, recordSentTimes, type AlertLatency } from '../pipeline/alert-latency.js';

export interface RunOnceOptions {
  stores: LocalStores;
  http: HttpClient;
  feeds: FeedConfig[];
  sink: AlertSink;
  thresholdUsd: number;
  log: PipelineLog;
  /** See DiscoverDeps.ignorePollInterval. */
  ignorePollInterval?: boolean;
  /** See DiscoverDeps.schedulePeriodMinutes. */
  schedulePeriodMinutes?: number;
  /** Articles processed at once; the HTTP client still paces requests per host. */
  concurrency?: number;
  now?: () => Date;
  /** @default the rules */
  extractor?: FactExtractor;
}

export interface RunSummary {
  sweep: SweepSummary;
  discover: DiscoverSummary;
  processed: ProcessResult[];
  newFactsByType: Record<FactType, number>;
  /** What this run sent and failed to send; `pending` counts every alert still unsent after it. */
  alerts: DispatchResult & { pending: number | null };
  /** The deals that hold this run's facts, as stored at its end (a later article may have merged earlier ones); null when the store did not answer. */
  deals: Deal[] | null;
  /** Each alert sent by this run with a publication date: from the item's pubDate (else the alert's) to its sent time. */
  latency: AlertLatency[];
  ms: number;
}

const DEFAULT_CONCURRENCY = 4;

/**
 * One ingestion, as the schedule would run it in AWS, through the same wiring as the Lambdas
 * (pipeline/wiring.ts): sweep → discover → (queue) → process → alerts.
 * The sweep comes first and hands out again every claim an earlier run left open: the caller holds
 * the data-folder lock (local/data-lock.ts), so a claim handed out before this run began belongs to
 * a run that died. The queue is an in-process map (the claims are the durable queue); each item's
 * alerts are dispatched from the outbox as soon as it is stored (the stream's part in AWS), and the
 * run ends by dispatching the pending alerts that are due, earlier runs' included.
 */
export async function runOnce(o: RunOnceOptions): Promise<RunSummary> {
  const started = Date.now();
  const now = o.now ?? (() => new Date());
  const startedAt = now().toISOString();
  // The outbox notes each alert's sent time as the dispatcher marks it: the run's latency figures.
  const { outbox, sentAt } = recordSentTimes(o.stores.outbox);
  const pipeline = wirePipeline({ ...o.stores, outbox }, { http: o.http, sink: o.sink, thresholdUsd: o.thresholdUsd, log: o.log, now, extractor: o.extractor });
  // One message per article: the newest wins when a swept item is also in a feed again.
  const queued = new Map<string, ItemMessage>();
  const queue: ItemQueue = { async send(messages) { for (const m of messages) queued.set(m.articleId, m); } };
  const sweep = await pipeline.sweep(queue, { abandonedBefore: startedAt })
    .catch((err: unknown) => ({ due: 0, queued: 0, error: `sweep failed: ${err instanceof Error ? err.message : String(err)}` }));
  const discover = await pipeline.discover(o.feeds, queue, { ignorePollInterval: o.ignorePollInterval, schedulePeriodMinutes: o.schedulePeriodMinutes });

  const processed: ProcessResult[] = [];
  const newFactsByType = Object.fromEntries(FACT_TYPES.map((t) => [t, 0])) as Record<FactType, number>;
  const dispatcher = pipeline.dispatcher({ leasesTakenBefore: startedAt });
  const latency: AlertLatency[] = [];
  const note = (alerts: readonly Alert[], articleId: string | null, published: string | null) => {
    for (const a of alerts) {
      const l = alertLatency(a.alertId, articleId ?? a.articleId, published ?? a.published, sentAt.get(a.alertId));
      if (l) latency.push(l);
    }
  };
  await mapLimit([...queued.values()], o.concurrency ?? DEFAULT_CONCURRENCY, async (message) => {
    const result = await pipeline.process(message);
    processed.push(result);
    for (const f of result.newFacts) newFactsByType[f.type]++;
    const sent = await dispatcher.dispatch(result.alertKeys);
    note(sent.sent, message.articleId, message.item.published);
  });
  // Earlier runs' alerts, due again: their item is not at hand, the alert's own date stands in.
  note((await dispatcher.dispatchDue()).sent, null, null);
  const pending = await o.stores.outbox.pending().then((p) => p.length, () => null);
  // Like the pending count: a store that went away mid-run makes the summary say so, not the run crash.
  const deals = await dealsOfRun(o.stores, processed).catch(() => null);
  return { sweep, discover, processed, newFactsByType, alerts: { ...dispatcher.summary(), pending }, deals, latency, ms: Date.now() - started };
}

/** The deals of the run's stored facts, read at its end. */
async function dealsOfRun(stores: Stores, processed: readonly ProcessResult[]): Promise<Deal[]> {
  const facts = processed.flatMap((p) => p.facts);
  const ids = new Set((await stores.deals.dealIdsOf(facts)).values());
  const deals: Deal[] = [];
  for (const id of ids) {
    const deal = await stores.deals.getDeal(id);
    if (deal) deals.push(deal);
  }
  return deals.sort((a, b) => b.day.localeCompare(a.day) || a.id.localeCompare(b.id));
}
