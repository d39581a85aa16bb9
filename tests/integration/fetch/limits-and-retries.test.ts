import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_USER_AGENT } from '../../../shared/fetch/http-client.js';
import { startHttpServer, type TestServer } from '../../helpers/http-server.js';
import { rejection, testClient } from './test-client.js';

const KIB = 1024;
// 64 MiB of zeros compress to 64 KiB or less: classic decompression bombs.
const ZEROS = Buffer.alloc(64 * KIB * KIB);
const BOMBS: Record<string, Buffer> = {
  gzip: zlib.gzipSync(ZEROS),
  deflate: zlib.deflateSync(ZEROS),
  br: zlib.brotliCompressSync(ZEROS),
};
/** How many times each path was requested. */
const hits = new Map<string, number>();
const arrivals: number[] = [];
let streamedChunks = 0;

let server: TestServer;
beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    const path = req.url ?? '/';
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    if (path === '/big-declared') return res.writeHead(200, { 'content-length': String(8 * KIB) }).end(Buffer.alloc(8 * KIB, 'a'));
    if (path === '/endless') {
      // Chunked, no length, never ends: only the client's cap can stop it.
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => {
        streamedChunks += 1;
        res.write(Buffer.alloc(16 * KIB, 'b'));
      }, 1);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (path === '/endless-gzip') {
      // An endless gzip stream of zeros: tiny on the wire, unbounded once inflated.
      res.writeHead(200, { 'content-encoding': 'gzip' });
      const gzip = zlib.createGzip();
      gzip.pipe(res);
      const timer = setInterval(() => {
        streamedChunks += 1;
        gzip.write(Buffer.alloc(64 * KIB));
        gzip.flush();
      }, 1);
      res.on('close', () => {
        clearInterval(timer);
        gzip.destroy();
      });
      return;
    }
    const bomb = /^\/bomb\/(\w+)$/.exec(path)?.[1];
    if (bomb) return res.writeHead(200, { 'content-encoding': bomb }).end(BOMBS[bomb]);
    if (path === '/stall-body') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.write('<html><body><p>The first paragraph arrives, then noth');
    }
    if (path === '/stall-headers') return; // never answers
    if (path.startsWith('/rate-limited/')) {
      const retryAfter = path.endsWith('/long') ? '3600' : '1';
      if (n === 1) return res.writeHead(429, { 'retry-after': retryAfter }).end('slow down');
      return res.end('served after waiting');
    }
    if (path === '/flaky') return n === 1 ? res.writeHead(503).end() : res.end('recovered');
    if (path === '/down') return res.writeHead(503).end();
    if (path === '/missing') return res.writeHead(404).end();
    if (path === '/reset') return req.socket.destroy();
    if (path.startsWith('/paced/')) arrivals.push(Date.now());
    res.end('ok');
  });
});
afterAll(() => server.close());

const at = (path: string) => `${server.url}${path}`;

