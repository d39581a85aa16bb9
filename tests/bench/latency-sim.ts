/**
 * The latency simulation (issue 13): a day of invented stories on the sample site, published at
 * known simulated times (timeline-stories.ts) and visible from then on (timeline.ts), ingested by
 * scheduled runs of the local runtime (the same runOnce, wiring and stores as `npm start`) on a
 * clock the simulation controls. For every story: the time from its publication to its alert being
 * sent (the dispatcher's sent time, from the run summary).
 *
 * What the clock is advanced by, each draw uniform in its range (LATENCY_COSTS): a run starts late
 * (EventBridge delivers a scheduled event within about a minute, and a cold start adds a little);
 * each feed request, each item's hand-off and processing (queue, fetch, parse, store), and each
 * alert's delivery (stream, notify, SNS) take time. One shared clock and one item at a time, so a
 * run's items queue behind one another: on AWS they run side by side, so this errs late.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpClient } from '../../shared/fetch/http-client.js';
import type { HttpClient } from '../../shared/fetch/types.js';
import { runOnce } from '../../shared/local/run-once.js';
import { startLocalStores } from '../../shared/local/stores.js';
import { seededRandom, startSampleSite, timelineStories, type EnglishOutlet } from '../../shared/local/sample-site/index.js';
import { DEFAULT_ALERT_THRESHOLD_USD } from '../../shared/config/defaults.js';
import { latencyStats, type LatencyStats } from '../../shared/pipeline/alert-latency.js';
import type { AlertSink } from '../../shared/store/ports.js';

/** Seconds each step takes, [min, max]. */
export const LATENCY_COSTS = {
  /** A run starts this long after its scheduled time (EventBridge's delivery, a cold start). */
  runStart: [0, 62],
  feedRequest: [0.2, 2.5],
  /** One item: the queue hands it to process, which fetches (politely), parses, extracts and stores it. */
  item: [1, 10],
  robots: [0.2, 1],
  /** One alert: the table stream, notify, SNS. */
  delivery: [0.5, 3],
} as const;

/** Stories a day per outlet: a busy wire, a mid-sized site, a weekly-minded paper. */
export const DEFAULT_PER_DAY: Record<EnglishOutlet, number> = { trend: 60, kun: 30, astana: 12 };

export interface LatencySimOptions {
  seed: number;
  /** Stories are published over this many hours; runs go on one hour longer, so the last ones alert. */
  hours: number;
  schedulePeriodMinutes: number;
  /**
   * 'adaptive': the rule of feeds/poll-timing.ts (feeds at the default floor, slack of half the period).
   * 'today': the rule before it: every feed every 15 minutes, no slack.
   */
  rule: 'adaptive' | 'today';
  perDay?: Record<EnglishOutlet, number>;
  start?: Date;
}

export interface LatencySimResult {
  stories: number;
  /** Stories whose alert was sent, and the first alert's latency of each (ms), by outlet too. */
  latencies: number[];
  byOutlet: Record<string, LatencyStats | null>;
  stats: LatencyStats | null;
  /** Stories with no alert sent by the end. */
  missing: number;
  runs: number;
  feedRequests: number;
  simulatedHours: number;
  warnings: string[];
}

const SIM_START = new Date('2026-11-16T00:00:00.000Z');

/** Runs the simulation in a data folder of its own, removed afterwards. */
export async function simulateLatency(o: LatencySimOptions): Promise<LatencySimResult> {
  const start = o.start ?? SIM_START;
  const random = seededRandom(o.seed * 7919 + 1);
  const draw = ([min, max]: readonly [number, number]) => (min + random() * (max - min)) * 1000;
  let now = start.getTime();
  const clock = () => new Date(now);
  const stories = timelineStories({ start, hours: o.hours, perDay: o.perDay ?? DEFAULT_PER_DAY, seed: o.seed });
  const site = await startSampleSite({ timeline: { articles: stories, clock } });
  const dataDir = mkdtempSync(join(tmpdir(), 'latency-sim-'));
  const stores = await startLocalStores({ dataDir });
  const warnings: string[] = [];
  let feedRequests = 0;
  try {
    const base = createHttpClient({ allowedOrigins: [site.baseUrl], perHostIntervalMs: 0 });
    const http: HttpClient = {
      get(url, options) {
        if (options.purpose === 'feed') feedRequests++;
        now += draw(options.purpose === 'feed' ? LATENCY_COSTS.feedRequest : options.purpose === 'page' ? LATENCY_COSTS.item : LATENCY_COSTS.robots);
        return base.get(url, options);
      },
    };
    const sink: AlertSink = { async send() { now += draw(LATENCY_COSTS.delivery); } };
    const feeds = o.rule === 'today' ? site.feeds.map((f) => ({ ...f, pollIntervalMinutes: 15 })) : site.feeds;
    const log = { info() {}, warn(message: string) { warnings.push(message); } };
    const firstAlert = new Map<string, { published: string; ms: number }>();
    const runs = Math.ceil(((o.hours + 1) * 60) / o.schedulePeriodMinutes);
    for (let k = 0; k < runs; k++) {
      // A run never starts before the one before it ended (discover runs one at a time).
      now = Math.max(now, start.getTime() + k * o.schedulePeriodMinutes * 60_000 + draw(LATENCY_COSTS.runStart));
      const summary = await runOnce({
        stores, http, feeds, sink, log, thresholdUsd: DEFAULT_ALERT_THRESHOLD_USD, now: clock, concurrency: 1,
        // 'today': no slack, which is what a period of 0 gives.
        schedulePeriodMinutes: o.rule === 'today' ? 0 : o.schedulePeriodMinutes,
      });
      for (const l of summary.latency) {
        const seen = firstAlert.get(l.articleId);
        if (!seen || l.ms < seen.ms) firstAlert.set(l.articleId, { published: l.published, ms: l.ms });
      }
    }
    const outletOf = new Map(stories.map((s) => [Date.parse(s.published), s.outlet]));
    const byOutlet: Record<string, number[]> = {};
    for (const { published, ms } of firstAlert.values()) (byOutlet[outletOf.get(Date.parse(published)) ?? '?'] ??= []).push(ms);
    const latencies = [...firstAlert.values()].map((a) => a.ms);
    return {
      stories: stories.length, latencies, stats: latencyStats(latencies),
      byOutlet: Object.fromEntries(Object.entries(byOutlet).map(([k, v]) => [k, latencyStats(v)])),
      missing: stories.length - firstAlert.size, runs, feedRequests, simulatedHours: o.hours + 1, warnings,
    };
  } finally {
    await site.close();
    await stores.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
