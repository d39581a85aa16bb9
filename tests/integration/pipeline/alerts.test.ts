// The alert outbox against the local stores, a JSONL file and a loopback webhook: decided once,
// written before it is sent, sent once, and kept pending (in the file already) while the webhook fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { createLocalAlertSink } from '../../../shared/local/alert-sinks.js';
import { alertReasons, enqueueAlerts } from '../../../shared/pipeline/alerts.js';
import { createAlertDispatcher } from '../../../shared/pipeline/dispatch-alerts.js';
import { buildFact } from '../../helpers/builders.js';
import { unitsPerUsd } from '../../../shared/facts/money/usd.js';
import { startHttpServer, type TestServer } from '../../helpers/http-server.js';
import type { PipelineLog } from '../../../shared/pipeline/types.js';
import { verifySignature } from '../../../shared/alerts/verify-signature.js';

const quiet: PipelineLog = { info() {}, warn() {} };
let stores: LocalStores;
let webhook: TestServer;
/** What the receiver accepted (2xx), with the Idempotency-Key it came with. */
const accepted: Array<{ key: string | undefined; type: string | undefined; body: { alertId: string } }> = [];
let failNext = 0;
const SECRET = 'test-secret-0123456789abcdef';
const hook = () => ({ url: `${webhook.url}/hook`, format: 'json' as const, secret: SECRET });

beforeAll(async () => {
  stores = await startLocalStores();
  webhook = await startHttpServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (failNext > 0) { failNext--; res.writeHead(503).end(); return; }
    // Every POST is signed: the receiver refuses what it cannot verify.
    const verdict = verifySignature({ body, headers: req.headers, secret: SECRET });
    if (!verdict.ok) { res.writeHead(401).end(verdict.reason); return; }
    accepted.push({ key: req.headers['idempotency-key'] as string | undefined, type: req.headers['content-type'], body: JSON.parse(body) });
    res.writeHead(204).end();
  });
});
afterAll(async () => {
  await stores?.close();
  await webhook?.close();
});

const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { alertId: string });

describe('alert decisions', () => {
  it('alerts every agreement and any fact at or over the USD threshold, nothing else', () => {
    expect(alertReasons(buildFact({ type: 'agreement', amount: null }), 1e8)).toEqual(['agreement']);
    expect(alertReasons(buildFact({ type: 'trade', amount: { value: 2e8, currency: 'USD', qualifier: 'exact' } }), 1e8)).toEqual(['amount-threshold']);
    expect(alertReasons(buildFact({ type: 'trade', amount: { value: 1e8, currency: 'USD', qualifier: 'exact' } }), 1e8)).toEqual(['amount-threshold']);
    expect(alertReasons(buildFact({ type: 'trade', amount: { value: 5e7, currency: 'USD', qualifier: 'exact' } }), 1e8)).toEqual([]);
    // 1 trillion soum is about $85 million at the newest rate: under a $100 million threshold.
    expect(alertReasons(buildFact({ type: 'investment', amount: { value: 1e12, currency: 'UZS', qualifier: 'exact' } }), 1e8)).toEqual([]);
    expect(alertReasons(buildFact({ type: 'investment', amount: { value: 1, currency: 'XXX', qualifier: 'exact' } }), 1)).toEqual([]);
  });

  it('converts at the rate of the publication month, as the stored fact does', () => {
    // 1 billion tenge: $6,430,868 in January 2014 (155.5 per USD), $5,432,421 after February's devaluation (184.08).
    const tenge = (published: string) => buildFact({ type: 'investment', amount: { value: 1e9, currency: 'KZT', qualifier: 'exact' }, published });
    expect(alertReasons(tenge('2014-01-20T10:00:00+06:00'), 6e6)).toEqual(['amount-threshold']);
    expect(alertReasons(tenge('2014-02-20T10:00:00+06:00'), 6e6)).toEqual([]);
  });
});