describe('body cap', () => {
  it('refuses a declared Content-Length over the cap', async () => {
    const err = await rejection(testClient(server, { maxBytes: 4 * KIB }).get(at('/big-declared'), { purpose: 'page' }));
    expect(err.reason).toBe('too-large');
    expect(err.retryable).toBe(false);
    expect(err.message).toContain('/big-declared');
  });

  it.each(['/endless', '/endless-gzip'])('stops %s as soon as the cap is passed', async (path) => {
    const err = await rejection(testClient(server, { maxBytes: 256 * KIB }).get(at(path), { purpose: 'page' }));
    expect(err.reason).toBe('too-large');
    await new Promise((r) => setTimeout(r, 50));
    const after = streamedChunks;
    await new Promise((r) => setTimeout(r, 50));
    expect(streamedChunks).toBe(after);
  });

  it.each(Object.keys(BOMBS))('stops a %s bomb at the cap on decompressed bytes', async (encoding) => {
    const started = Date.now();
    const err = await rejection(testClient(server, { maxBytes: 1024 * KIB }).get(at(`/bomb/${encoding}`), { purpose: 'page' }));
    expect(err.reason).toBe('too-large');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('timeouts', () => {
  it.each(['/stall-body', '/stall-headers'])('gives up on %s after totalTimeoutMs', async (path) => {
    const started = Date.now();
    const err = await rejection(testClient(server, { totalTimeoutMs: 300, retries: 0 }).get(at(path), { purpose: 'page' }));
    expect(err.reason).toBe('timeout');
    expect(err.message).toContain(`timed out: no complete answer from ${at(path)} within 300 ms`);
    expect(err.retryable).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  // A resolver that never answers stands in for an unreachable host: the connect phase (DNS
  // included) has to end within connectTimeoutMs, whichever of the two lookups hangs.
  const hang = () => new Promise<never>(() => undefined);
  it.each([
    ['the early address check', { allowedOrigins: [] }, 'timed out: no DNS answer for unreachable.test within 200 ms'],
    ['the connect-time lookup', { allowPrivateAddresses: true }, 'timed out: no connection to unreachable.test'],
  ])('ends a hung DNS lookup in %s after connectTimeoutMs', async (_where, overrides, message) => {
    const started = Date.now();
    const client = testClient(server, { resolve: hang, connectTimeoutMs: 200, retries: 0, ...overrides });
    const err = await rejection(client.get(`http://unreachable.test:${server.port}/`, { purpose: 'page' }));
    expect(err.reason).toBe('timeout');
    expect(err.message).toContain(message);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('retries a timeout and says how often', async () => {
    hits.delete('/stall-headers');
    const err = await rejection(testClient(server, { totalTimeoutMs: 150, retries: 1 }).get(at('/stall-headers'), { purpose: 'page' }));
    expect(err.message).toMatch(/after 1 retry$/);
    expect(hits.get('/stall-headers')).toBe(2);
  });
});

describe('retries', () => {
  it('waits for Retry-After on 429, then succeeds', async () => {
    const started = Date.now();
    const result = await testClient(server).get(at('/rate-limited/short'), { purpose: 'page' });
    expect(result.text).toBe('served after waiting');
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('caps a long Retry-After at maxRetryAfterMs', async () => {
    const started = Date.now();
    await testClient(server, { maxRetryAfterMs: 200 }).get(at('/rate-limited/long'), { purpose: 'page' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('retries a 503 and returns the later 200', async () => {
    const result = await testClient(server).get(at('/flaky'), { purpose: 'feed' });
    expect(result.text).toBe('recovered');
    expect(hits.get('/flaky')).toBe(2);
  });

  it('gives up on a lasting 503 after `retries` retries', async () => {
    const err = await rejection(testClient(server, { retries: 2 }).get(at('/down'), { purpose: 'page' }));
    expect(err.message).toBe(`GET ${at('/down')} failed: HTTP 503 after 2 retries`);
    expect(err.status).toBe(503);
    expect(err.retryable).toBe(true);
    expect(hits.get('/down')).toBe(3);
  });

  it('does not retry a 404', async () => {
    const err = await rejection(testClient(server).get(at('/missing'), { purpose: 'page' }));
    expect(err.status).toBe(404);
    expect(err.retryable).toBe(false);
    expect(err.message).toBe(`GET ${at('/missing')} failed: HTTP 404`);
    expect(hits.get('/missing')).toBe(1);
  });

  it('retries a dropped connection as a network error', async () => {
    const err = await rejection(testClient(server, { retries: 1 }).get(at('/reset'), { purpose: 'page' }));
    expect(err.reason).toBe('network');
    expect(hits.get('/reset')).toBe(2);
  });
});

describe('politeness', () => {
  it('paces requests to one host and sends the honest User-Agent', async () => {
    const client = testClient(server, { perHostIntervalMs: 150 });
    await Promise.all([1, 2, 3].map((i) => client.get(at(`/paced/${i}`), { purpose: 'page' })));
    expect(arrivals).toHaveLength(3);
    // Starts are 150 ms apart by construction; arrivals at the server also carry each request's
    // connection setup, which varies under load, so the span of three is checked with slack
    // (unpaced, all three arrive within a few ms). tests/unit/fetch/host-pacer.test.ts checks exact starts.
    expect(arrivals[2]! - arrivals[0]!).toBeGreaterThanOrEqual(240);
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(100);
    expect(arrivals[2]! - arrivals[1]!).toBeGreaterThanOrEqual(100);
    expect(server.requests.at(-1)?.headers['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(DEFAULT_USER_AGENT).toMatch(/\+https:\/\/\S+/);
  });
});
