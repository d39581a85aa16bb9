import { request } from 'node:http';
import * as cheerio from 'cheerio';
import { XMLValidator } from 'fast-xml-parser';
import { parseDocument } from 'htmlparser2';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_PATHS, SAMPLE_SITE_STABLE_PORT, startSampleSite, type SampleSite } from '../../../shared/local/sample-site/index.js';

const parser = new Parser();

/** GET with node:http so a stalled response can be observed without fetch's own timeouts. */
function rawGet(url: string): Promise<{ status: number } | { error: string; afterMs: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const req = request(url, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
    });
    req.on('error', (err) => resolve({ error: err.message, afterMs: Date.now() - started }));
    req.end();
  });
}

describe('sample site with faults', () => {
  let site: SampleSite;
  const STALL_MS = 400;
  beforeAll(async () => {
    site = await startSampleSite({ faults: true, stallMs: STALL_MS });
  });
  afterAll(async () => {
    await site.close();
  });
  const feedUrl = (id: string): string => site.feeds.find((f) => f.id === id)!.url;

  it('adds the broken, malformed and faults feeds', () => {
    expect(site.feeds.map((f) => f.id)).toEqual(['sample-trend', 'sample-kun', 'sample-astana', 'sample-kun-ru', 'sample-broken', 'sample-malformed', 'sample-faults']);
  });

  it('answers 500 for the broken feed', async () => {
    const res = await fetch(feedUrl('sample-broken'));
    expect(res.status).toBe(500);
    await res.arrayBuffer();
  });

  it('serves a malformed feed beyond repair: strict parsers reject it, a tolerant one finds no element', async () => {
    const res = await fetch(feedUrl('sample-malformed'));
    expect(res.status).toBe(200);
    const xml = await res.text();
    await expect(parser.parseString(xml)).rejects.toThrow();
    expect(XMLValidator.validate(xml)).not.toBe(true);
    const tolerant = parseDocument(xml, { xmlMode: true });
    expect(tolerant.children.filter((n) => n.type === 'tag')).toEqual([]);
  });

  it('serves a valid faults feed without validators, whose gallery item is a 200 page with no article text', async () => {
    const feedRes = await fetch(feedUrl('sample-faults'), { headers: { 'If-None-Match': '*' } });
    expect(feedRes.status, 'no 304: every poll lists the items again').toBe(200);
    expect(feedRes.headers.get('etag')).toBeNull();
    expect(feedRes.headers.get('last-modified')).toBeNull();
    const parsed = await parser.parseString(await feedRes.text());
    expect(parsed.items).toHaveLength(2);
    const gallery = parsed.items.find((i) => i.link?.includes('gallery'))!;
    const res = await fetch(gallery.link!);
    expect(res.status).toBe(200);
    const $ = cheerio.load(await res.text());
    expect($('h1').text()).toBe(gallery.title);
    const prose = $('p').map((_, p) => $(p).text()).get().join(' ');
    expect(prose.length).toBeLessThan(80);
  });

  it('stalls the other item for stallMs and then drops the connection without a response', async () => {
    const parsed = await parser.parseString(await (await fetch(feedUrl('sample-faults'))).text());
    const stalled = parsed.items.find((i) => !i.link?.includes('gallery'))!;
    const result = await rawGet(stalled.link!);
    expect('error' in result).toBe(true);
    if ('error' in result) expect(result.afterMs).toBeGreaterThanOrEqual(STALL_MS - 50);
  });
});

describe('sample site start', () => {
  it('listens on the port asked for, and names the port when it is taken', async () => {
    // Not SAMPLE_SITE_STABLE_PORT itself: npm start tests may hold it in a parallel worker.
    const site = await startSampleSite();
    const port = Number(new URL(site.baseUrl).port);
    try {
      const taken = startSampleSite({ port });
      await expect(taken).rejects.toMatchObject({ name: 'SampleSiteError', message: expect.stringContaining(`127.0.0.1:${port}: the port is already in use`) });
      await expect(taken).rejects.toHaveProperty('cause.code', 'EADDRINUSE');
    } finally {
      await site.close();
    }
    const again = await startSampleSite({ port });
    expect(again.baseUrl).toBe(site.baseUrl);
    expect(again.feeds.map((f) => f.url)).toEqual(site.feeds.map((f) => f.url));
    await again.close();
    expect(SAMPLE_SITE_STABLE_PORT).toBeLessThan(32768);
  });
});

describe('sample site close()', () => {
  it('ends promptly with a stalled request in flight', async () => {
    const site = await startSampleSite({ faults: true });
    const pending = rawGet(`${site.baseUrl}${FAULT_PATHS.stallPage}`);
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await site.close();
    expect(Date.now() - started).toBeLessThan(1000);
    const result = await pending;
    expect('error' in result).toBe(true);
    await expect(fetch(`${site.baseUrl}/robots.txt`)).rejects.toThrow();
  });
});