describe('the outbox and the dispatcher, with a JSONL file and a loopback webhook', () => {
  it('writes each deserving fact\'s alert once, and sends it once to both sinks, with its id as the Idempotency-Key', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'alerts-')), 'alerts.jsonl');
    const deal = buildFact({ type: 'agreement', status: 'signed', amount: { value: 3e8, currency: 'EUR', qualifier: 'exact' }, evidence: 'EBRD and Uzbekistan signed a EUR 300 million loan agreement.', organizations: ['EBRD'], countries: ['UZ'] });
    const small = buildFact({ type: 'trade', amount: { value: 1e6, currency: 'USD', qualifier: 'exact' }, evidence: 'Exports rose to $1 million.' });
    const at = new Date().toISOString();
    const dispatcher = () => createAlertDispatcher({ outbox: stores.outbox, sink: createLocalAlertSink(file, hook()), log: quiet });
    accepted.length = 0;

    const keys = await enqueueAlerts([deal, small], 'EBRD loan', { outbox: stores.outbox, thresholdUsd: 1e8, at });
    const again = await enqueueAlerts([deal, small], 'EBRD loan', { outbox: stores.outbox, thresholdUsd: 1e8, at });
    const first = await dispatcher().dispatch(keys);
    const second = await dispatcher().dispatch(again);

    expect(keys).toHaveLength(1);
    expect(again).toEqual(keys);
    expect(first.sent.map((a) => a.factId)).toEqual([deal.id]);
    // Published 2026-11-20: at the table's rate for November 2026 (today its newest figure, 2026-09's 0.880226 EUR per USD: $340,821,562).
    expect(first.sent[0]).toMatchObject({
      alertId: keys[0], type: 'agreement', status: 'signed', reasons: ['agreement', 'amount-threshold'], countries: ['UZ'], organizations: ['EBRD'],
      amount: { value: 3e8, currency: 'EUR' }, amountUsd: Math.round(3e8 / unitsPerUsd('EUR', '2026-11')!), evidence: deal.evidence, link: deal.sourceUrl, title: 'EBRD loan',
    });
    expect(second).toEqual({ sent: [], failed: [] });
    expect(lines(file)).toEqual(first.sent);
    expect(accepted).toEqual([{ key: keys[0], type: 'application/json', body: first.sent[0] }]);
  });

  it('writes the file whatever the webhook does, keeps the alert pending, and sends it once when the webhook is back', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'alerts-')), 'alerts.jsonl');
    const deal = buildFact({ type: 'agreement', amount: null, evidence: 'Kazakhstan and Korea inked a memorandum on batteries.' });
    const t0 = Date.now();
    const dispatcher = (seconds: number) => createAlertDispatcher({
      outbox: stores.outbox, sink: createLocalAlertSink(file, hook()), log: quiet, now: () => new Date(t0 + seconds * 1000),
    });
    accepted.length = 0;
    failNext = 1;

    const keys = await enqueueAlerts([deal], 'Batteries', { outbox: stores.outbox, thresholdUsd: 1e8, at: new Date(t0).toISOString() });
    const failed = await dispatcher(0).dispatch(keys);
    const pending = (await stores.outbox.pending()).find((p) => p.key === keys[0]);
    const tooSoon = await dispatcher(30).dispatchDue();
    const retried = await dispatcher(61).dispatchDue();
    const afterwards = await dispatcher(3600).dispatchDue();

    expect(failed.failed.map((f) => f.error)).toEqual([expect.stringMatching(/HTTP 503/)]);
    expect(pending).toMatchObject({ attempts: 1, lastError: expect.stringMatching(/HTTP 503/) });
    expect(tooSoon.sent).toEqual([]);
    expect(retried.sent.map((a) => a.alertId)).toEqual(keys);
    expect(afterwards.sent).toEqual([]);
    expect(lines(file).map((l) => l.alertId)).toEqual(keys);
    expect(accepted.map((a) => a.key)).toEqual(keys);
  });
});
