import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { createJsonlAlertSink, createWebhookAlertSink, fanOut } from '../../../shared/local/alert-sinks.js';
import { runNotify, alertReasons } from '../../../shared/pipeline/notify.js';
import { buildFact } from '../../helpers/builders.js';
import type { PipelineLog } from '../../../shared/pipeline/types.js';

const quiet: PipelineLog = { info() {}, warn() {} };
let stores: LocalStores;
let server: Server;
let webhookUrl: string;
const received: unknown[] = [];
let failNext = false;

beforeAll(async () => {
  stores = await startLocalStores();
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (failNext) { failNext = false; res.statusCode = 503; res.end(); return; }
      received.push({ method: req.method, type: req.headers['content-type'], body: JSON.parse(body) });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  await stores?.close();
  await new Promise((r) => server?.close(r));
});

describe('alert decisions', () => {
  it('alerts every agreement and any fact at or over the USD threshold, nothing else', () => {
    expect(alertReasons(buildFact({ type: 'agreement', amount: null }), 1e8)).toEqual(['agreement']);
    expect(alertReasons(buildFact({ type: 'trade', amount: { value: 2e8, currency: 'USD', qualifier: 'exact' } }), 1e8)).toEqual(['amount-threshold']);
    expect(alertReasons(buildFact({ type: 'trade', amount: { value: 1e8, currency: 'USD', qualifier: 'exact' } }), 1e8)).toEqual(['amount-threshold']);
    expect(alertReasons(buildFact({ type: 'trade', amount: { value: 5e7, currency: 'USD', qualifier: 'exact' } }), 1e8)).toEqual([]);
    // 1 trillion soum is about $79 million: under a $100 million threshold.
    expect(alertReasons(buildFact({ type: 'investment', amount: { value: 1e12, currency: 'UZS', qualifier: 'exact' } }), 1e8)).toEqual([]);
    expect(alertReasons(buildFact({ type: 'investment', amount: { value: 1, currency: 'XXX', qualifier: 'exact' } }), 1)).toEqual([]);
  });
});

describe('runNotify against the local stores, a JSONL file and a loopback webhook', () => {
  it('sends each alert once to both sinks, with type, parties, amount, evidence and link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alerts-'));
    const file = join(dir, 'alerts.jsonl');
    const sink = fanOut([createWebhookAlertSink(webhookUrl), createJsonlAlertSink(file)]);
    const deal = buildFact({ type: 'agreement', status: 'signed', amount: { value: 3e8, currency: 'EUR', qualifier: 'exact' }, evidence: 'EBRD and Uzbekistan signed a EUR 300 million loan agreement.', organizations: ['EBRD'], countries: ['UZ'] });
    const small = buildFact({ type: 'trade', amount: { value: 1e6, currency: 'USD', qualifier: 'exact' }, evidence: 'Exports rose to $1 million.' });
    const deps = { ledger: stores.alertLedger, sink, articles: stores.articles, thresholdUsd: 1e8, log: quiet };

    const first = await runNotify([deal, small], deps);
    const second = await runNotify([deal, small], deps);

    expect(first.sent.map((a) => a.factId)).toEqual([deal.id]);
    expect(first.sent[0]).toMatchObject({
      type: 'agreement', status: 'signed', reasons: ['agreement', 'amount-threshold'], countries: ['UZ'], organizations: ['EBRD'],
      amount: { value: 3e8, currency: 'EUR' }, amountUsd: 324_000_000, evidence: deal.evidence, link: deal.sourceUrl,
    });
    expect(second.sent).toEqual([]);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual(first.sent);
    expect(received).toEqual([{ method: 'POST', type: 'application/json', body: first.sent[0] }]);
  });

  it('gives the claim back when the webhook fails, so the next try sends the alert', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alerts-'));
    const file = join(dir, 'alerts.jsonl');
    const sink = fanOut([createWebhookAlertSink(webhookUrl), createJsonlAlertSink(file)]);
    const deal = buildFact({ type: 'agreement', amount: null, evidence: 'Kazakhstan and Korea inked a memorandum on batteries.' });
    const deps = { ledger: stores.alertLedger, sink, articles: stores.articles, thresholdUsd: 1e8, log: quiet };
    failNext = true;
    await expect(runNotify([deal], deps)).rejects.toThrow(/HTTP 503/);
    expect(existsSync(file)).toBe(false);
    const retry = await runNotify([deal], deps);
    expect(retry.sent.map((a) => a.factId)).toEqual([deal.id]);
  });
});
