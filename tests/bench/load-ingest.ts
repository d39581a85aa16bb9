/**
 * The ingestion side of the load benchmark, run as its own process by load.bench.ts so that its
 * memory high-water mark is the local runtime's alone (not the bench runner's, nor the site's).
 * It does what `npm start` does (shared/local/cli/run.ts): dynalite and s3rver in-process on the data
 * folder, one runOnce through the shared wiring, alerts to `alerts.jsonl`; only the HTTP client is
 * set for the generated site: its made-up hosts map to loopback, and requests to one host are paced
 * `perHostIntervalMs` apart. Reads its job from the JSON file argv[2] names, prints one JSON line of figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LookupAddress } from 'node:dns';
import { createHttpClient } from '../../shared/fetch/http-client.js';
import { startLocalStores } from '../../shared/local/stores.js';
import { runOnce } from '../../shared/local/run-once.js';
import { outcomeOf } from '../../shared/local/exit-code.js';
import { createLocalAlertSink } from '../../shared/local/alert-sinks.js';
import type { FeedConfig } from '../../shared/schemas/index.js';
import type { AlertSink } from '../../shared/store/ports.js';

/** What the bench hands the child. */
export interface IngestJob {
  dataDir: string;
  feeds: FeedConfig[];
  /** Host names (no port) that resolve to 127.0.0.1. */
  hosts: string[];
  /** Origins exempt from the private-address guard: the generated site's, and nothing else. */
  origins: string[];
  perHostIntervalMs: number;
  thresholdUsd: number;
}

/** What the child reports. */
export interface IngestReport {
  runMs: number;
  processMs: number;
  exitCode: number;
  failures: number;
  feedsFailed: string[];
  stored: number;
  failed: string[];
  alertsSent: number;
  alertsFailed: number;
  pending: number | null;
  /** Alert ids the sink was asked to send more than once. */
  sentTwice: string[];
  /** process.resourceUsage().maxRSS, in KiB. */
  maxRssKb: number;
  /** The largest V8 heap in use seen by sampling (every MEMORY_SAMPLE_MS), in bytes: how much of the RSS is live JS. */
  heapPeakBytes: number;
  /**
   * The RSS at the end of the run split as Linux counts it (/proc/self/status, KiB; null elsewhere):
   * anonymous memory, and file-backed pages (the node binary, dynalite's memory-mapped LevelDB
   * tables), which the kernel can drop under pressure.
   */
  rssSplitKb: { anon: number; file: number } | null;
}

/** RssAnon and RssFile of /proc/self/status, or null where there is no such file. */
function rssSplit(): IngestReport['rssSplitKb'] {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { anon: kb('RssAnon'), file: kb('RssFile') };
  } catch {
    return null;
  }
}

const MEMORY_SAMPLE_MS = 250;

/** Counts each alert the dispatcher hands the sink: the JSONL file drops a repeat itself, so it would hide one. */
function countingSink(sink: AlertSink, counts: Map<string, number>): AlertSink {
  return { async send(alert) { counts.set(alert.alertId, (counts.get(alert.alertId) ?? 0) + 1); await sink.send(alert); } };
}

async function main(): Promise<void> {
  const job = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as IngestJob;
  const hosts = new Set(job.hosts);
  const resolve = async (hostname: string): Promise<LookupAddress[]> => {
    if (!hosts.has(hostname)) throw Object.assign(new Error(`${hostname} is not a host of the generated site`), { code: 'ENOTFOUND' });
    return [{ address: '127.0.0.1', family: 4 }];
  };
  const stores = await startLocalStores({ dataDir: job.dataDir });
  try {
    const http = createHttpClient({ allowedOrigins: job.origins, resolve, perHostIntervalMs: job.perHostIntervalMs });
    const counts = new Map<string, number>();
    const sink = countingSink(createLocalAlertSink(join(job.dataDir, 'alerts.jsonl'), null), counts);
    const quiet = { info() {}, warn() {} };
    let heapPeakBytes = 0;
    const sampler = setInterval(() => { heapPeakBytes = Math.max(heapPeakBytes, process.memoryUsage().heapUsed); }, MEMORY_SAMPLE_MS);
    const started = performance.now();
    const summary = await runOnce({ stores, http, feeds: job.feeds, sink, thresholdUsd: job.thresholdUsd, log: quiet, ignorePollInterval: true });
    const runMs = performance.now() - started;
    clearInterval(sampler);
    const rssSplitKb = rssSplit();
    const outcome = outcomeOf(summary);
    const report: IngestReport = {
      runMs,
      processMs: process.uptime() * 1000,
      exitCode: outcome.code,
      failures: outcome.failures,
      feedsFailed: summary.discover.feeds.filter((f) => f.error).map((f) => `${f.feedId}: ${f.error}`),
      stored: summary.processed.filter((p) => p.status === 'stored').length,
      failed: summary.processed.filter((p) => p.status === 'failed').map((p) => `${p.url}: ${p.error}`),
      alertsSent: summary.alerts.sent.length,
      alertsFailed: summary.alerts.failed.length,
      pending: summary.alerts.pending,
      sentTwice: [...counts].filter(([, n]) => n > 1).map(([id]) => id),
      maxRssKb: process.resourceUsage().maxRSS,
      heapPeakBytes,
      rssSplitKb,
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await stores.close();
  }
}

await main();
