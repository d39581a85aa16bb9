// DynamoDB throttling part of a run (a proxy in front of dynalite answering some requests with
// DynamoDB's own ProvisionedThroughputExceededException): throttles the SDK's retries absorb leave the
// run clean; throttles that outlast them fail the items, alerts or feeds they hit, and the run says
// so (exit outcome partial). Either way the next run completes, and the end state equals a clean
// run's: the same articles and facts, every alert once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDynamoClients, startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { createStores } from '../../../shared/store/create-stores.js';
import { startSampleSite, type SampleSite } from '../../../shared/local/sample-site/server.js';
import { createHttpClient } from '../../../shared/fetch/http-client.js';
import { createJsonlAlertSink } from '../../../shared/local/alert-sinks.js';
import { runOnce, type RunSummary } from '../../../shared/local/run-once.js';
import { EXIT, outcomeOf } from '../../../shared/local/exit-code.js';
import type { PipelineLog } from '../../../shared/pipeline/types.js';
import { endState, type EndState } from '../../helpers/end-state.js';
import { startThrottleProxy, THROTTLE_MESSAGE, type ThrottlePolicy, type ThrottleProxy } from '../../helpers/dynamo-throttle-proxy.js';

let site: SampleSite;
beforeAll(async () => { site = await startSampleSite(); });
afterAll(async () => { await site?.close(); });

const quiet: PipelineLog = { info() {}, warn() {} };
/** A log that calls `onStored` after the n-th stored article: the moment throttling begins. */
function logCalling(n: number, onStored: () => void): PipelineLog {
  let stored = 0;
  return { info(m) { if (m.startsWith('stored ') && ++stored === n) onStored(); }, warn() {} };
}

async function run(data: string, stores: LocalStores, log: PipelineLog, minutesLater = 0): Promise<RunSummary> {
  const http = createHttpClient({ allowedOrigins: [site.baseUrl], perHostIntervalMs: 0, retries: 0 });
  return runOnce({
    stores, http, feeds: site.feeds, sink: createJsonlAlertSink(join(data, 'alerts.jsonl')), thresholdUsd: 1e7, log,
    ignorePollInterval: true, now: () => new Date(Date.now() + minutesLater * 60_000),
  });
}

/** The local stores with every DynamoDB call going through the proxy (S3 as usual). */
function throughProxy(stores: LocalStores, proxy: ThrottleProxy): LocalStores {
  const { dynamo, doc } = localDynamoClients(proxy.endpoint);
  return { ...stores, ...createStores({ doc, tableName: stores.tableName, blobs: stores.blobs }), blobs: stores.blobs, dynamo, doc };
}

/**
 * Every `nth` call (one invocation, all its retries), up to `calls` of them: throttled on its first
 * `attempts` attempts. Calls are picked on their first attempt, so a retry is never picked afresh.
 */
function throttleCalls(o: { nth: number; calls: number; attempts: number }): ThrottlePolicy {
  const picked = new Set<string>();
  let seen = 0;
  return (r) => {
    if (r.attempt === 1 && picked.size < o.calls && ++seen % o.nth === 0) picked.add(r.invocation);
    return picked.has(r.invocation) && r.attempt <= o.attempts;
  };
}

/** Every failure a run reports, in one list: feeds, the sweep, items, alerts. */
function reported(s: RunSummary): string[] {
  return [
    ...s.discover.feeds.flatMap((f) => (f.error ? [f.error] : [])), ...(s.sweep.error ? [s.sweep.error] : []),
    ...s.processed.flatMap((p) => (p.error ? [p.error] : [])), ...s.alerts.failed.map((f) => f.error),
  ];
}

describe('DynamoDB throttling part of a run', () => {
  let clean: EndState;
  beforeAll(async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'throttle-clean-')), 'data');
    const stores = await startLocalStores({ dataDir: data });
    await run(data, stores, quiet);
    await stores.close();
    clean = await endState(data);
  }, 60_000);

  it.each([
    // One call in 3, 12 calls, first attempt only: within the SDK's 4 attempts.
    ['the SDK retries ride through them', { nth: 3, calls: 12, attempts: 1 }],
    // One call in 2, 3 calls, every attempt: beyond the SDK's retries.
    ['they outlast the SDK retries: the run reports the failures', { nth: 2, calls: 3, attempts: 4 }],
  ] as const)('from the 5th article on, %s; the next run finishes, nothing lost or doubled', async (_name, policy) => {
    // Prepare
    const data = join(mkdtempSync(join(tmpdir(), 'throttle-')), 'data');
    const stores = await startLocalStores({ dataDir: data });
    const proxy = await startThrottleProxy(stores.endpoints.dynamodb);
    // Act: throttling from the 5th stored article on; then, without the proxy, a run past the retry pause.
    let broken: RunSummary;
    try {
      broken = await run(data, throughProxy(stores, proxy), logCalling(5, () => proxy.setPolicy(throttleCalls(policy))));
    } finally {
      await proxy.close();
      await stores.close();
    }
    const again = await startLocalStores({ dataDir: data });
    const next = await run(data, again, quiet, 60).finally(() => again.close());
    const end = await endState(data);
    // Assert: the proxy throttled as asked, and the SDK retried each throttled attempt while it could.
    const throttled = proxy.log.filter((r) => r.throttled);
    const calls = new Set(throttled.map((r) => r.invocation));
    expect(calls.size).toBe(policy.calls);
    expect(throttled.length).toBe(policy.calls * policy.attempts);
    const exhausted = throttled.filter((r) => r.attempt === r.maxAttempts).length;
    const retried = proxy.log.filter((r) => !r.throttled && calls.has(r.invocation)).length;
    expect(retried + exhausted).toBe(policy.calls);
    // The run reports what the retries could not absorb, and only that.
    const failures = reported(broken);
    if (exhausted === 0) {
      expect(failures).toEqual([]);
      expect(outcomeOf(broken).code).toBe(EXIT.ok);
    } else {
      expect(failures.length).toBeGreaterThan(0);
      expect(failures.some((f) => f.includes(THROTTLE_MESSAGE))).toBe(true);
      expect(outcomeOf(broken).code).toBe(EXIT.partial);
    }
    // The next run has nothing left to report, and nothing is lost or twice.
    expect(outcomeOf(next).code).toBe(EXIT.ok);
    expect(end).toEqual(clean);
    expect(end.repeatedAlerts).toEqual([]);
  }, 30_000);
});
