import { afterEach, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { createHttpClient } from '../../../shared/fetch/http-client.js';
import { pollFeed } from '../../../shared/feeds/poll.js';
import { FeedConfigSchema, type FeedConfig } from '../../../shared/schemas/feed.js';
import { startHttpServer, type TestServer } from '../../helpers/http-server.js';

// Loopback only: a real node:http server and the real HTTP client, no retries or pacing so each
// test sees exactly one request per poll.
const client = () => createHttpClient({ allowPrivateAddresses: true, perHostIntervalMs: 0, retries: 0, totalTimeoutMs: 500, connectTimeoutMs: 500 });
const T0 = new Date('2026-08-06T08:00:00.000Z');
const MINUTE = 60_000;

function rss(items: Array<{ title: string; link: string; category?: string }>, encoding = 'utf-8'): string {
  return `<?xml version="1.0" encoding="${encoding}"?>
<rss version="2.0"><channel><title>Loopback News</title><link>https://en.trend.az/</link>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link>${i.category ? `<category>${i.category}</category>` : ''}<pubDate>Thu, 06 Aug 2026 11:08:00 +0400</pubDate></item>`).join('\n')}
</channel></rss>`;
}

const ITEMS = [
  { title: 'Uzbekistan, China sign $1.2bn deal on copper smelter', link: 'https://www.trend.az/casia/uzbekistan/4213174.html', category: 'Economy' },
  { title: 'Football: Neftchi wins cup', link: 'https://www.trend.az/sport/4213175.html', category: 'Sport' },
];

function feedAt(server: TestServer, path: string, over: Partial<FeedConfig> = {}): FeedConfig {
  return FeedConfigSchema.parse({ id: 'loopback', url: `${server.url}${path}`, outlet: 'Trend', pollIntervalMinutes: 15, ...over });
}

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('pollFeed over loopback HTTP', () => {
  it('sends the stored validators and gets a 304 on the second poll, keeping them', async () => {
    // Prepare
    const body = rss(ITEMS);
    server = await startHttpServer((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304, { etag: '"v1"' }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Thu, 06 Aug 2026 07:00:00 GMT' }).end(body);
    });
    const feed = feedAt(server, '/feeds/casia.rss');
    // Act
    const first = await pollFeed(feed, null, client(), { now: T0 });
    const second = await pollFeed(feed, first.state, client(), { now: new Date(T0.getTime() + 16 * MINUTE) });
    // Assert
    expect(first.status).toBe('new-content');
    expect(first.items.map((i) => i.link)).toEqual(ITEMS.map((i) => i.link));
    expect(first.state).toMatchObject({ etag: '"v1"', lastModified: 'Thu, 06 Aug 2026 07:00:00 GMT', itemsSeen: 2, nextPollAfter: '2026-08-06T08:12:30.000Z' });
    // 15 minutes less the slack, half the default schedule's 5-minute period: the run nearest 08:15 polls it.
    expect(server.requests[1]?.headers['if-modified-since']).toBe('Thu, 06 Aug 2026 07:00:00 GMT');
    expect(second).toMatchObject({ status: 'not-modified', items: [], error: null });
    expect(second.state).toMatchObject({ etag: '"v1"', lastModified: 'Thu, 06 Aug 2026 07:00:00 GMT', itemsSeen: 2, consecutiveFailures: 0 });
  });

  it('skips a feed polled less than its interval ago, without a request', async () => {
    server = await startHttpServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(ITEMS)));
    const feed = feedAt(server, '/f.rss');
    const first = await pollFeed(feed, null, client(), { now: T0 });
    const again = await pollFeed(feed, first.state, client(), { now: new Date(T0.getTime() + 5 * MINUTE) });
    expect(again.status).toBe('skipped');
    expect(server.requests).toHaveLength(1);
  });

  it('decodes a windows-1251 feed declared only in its XML prolog', async () => {
    const body = iconv.encode(rss([{ title: 'Узбекистан и Китай подписали соглашение', link: 'https://www.trend.az/casia/4213176.html' }], 'windows-1251'), 'windows-1251');
    server = await startHttpServer((_req, res) => res.writeHead(200, { 'content-type': 'application/xml' }).end(body));
    const outcome = await pollFeed(feedAt(server, '/ru.rss'), null, client(), { now: T0 });
    expect(outcome.status).toBe('new-content');
    expect(outcome.items[0]?.title).toBe('Узбекистан и Китай подписали соглашение');
  });

  it('reads a gzip-encoded feed', async () => {
    const body = gzipSync(Buffer.from(rss(ITEMS)));
    server = await startHttpServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(body));
    const outcome = await pollFeed(feedAt(server, '/gz.rss'), null, client(), { now: T0 });
    expect(outcome.status).toBe('new-content');
    expect(outcome.items).toHaveLength(2);
  });

  it('honours 429 Retry-After for the next poll and does not count it towards pausing', async () => {
    server = await startHttpServer((_req, res) => res.writeHead(429, { 'retry-after': '3600' }).end('slow down'));
    const outcome = await pollFeed(feedAt(server, '/busy.rss'), null, client(), { now: T0 });
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatch(/429/);
    expect(outcome.state.nextPollAfter).toBe('2026-08-06T09:00:00.000Z');
    expect(outcome.state.consecutiveFailures).toBe(0);
  });

  it('fails a feed that times out, recording the error, and pauses it after the configured count', async () => {
    // The server accepts the request and never answers.
    server = await startHttpServer(() => undefined);
    const feed = feedAt(server, '/stalled.rss');
    let state = null;
    const outcomes = [];
    for (let i = 0; i < 2; i++) {
      const outcome = await pollFeed(feed, state, client(), { now: new Date(T0.getTime() + i * 20 * MINUTE), pauseAfterFailures: 2 });
      outcomes.push(outcome);
      state = outcome.state;
    }
    const after = await pollFeed(feed, state, client(), { now: new Date(T0.getTime() + 60 * MINUTE) });
    expect(outcomes[0]).toMatchObject({ status: 'failed', state: { consecutiveFailures: 1, paused: false } });
    expect(outcomes[0]?.error).toMatch(/no complete answer .* within 500 ms/);
    expect(outcomes[1]?.state).toMatchObject({ consecutiveFailures: 2, paused: true });
    expect(after.status).toBe('paused');
    expect(server.requests).toHaveLength(2);
  }, 10_000);

  it('reports an HTML answer as a clear failure and applies the feed filter to good feeds', async () => {
    server = await startHttpServer((req, res) =>
      req.url === '/html'
        ? res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><head><title>Kun.uz</title></head><body></body></html>')
        : res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(ITEMS)),
    );
    const html = await pollFeed(feedAt(server, '/html', { id: 'kun-en' }), null, client(), { now: T0 });
    const filtered = await pollFeed(feedAt(server, '/f.rss', { filter: { categories: ['economy'], keywords: [] } }), null, client(), { now: T0 });
    expect(html.status).toBe('failed');
    expect(html.error).toBe(`feed kun-en (${server.url}/html): not a feed: the server answered with an HTML page`);
    expect(html.state.lastError).toBe(html.error);
    expect(filtered.items.map((i) => i.title)).toEqual([ITEMS[0]?.title]);
    expect(filtered.state.itemsSeen).toBe(1);
  });
});
