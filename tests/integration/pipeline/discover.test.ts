// Discover against a loopback feed server and the local stores: one claim per story whatever the
// feed, and conditional-GET validators that survive a restart of the stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStores } from '../../../shared/local/stores.js';
import { createHttpClient } from '../../../shared/fetch/http-client.js';
import { runDiscover } from '../../../shared/pipeline/discover.js';
import { FeedConfigSchema, type ItemMessage } from '../../../shared/schemas/index.js';

const quiet = { info() {}, warn() {} };
let server: Server;
let base: string;
const seen: Array<{ path: string; headers: IncomingHttpHeaders }> = [];

const rss = (items: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test outlet</title><link>${base}/</link>
${items.map((link, i) => `<item><title>Story ${i}</title><link>${link}</link><pubDate>Wed, 25 Nov 2026 10:0${i}:00 +0500</pubDate></item>`).join('\n')}
</channel></rss>`;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', headers: req.headers });
    const etag = `"v1-${req.url}"`;
    if (req.headers['if-none-match'] === etag) { res.statusCode = 304; res.end(); return; }
    const body = req.url === '/a.rss'
      ? rss([`${base}/news/42.html`, `${base}/news/43.html`])
      : rss([`${base}/news/42.html?utm_source=feed&utm_medium=rss#top`]);
    res.setHeader('content-type', 'application/rss+xml; charset=utf-8');
    res.setHeader('etag', etag);
    res.setHeader('last-modified', 'Wed, 25 Nov 2026 05:03:00 GMT');
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => { await new Promise((r) => server?.close(r)); });

const feeds = () => [
  FeedConfigSchema.parse({ id: 'feed-a', url: `${base}/a.rss`, outlet: 'Test' }),
  FeedConfigSchema.parse({ id: 'feed-b', url: `${base}/b.rss`, outlet: 'Test' }),
];
const http = () => createHttpClient({ allowPrivateAddresses: true, perHostIntervalMs: 0, retries: 0 });

describe('runDiscover', () => {
  it('claims the same article listed by two feeds (one with tracking parameters) once', async () => {
    const stores = await startLocalStores();
    const queued: ItemMessage[] = [];
    try {
      const summary = await runDiscover({
        feeds: feeds(), http: http(), ledger: stores.ledger, feedState: stores.feedState, log: quiet,
        queue: { async send(m) { queued.push(...m); } },
      });
      expect(queued.map((m) => m.item.link).sort()).toEqual([`${base}/news/42.html`, `${base}/news/43.html`]);
      expect(summary.feeds.map((f) => [f.feedId, f.newItems, f.seenItems])).toEqual([['feed-a', 2, 0], ['feed-b', 0, 1]]);
      expect(summary.queued).toBe(2);
    } finally {
      await stores.close();
    }
  });

  it('keeps ETag and Last-Modified across a restart of the stores, and gets a 304', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'discover-')), 'data');
    const t0 = new Date('2026-11-27T10:00:00Z');
    const deps = (stores: Awaited<ReturnType<typeof startLocalStores>>, now: Date) => ({
      feeds: [feeds()[0]!], http: http(), ledger: stores.ledger, feedState: stores.feedState, log: quiet,
      queue: { async send() {} }, now: () => now,
    });
    let stores = await startLocalStores({ dataDir });
    await runDiscover(deps(stores, t0));
    await stores.close();

    stores = await startLocalStores({ dataDir });
    try {
      seen.length = 0;
      const later = new Date(t0.getTime() + 20 * 60_000);
      const summary = await runDiscover(deps(stores, later));
      expect(summary.feeds[0]).toMatchObject({ feedId: 'feed-a', status: 'not-modified', newItems: 0 });
      expect(seen[0]?.headers['if-none-match']).toBe('"v1-/a.rss"');
      expect(seen[0]?.headers['if-modified-since']).toBe('Wed, 25 Nov 2026 05:03:00 GMT');
      const state = await stores.feedState.get('feed-a');
      expect(state).toMatchObject({ etag: '"v1-/a.rss"', consecutiveFailures: 0 });
    } finally {
      await stores.close();
    }
  });

  it('does not poll a feed before its interval, less half the schedule period, is over', async () => {
    const stores = await startLocalStores();
    try {
      const t0 = new Date('2026-11-27T10:00:00Z');
      const run = (now: Date) => runDiscover({
        feeds: [feeds()[0]!], http: http(), ledger: stores.ledger, feedState: stores.feedState, log: quiet,
        queue: { async send() {} }, now: () => now,
      });
      await run(t0);
      seen.length = 0;
      const summary = await run(new Date(t0.getTime() + 2 * 60_000));
      expect(summary.feeds[0]?.status).toBe('skipped');
      expect(seen).toEqual([]);
    } finally {
      await stores.close();
    }
  });
});
