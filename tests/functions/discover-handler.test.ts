import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDiscoverHandler } from '../../functions/discover/discover-handler.js';
import { createPowertools, pipelineLog } from '../../functions/shared/powertools.js';
import { createSqsItemQueue } from '../../shared/store/sqs/sqs-item-queue.js';
import { FEEDS_FAILED_METRIC } from '../../infra/constructs/operations.js';
import { createHttpClient } from '../../shared/fetch/http-client.js';
import { startLocalStores, type LocalStores } from '../../shared/local/stores.js';
import { wirePipeline } from '../../shared/pipeline/wiring.js';
import { FeedConfigSchema, ItemMessageSchema } from '../../shared/schemas/index.js';
import { loadEvent, quietPowertools } from './helpers/events.js';
import { startFakeSqs, type FakeSqs } from './helpers/fake-sqs.js';

const FEED = readFileSync(new URL('./fixtures/business-feed.xml', import.meta.url), 'utf8');

/** The outlet on loopback: one good feed, one feed URL that is gone. */
function startOutlet(): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === '/rss/business.xml') {
      const origin = `http://${req.headers.host}`;
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(FEED.replaceAll('{{origin}}', origin));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('discover handler (dynalite, loopback feed, loopback SQS)', () => {
  let stores: LocalStores;
  let outlet: Server;
  let sqs: FakeSqs;
  let origin: string;
  let handler: ReturnType<typeof createDiscoverHandler>;
  let tools: ReturnType<typeof createPowertools>;

  beforeAll(async () => {
    quietPowertools();
    [stores, outlet, sqs] = await Promise.all([startLocalStores({ tableName: 'discover-test' }), startOutlet(), startFakeSqs()]);
    origin = `http://127.0.0.1:${(outlet.address() as AddressInfo).port}`;
    tools = createPowertools('test');
    const feeds = [
      FeedConfigSchema.parse({ id: 'steppe-ledger-business', url: `${origin}/rss/business.xml`, outlet: 'Steppe Ledger', countries: ['KZ'] }),
      FeedConfigSchema.parse({ id: 'steppe-ledger-gone', url: `${origin}/rss/gone.xml`, outlet: 'Steppe Ledger' }),
    ];
    const pipeline = wirePipeline(stores, { http: createHttpClient({ allowedOrigins: [origin], perHostIntervalMs: 0, retries: 0 }), log: pipelineLog(tools.logger) });
    const queue = createSqsItemQueue({ client: sqs.client, queueUrl: sqs.queueUrl });
    handler = createDiscoverHandler({ sweep: () => pipeline.sweep(queue), discover: () => pipeline.discover(feeds, queue) }, tools);
  });
  afterAll(async () => {
    await Promise.all([stores.close(), sqs.close(), new Promise<void>((resolve) => outlet.close(() => resolve()))]);
  });

  it('queues one ItemMessage per new item, reports the failing feed and counts it for the alarm', async () => {
    // Prepare
    const addMetric = vi.spyOn(tools.metrics, 'addMetric');
    // Act
    const reply = await handler(loadEvent('schedule/base.json'));
    // Assert
    expect(reply).toMatchObject({ feeds: 2, newItems: 2, queued: 2 });
    expect(reply.failed).toEqual([{ feedId: 'steppe-ledger-gone', error: expect.stringContaining('404') }]);
    const queued = sqs.received.map((e) => ItemMessageSchema.parse(JSON.parse(e.MessageBody)));
    expect(queued.map((m) => m.item.link).sort()).toEqual([
      `${origin}/business/2026/11/25/kyrgyz-hydropower-loan.html`,
      `${origin}/business/2026/11/26/almaty-logistics-hub.html`,
    ]);
    expect(queued.every((m) => m.outlet === 'Steppe Ledger' && /^[0-9a-f]{32}$/.test(m.articleId))).toBe(true);
    expect(addMetric).toHaveBeenCalledWith(FEEDS_FAILED_METRIC.metricName, 'Count', 1);
    expect(addMetric).toHaveBeenCalledWith('ItemsQueued', 'Count', 2);
  });

  it('queues nothing new on the next run: the items are claimed', async () => {
    const before = sqs.received.length;
    const reply = await handler(loadEvent('schedule/base.json'));
    expect(reply.queued).toBe(0);
    expect(sqs.received.length).toBe(before);
  });

  it('queues again, through the work index, a claim left unsettled past its lease (its message ended in the DLQ)', async () => {
    // Prepare: an item claimed two hours ago whose processing never settled; no feed lists it.
    const articleId = 'abcdefabcdefabcdefabcdefabcdef12';
    const message = ItemMessageSchema.parse({
      articleId, canonicalUrl: `${origin}/business/2026/11/20/lost.html`, outlet: 'Steppe Ledger',
      item: { feedId: 'steppe-ledger-business', title: 'Lost', link: `${origin}/business/2026/11/20/lost.html` },
    });
    await stores.ledger.claim({
      articleId, canonicalUrl: message.canonicalUrl, feedId: 'steppe-ledger-business', contentHash: 'h',
      claimedAt: new Date(Date.now() - 2 * 3600_000).toISOString(), message,
    });
    const before = sqs.received.length;
    // Act
    const reply = await handler(loadEvent('schedule/base.json'));
    // Assert
    expect(reply.swept).toEqual({ due: 1, queued: 1, error: null });
    expect(sqs.received.slice(before).map((e) => ItemMessageSchema.parse(JSON.parse(e.MessageBody)))).toEqual([message]);
  });

  it('refuses an event that is not the schedule', async () => {
    await expect(handler(loadEvent('schedule/wrong-source.json'))).rejects.toThrow(/schedule event does not match its schema: detail-type/);
  });
});
