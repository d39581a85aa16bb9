// Feeds that attack or mislead the reader, served over loopback: a document nested 200,000 levels
// deep (1.4 MB, under the fetch cap) and a cp1251 feed that says it is UTF-8.
import { afterEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { createHttpClient } from '../../../shared/fetch/http-client.js';
import { pollFeed } from '../../../shared/feeds/poll.js';
import { FeedConfigSchema } from '../../../shared/schemas/feed.js';
import { startHttpServer, type TestServer } from '../../helpers/http-server.js';

const client = () => createHttpClient({ allowPrivateAddresses: true, perHostIntervalMs: 0, retries: 0 });
let server: TestServer | null = null;
afterEach(async () => { await server?.close(); server = null; });

describe('hostile feeds', () => {
  it('refuses a feed nested 200,000 levels deep with a clear error, at once (it took 243 s)', async () => {
    // Prepare
    const depth = 200_000;
    const body = `<?xml version="1.0"?><rss version="2.0" xmlns:a="urn:a"><channel><title>Deep</title>${'<a:x>'.repeat(depth)}${'</a:x>'.repeat(depth)}</channel></rss>`;
    server = await startHttpServer((_req, res) => { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(body); });
    const feed = FeedConfigSchema.parse({ id: 'deep', url: `${server.url}/deep.rss`, outlet: 'Nobody' });
    // Act
    const started = Date.now();
    const outcome = await pollFeed(feed, null, client());
    const ms = Date.now() - started;
    // Assert: a limit, far below the old 243 s, not a speed target.
    expect(body.length).toBeGreaterThan(1_400_000);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatch(/^feed deep \(.*\): not a feed this reader accepts: elements nested deeper than 512 levels/);
    expect(ms).toBeLessThan(5_000);
  });

  it('reads a cp1251 feed that declares UTF-8 as cp1251, and records that it did', async () => {
    // Prepare
    const title = 'Узбекистан и Казахстан подписали соглашение о транзите';
    const xml = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Лента</title><link>https://example.uz/</link>
<item><title>${title}</title><link>https://example.uz/news/1</link></item></channel></rss>`;
    server = await startHttpServer((_req, res) => { res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }); res.end(iconv.encode(xml, 'windows-1251')); });
    const feed = FeedConfigSchema.parse({ id: 'mislabelled', url: `${server.url}/feed.rss`, outlet: 'Nobody' });
    // Act
    const outcome = await pollFeed(feed, null, client());
    // Assert
    expect(outcome.status).toBe('new-content');
    expect(outcome.items.map((i) => i.title)).toEqual([title]);
    expect(outcome.state.lastWarning).toBe('declared utf-8 in the Content-Type, but the bytes are not UTF-8: decoded as windows-1251');
  });
});
