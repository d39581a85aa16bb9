// Work is found through the claims, not the feeds: a run that died after discover, and an item whose
// page failed for a transient reason, are both finished by later runs while the feeds answer 304.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { startSampleSite, SAMPLE_ARTICLES, type SampleSite } from '../../../shared/local/sample-site/server.js';
import { createHttpClient } from '../../../shared/fetch/http-client.js';
import { runOnce } from '../../../shared/local/run-once.js';
import { runDiscover } from '../../../shared/pipeline/discover.js';
import { FeedConfigSchema, type Alert } from '../../../shared/schemas/index.js';
import { startHttpServer, type TestServer } from '../../helpers/http-server.js';

const quiet = { info() {}, warn() {} };
const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => { for (const o of open.splice(0).reverse()) await o.close(); });
const sink = (sent: Alert[]) => ({ async send(a: Alert) { sent.push(a); } });

async function storesIn(dir: string): Promise<LocalStores> {
  const stores = await startLocalStores({ dataDir: join(dir, 'data') });
  open.push(stores);
  return stores;
}

describe('the sweep', () => {
  it('finishes the items of a run that died after claiming them, though every feed then answers 304', async () => {
    // Prepare: discover claims every item and saves the feeds' ETags; the process "dies" with its queue.
    const dir = mkdtempSync(join(tmpdir(), 'sweep-'));
    const site: SampleSite = await startSampleSite();
    open.push(site);
    const http = createHttpClient({ allowedOrigins: [site.baseUrl], perHostIntervalMs: 0, retries: 0 });
    let stores = await storesIn(dir);
    const lost = await runDiscover({ feeds: site.feeds, http, ledger: stores.ledger, feedState: stores.feedState, log: quiet, queue: { async send() {} } });
    expect(lost.feeds.reduce((n, f) => n + f.newItems, 0)).toBe(SAMPLE_ARTICLES.length);
    await stores.close();
    open.pop();

    // Act: the next run, in a new process as far as the stores know.
    stores = await storesIn(dir);
    const sent: Alert[] = [];
    const next = await runOnce({ stores, http, feeds: site.feeds, sink: sink(sent), thresholdUsd: 1e8, log: quiet, ignorePollInterval: true });

    // Assert
    expect(next.discover.feeds.map((f) => f.status)).toEqual(site.feeds.map(() => 'not-modified'));
    expect(next.discover.feeds).toHaveLength(4);
    expect(next.sweep).toEqual({ due: SAMPLE_ARTICLES.length, queued: SAMPLE_ARTICLES.length, error: null });
    expect(next.processed.filter((p) => p.status === 'stored')).toHaveLength(SAMPLE_ARTICLES.length);
    expect(sent.length).toBeGreaterThan(0);
    const again = await runOnce({ stores, http, feeds: site.feeds, sink: sink(sent), thresholdUsd: 1e8, log: quiet, ignorePollInterval: true });
    expect(again.sweep.due).toBe(0);
    expect(again.processed).toEqual([]);
  });

  it('retries a page that answered 503 once its pause is over, while its feed answers 304', async () => {
    // Prepare: a feed with an ETag, and a page that is overloaded on its first request.
    let pageCalls = 0;
    const server: TestServer = await startHttpServer((req, res) => {
      if (req.url === '/feed.rss') {
        if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
        return res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>${server.url}/</link>
<item><title>Kazakhstan and Korea sign a memorandum on batteries</title><link>${server.url}/news/1.html</link></item></channel></rss>`);
      }
      if (req.url !== '/news/1.html') return res.writeHead(404).end();
      if (++pageCalls === 1) return res.writeHead(503).end('busy');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<html><head><title>Batteries</title></head><body><article><h1>Kazakhstan and Korea sign a memorandum on batteries</h1>
<p>Kazakhstan and the Republic of Korea signed a memorandum of understanding on battery materials in Astana on Tuesday, the ministry said.</p>
<p>The memorandum covers lithium and graphite processing, and joint research in the two countries over the next five years.</p></article></body></html>`);
    });
    open.push(server);
    const feeds = [FeedConfigSchema.parse({ id: 'batteries', url: `${server.url}/feed.rss`, outlet: 'Test' })];
    const http = createHttpClient({ allowedOrigins: [server.url], perHostIntervalMs: 0, retries: 0 });
    const stores = await storesIn(mkdtempSync(join(tmpdir(), 'sweep-')));
    const t0 = Date.now();
    const run = (minutes: number) => runOnce({
      stores, http, feeds, sink: sink([]), thresholdUsd: 1e8, log: quiet, ignorePollInterval: true, now: () => new Date(t0 + minutes * 60_000),
    });

    // Act
    const first = await run(0);
    const early = await run(2);
    const later = await run(6);

    // Assert
    expect(first.processed.map((p) => [p.status, p.retryable])).toEqual([['failed', true]]);
    expect(early.discover.feeds[0]!.status).toBe('not-modified');
    expect(early.processed).toEqual([]);
    expect(later.discover.feeds[0]!.status).toBe('not-modified');
    expect(later.sweep.queued).toBe(1);
    expect(later.processed.map((p) => p.status)).toEqual(['stored']);
    expect(pageCalls).toBe(2);
  });
});
