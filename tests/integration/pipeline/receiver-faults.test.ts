// A webhook that fails its first calls, one that hangs, and one that answers 500 for a whole run:
// whatever it does, alerts.jsonl holds every alert once, the run says alerts failed, and later runs
// (clock moved past the back-off) deliver every alert to the receiver exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { startLocalStores } from '../../../shared/local/stores.js';
import { startSampleSite, type SampleSite } from '../../../shared/local/sample-site/server.js';
import { createHttpClient } from '../../../shared/fetch/http-client.js';
import { createLocalAlertSink } from '../../../shared/local/alert-sinks.js';
import { runOnce, type RunSummary } from '../../../shared/local/run-once.js';
import { EXIT, outcomeOf } from '../../../shared/local/exit-code.js';
import { startHttpServer } from '../../helpers/http-server.js';

const quiet = { info() {}, warn() {} };
let site: SampleSite;
beforeAll(async () => { site = await startSampleSite(); });
afterAll(async () => { await site?.close(); });

type Behaviour = (call: number, res: ServerResponse) => 'accept' | 'handled';

/**
 * Runs the pipeline on the sample site against a webhook that behaves as told, then again (an hour
 * later each time, past every back-off, with a healthy receiver) until nothing is pending.
 */
async function scenario(behaviour: Behaviour) {
  const dir = mkdtempSync(join(tmpdir(), 'receiver-'));
  const file = join(dir, 'alerts.jsonl');
  const accepted: string[] = [];
  let calls = 0;
  let healthy = false;
  const webhook = await startHttpServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const id = (JSON.parse(body) as { alertId: string }).alertId;
    expect(req.headers['idempotency-key']).toBe(id);
    if (!healthy && behaviour(++calls, res) === 'handled') return;
    accepted.push(id);
    res.writeHead(204).end();
  });
  const stores = await startLocalStores();
  const http = createHttpClient({ allowedOrigins: [site.baseUrl], perHostIntervalMs: 0, retries: 0 });
  const runs: RunSummary[] = [];
  try {
    for (let hour = 0; hour < 6; hour++) {
      runs.push(await runOnce({
        stores, http, feeds: site.feeds, thresholdUsd: 1e7, log: quiet, ignorePollInterval: true,
        sink: createLocalAlertSink(file, { url: `${webhook.url}/hook`, format: 'json', secret: null }, { timeoutMs: 300 }), now: () => new Date(Date.now() + hour * 3600_000),
      }));
      healthy = true;
      if (runs.at(-1)!.alerts.pending === 0) break;
    }
  } finally {
    await stores.close();
    await webhook.close();
  }
  const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { alertId: string }).alertId);
  return { runs, accepted, lines };
}

function expectEveryAlertOnce({ runs, accepted, lines }: Awaited<ReturnType<typeof scenario>>) {
  const all = new Set(runs.flatMap((r) => r.processed.flatMap((p) => p.alertKeys)));
  expect(all.size).toBeGreaterThan(20);
  // The file: every alert, once, written in the first run whatever the webhook did.
  expect(lines.length).toBe(all.size);
  expect(new Set(lines)).toEqual(all);
  // The receiver: every alert accepted exactly once, in the end.
  expect(accepted.length).toBe(all.size);
  expect(new Set(accepted)).toEqual(all);
  expect(runs.at(-1)!.alerts.pending).toBe(0);
}

describe('receiver faults', () => {
  it('a webhook failing its first 5 calls: the first run reports partial, a later one sends the rest, each alert once', async () => {
    const s = await scenario((call, res) => (call <= 5 ? (res.writeHead(500).end(), 'handled') : 'accept'));
    expectEveryAlertOnce(s);
    expect(s.runs[0]!.alerts.failed.length).toBeGreaterThanOrEqual(3);
    expect(outcomeOf(s.runs[0]!).code).toBe(EXIT.partial);
    expect(s.runs.length).toBe(2);
  });

  it('a webhook that hangs: each call gives up at the timeout, the run stops calling it after 3, nothing is lost', async () => {
    const s = await scenario(() => 'handled');
    expectEveryAlertOnce(s);
    // After three timeouts in a row the rest of the run's alerts are not tried: the run is not stalled.
    const errors = s.runs[0]!.alerts.failed.map((f) => f.error);
    expect(s.runs[0]!.alerts.sent).toEqual([]);
    expect(errors.filter((e) => /timed out after 300 ms/.test(e)).length).toBeLessThanOrEqual(3 + 3);
    expect(errors.filter((e) => /^not tried: the receiver failed 3 times in a row/.test(e)).length).toBeGreaterThan(20);
  });

  it('a webhook answering 500 for a whole run: the file has every alert, the outbox keeps them, the next run sends each once', async () => {
    const s = await scenario((_call, res) => (res.writeHead(500).end(), 'handled'));
    expectEveryAlertOnce(s);
    expect(s.runs[0]!.alerts.sent).toEqual([]);
    expect(s.runs[0]!.alerts.pending).toBe(new Set(s.lines).size);
    expect(outcomeOf(s.runs[0]!).code).toBe(EXIT.partial);
    expect(outcomeOf(s.runs.at(-1)!).code).toBe(EXIT.ok);
  });
});
