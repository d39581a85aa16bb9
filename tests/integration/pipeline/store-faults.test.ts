// S3 or DynamoDB going away in the middle of a run: the run reports the failures and exits non-zero;
// the next run (the stores back, past the retry pause) completes, and the end state equals a clean
// run's: the same articles and facts, every alert once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { startSampleSite, type SampleSite } from '../../../shared/local/sample-site/server.js';
import { createHttpClient } from '../../../shared/fetch/http-client.js';
import { createJsonlAlertSink } from '../../../shared/local/alert-sinks.js';
import { runOnce, type RunSummary } from '../../../shared/local/run-once.js';
import { EXIT, outcomeOf } from '../../../shared/local/exit-code.js';
import type { PipelineLog } from '../../../shared/pipeline/types.js';
import { endState, type EndState } from '../../helpers/end-state.js';

let site: SampleSite;
beforeAll(async () => { site = await startSampleSite(); });
afterAll(async () => { await site?.close(); });

/** A log that calls `onStored` after the n-th stored article: the moment a fault is injected. */
function logStoppingAfter(n: number, onStored: () => void): PipelineLog {
  let stored = 0;
  return { info(m) { if (m.startsWith('stored ') && ++stored === n) onStored(); }, warn() {} };
}
const quiet: PipelineLog = { info() {}, warn() {} };

async function run(data: string, log: PipelineLog, stores?: LocalStores, minutesLater = 0): Promise<{ summary: RunSummary; stores: LocalStores }> {
  const s = stores ?? await startLocalStores({ dataDir: data });
  const http = createHttpClient({ allowedOrigins: [site.baseUrl], perHostIntervalMs: 0, retries: 0 });
  const summary = await runOnce({
    stores: s, http, feeds: site.feeds, sink: createJsonlAlertSink(join(data, 'alerts.jsonl')), thresholdUsd: 1e7, log,
    ignorePollInterval: true, now: () => new Date(Date.now() + minutesLater * 60_000),
  });
  return { summary, stores: s };
}

describe('store faults mid-run', () => {
  let clean: EndState;
  beforeAll(async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'faults-clean-')), 'data');
    const { stores } = await run(data, quiet);
    await stores.close();
    clean = await endState(data);
  }, 60_000);

  it.each([['S3 (s3rver)', 's3'], ['DynamoDB (dynalite)', 'dynamodb']] as const)('%s stopped after 5 articles: the run fails in part; the next one finishes it, nothing lost or doubled', async (_name, server) => {
    // Prepare
    const data = join(mkdtempSync(join(tmpdir(), `faults-${server}-`)), 'data');
    const stores = await startLocalStores({ dataDir: data });
    // Act: the store goes away mid-run; then, with it back, a run past the retry pause.
    const { summary: broken } = await run(data, logStoppingAfter(5, () => void stores.stop[server]()), stores);
    await stores.close();
    const { summary: next, stores: again } = await run(data, quiet, undefined, 60);
    await again.close();
    const end = await endState(data);
    // Assert: the broken run said so.
    const failed = broken.processed.filter((p) => p.status === 'failed');
    expect(broken.processed.filter((p) => p.status === 'stored').length).toBeGreaterThanOrEqual(5);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((f) => f.retryable)).toBe(true);
    expect(outcomeOf(broken).code).toBe(EXIT.partial);
    // The next run finished the work and had nothing left to report. (It may redo fewer items than
    // failed: a write the server made just before the stop can reach the client as an error.)
    expect(next.processed.filter((p) => p.status === 'stored').length).toBeGreaterThan(0);
    expect(outcomeOf(next).code).toBe(EXIT.ok);
    // Nothing lost, nothing twice.
    expect(end).toEqual(clean);
    expect(end.repeatedAlerts).toEqual([]);
  }, 60_000);
});
