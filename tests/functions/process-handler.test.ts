import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { createProcessHandler } from '../../functions/process/process-handler.js';
import { createPowertools, pipelineLog } from '../../functions/shared/powertools.js';
import { createHttpClient } from '../../shared/fetch/http-client.js';
import { startLocalStores, type LocalStores } from '../../shared/local/stores.js';
import { wirePipeline } from '../../shared/pipeline/wiring.js';
import { loadEvent, quietPowertools } from './helpers/events.js';

const PAGE = readFileSync(new URL('./fixtures/logistics-hub.html', import.meta.url), 'utf8');
const STORED_ID = '3a7c1e9b5d2f4a6c8e0b1d3f5a7c9e1b';

/** The outlet's site on loopback: the article, a removed story (404) and an overloaded page (503). */
function startSite(): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === '/business/2026/11/26/almaty-logistics-hub.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (req.url === '/business/2026/11/26/busy-server.html') {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('try later');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('process handler (dynalite, s3rver, loopback site)', () => {
  let stores: LocalStores;
  let site: Server;
  let origin: string;
  let handler: ReturnType<typeof createProcessHandler>;

  beforeAll(async () => {
    quietPowertools();
    [stores, site] = await Promise.all([startLocalStores({ tableName: 'process-test', bucket: 'process-test' }), startSite()]);
    origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    const tools = createPowertools('test');
    handler = createProcessHandler(wirePipeline(stores, {
      // The loopback origin is let through the private-address guard; no retries, so a 503 fails fast.
      http: createHttpClient({ allowedOrigins: [origin], perHostIntervalMs: 0, retries: 0 }),
      thresholdUsd: 10_000_000, log: pipelineLog(tools.logger),
    }), tools);
  });
  afterAll(async () => {
    await stores.close();
    await new Promise<void>((resolve) => site.close(() => resolve()));
  });

  it('stores the raw page, the article and its facts, and reports no failure', async () => {
    // Act
    const reply = await handler(loadEvent('sqs/base.json', { origin }));
    // Assert
    expect(reply).toEqual({ batchItemFailures: [] });
    const keys = (await stores.s3.send(new ListObjectsV2Command({ Bucket: stores.bucket }))).Contents?.map((o) => o.Key).sort();
    expect(keys).toEqual([`articles/dt=2026-11-26/${STORED_ID}.json`, `raw/dt=2026-11-26/${STORED_ID}.html`]);
    expect(await stores.blobs.get(`raw/dt=2026-11-26/${STORED_ID}.html`)).toBe(PAGE);
    const article = await stores.articles.getArticle(STORED_ID);
    expect(article?.title).toBe('Kazakhstan and UAE company sign $250 million logistics hub deal');
    const facts = await stores.facts.factsOfArticle(STORED_ID);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.articleId === STORED_ID && f.sourceUrl.startsWith(origin))).toBe(true);
    // The deal's alert waits in the outbox, pending: the table stream hands it to notify.
    const pending = await stores.outbox.pending();
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((p) => p.status === 'pending' && p.alert.articleId === STORED_ID && p.attempts === 0)).toBe(true);
    // One alert for the deal (the agreement and the hub it builds are one deal), alerted for its agreement.
    expect(pending).toHaveLength(1);
    expect(pending[0]!.alert).toMatchObject({ kind: 'new', reasons: expect.arrayContaining(['agreement']) });
    expect(pending[0]!.alert.dealId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('reports only the retryable failure (503) and the malformed message; a 404 is dropped for good', async () => {
    const reply = await handler(loadEvent('sqs/failures.json', { origin }));
    expect(reply.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual([
      '4f1d7c1e-0003-4b2a-9c3e-000000000003', // 503: worth another try
      '4f1d7c1e-0004-4b2a-9c3e-000000000004', // not an ItemMessage: retried, then parked in the DLQ
    ]);
    expect(await stores.articles.getArticle('9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b')).toBeNull();
  });

  it('refuses an event that is not an SQS event', async () => {
    await expect(handler(loadEvent('schedule/base.json'))).rejects.toThrow(/SQS event does not match its schema: Records/);
  });
});
