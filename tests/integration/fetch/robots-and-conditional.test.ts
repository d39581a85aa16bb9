import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type TestServer } from '../../helpers/http-server.js';
import { rejection, testClient } from './test-client.js';

/** robots.txt per made-up host; every *.test host resolves to the loopback server. */
const ROBOTS: Record<string, { status: number; body?: string }> = {
  'rules.test': {
    status: 200,
    body: ['User-agent: *', 'Disallow: /private/', '', 'User-agent: coop-facts', 'Disallow: /drafts/', 'Allow: /drafts/published-', ''].join('\n'),
  },
  'slow.test': { status: 200, body: 'User-agent: *\nCrawl-delay: 0.25\n' },
  'none.test': { status: 404 },
  'broken.test': { status: 500 },
};

let server: TestServer;
const pageArrivals: Record<string, number[]> = {};
beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0] ?? '';
    const path = req.url ?? '/';
    if (path === '/robots.txt') {
      const robots = ROBOTS[host] ?? { status: 404 };
      return res.writeHead(robots.status, { 'content-type': 'text/plain' }).end(robots.body ?? '');
    }
    (pageArrivals[host] ??= []).push(Date.now());
    if (path === '/moved') return res.writeHead(301, { location: `http://rules.test:${server.port}/drafts/2` }).end();
    if (path === '/feed.xml') {
      if (req.headers['if-none-match'] === '"v7"' || req.headers['if-modified-since'] === 'Fri, 27 Nov 2026 08:00:00 GMT') {
        return res.writeHead(304, { etag: '"v7"' }).end();
      }
      return res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v7"', 'last-modified': 'Fri, 27 Nov 2026 08:00:00 GMT' }).end('<rss version="2.0"><channel><title>Лента</title></channel></rss>');
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><body>${host}${path}</body></html>`);
  });
});
afterAll(() => server.close());

const resolve = async (): Promise<LookupAddress[]> => [{ address: '127.0.0.1', family: 4 }];
const hosts = ['rules.test', 'slow.test', 'none.test', 'broken.test'];
const client = (overrides = {}) =>
  testClient(server, { resolve, allowedOrigins: hosts.map((h) => `http://${h}:${server.port}`), respectRobots: true, ...overrides });
const at = (host: string, path: string) => `http://${host}:${server.port}${path}`;
const robotsRequests = () => server.requests.filter((r) => r.url === '/robots.txt').length;

describe('robots.txt', () => {
  it('refuses a page our agent group disallows, without requesting it', async () => {
    const err = await rejection(client().get(at('rules.test', '/drafts/1'), { purpose: 'page' }));
    expect(err.reason).toBe('robots-disallowed');
    expect(err.retryable).toBe(false);
    expect(err.message).toContain('/drafts/1');
    expect(server.requests.some((r) => r.url === '/drafts/1')).toBe(false);
  });

  it('applies our group, not *, and honours Allow inside a disallowed folder', async () => {
    const c = client();
    await expect(c.get(at('rules.test', '/private/report'), { purpose: 'page' })).resolves.toMatchObject({ status: 200 });
    await expect(c.get(at('rules.test', '/drafts/published-1'), { purpose: 'page' })).resolves.toMatchObject({ status: 200 });
  });

  it('fetches robots.txt once per origin and caches it', async () => {
    const c = client();
    const before = robotsRequests();
    await c.get(at('rules.test', '/news/1'), { purpose: 'page' });
    await Promise.all([c.get(at('rules.test', '/news/2'), { purpose: 'page' }), c.get(at('rules.test', '/news/3'), { purpose: 'page' })]);
    expect(robotsRequests() - before).toBe(1);
  });

  it('checks the target of a redirect too', async () => {
    const err = await rejection(client().get(at('none.test', '/moved'), { purpose: 'page' }));
    expect(err.reason).toBe('robots-disallowed');
    expect(err.message).toContain('/drafts/2');
  });

  it('does not apply robots.txt to feeds, nor when turned off', async () => {
    await expect(client().get(at('rules.test', '/drafts/feed'), { purpose: 'feed' })).resolves.toMatchObject({ status: 200 });
    await expect(client({ respectRobots: false }).get(at('rules.test', '/drafts/3'), { purpose: 'page' })).resolves.toMatchObject({ status: 200 });
  });

  it.each(['none.test', 'broken.test'])('allows everything when robots.txt of %s cannot be read', async (host) => {
    const result = await client().get(at(host, '/news/9'), { purpose: 'page' });
    expect(result.text).toContain(`${host}/news/9`);
  });

  it('asks a failing robots.txt once, without retries, before fetching the page', async () => {
    const brokenRobots = () => server.requests.filter((r) => r.url === '/robots.txt' && r.headers.host?.startsWith('broken.test')).length;
    const before = brokenRobots();
    await client({ retries: 3 }).get(at('broken.test', '/news/10'), { purpose: 'page' });
    expect(brokenRobots() - before).toBe(1);
  });

  it('spaces requests by the Crawl-delay', async () => {
    const c = client();
    await c.get(at('slow.test', '/a'), { purpose: 'page' });
    await c.get(at('slow.test', '/b'), { purpose: 'page' });
    const [first, second] = pageArrivals['slow.test'] ?? [];
    expect(second! - first!).toBeGreaterThanOrEqual(240);
  });
});

describe('conditional GET', () => {
  it('sends If-None-Match and returns 304 as notModified with empty text', async () => {
    const result = await client().get(at('none.test', '/feed.xml'), { purpose: 'feed', etag: '"v7"' });
    expect(result).toMatchObject({ status: 304, notModified: true, text: '' });
    expect(result.bytes.length).toBe(0);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v7"');
  });

  it('sends If-Modified-Since', async () => {
    const result = await client().get(at('none.test', '/feed.xml'), { purpose: 'feed', lastModified: 'Fri, 27 Nov 2026 08:00:00 GMT' });
    expect(result.notModified).toBe(true);
  });

  it('returns the body and the new validators when the feed changed', async () => {
    const result = await client().get(at('none.test', '/feed.xml'), { purpose: 'feed', etag: '"v6"' });
    expect(result).toMatchObject({ status: 200, notModified: false });
    expect(result.headers.etag).toBe('"v7"');
    expect(result.headers['last-modified']).toBe('Fri, 27 Nov 2026 08:00:00 GMT');
    expect(result.text).toContain('Лента');
  });
});
