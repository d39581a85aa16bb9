import { describe, expect, it } from 'vitest';
import { FetchError } from '../../../shared/fetch/errors.js';
import { RobotsCache, robotsToken } from '../../../shared/fetch/robots.js';
import type { HttpResult } from '../../../shared/fetch/types.js';

const ROBOTS = 'User-agent: *\nDisallow: /search\n\nUser-agent: acme-bot\nDisallow: /\nCrawl-delay: 3\n';

const ok = (url: string, text: string): HttpResult => ({
  url, finalUrl: url, status: 200, notModified: false, headers: {}, contentType: 'text/plain', bytes: Buffer.from(text), text, charset: 'utf-8', charsetNote: null,
});
const failure = (url: string, status: number) => new FetchError({ url, reason: 'http-status', detail: `HTTP ${status}`, status });

/** A RobotsCache over a scripted robots.txt source and a hand-driven clock. */
function setup(answer: (url: string) => HttpResult | FetchError, userAgent = 'coop-facts/0.1 (+https://example.org/bot)') {
  let now = 0;
  const asked: string[] = [];
  const cache = new RobotsCache(
    async (url) => {
      asked.push(url);
      const a = answer(url);
      if (a instanceof Error) throw a;
      return a;
    },
    { userAgent, ttlMs: 60_000, errorTtlMs: 5_000, now: () => now },
  );
  return { cache, asked, advance: (ms: number) => (now += ms) };
}

describe('robotsToken', () => {
  it.each([
    ['coop-facts/0.1 (+https://github.com/coop-facts/coop-facts; news research bot)', 'coop-facts'],
    ['acme-bot/2.0', 'acme-bot'],
    ['plainbot', 'plainbot'],
  ])('%s → %s', (ua, token) => {
    expect(robotsToken(ua)).toBe(token);
  });
});

describe('RobotsCache', () => {
  it('applies the * group to our agent and the named group to a named agent', async () => {
    const ours = setup((u) => ok(u, ROBOTS));
    expect(await ours.cache.check(new URL('https://news.example/search?q=gas'))).toEqual({ allowed: false });
    expect(await ours.cache.check(new URL('https://news.example/2026/11/story'))).toEqual({ allowed: true });
    const named = setup((u) => ok(u, ROBOTS), 'acme-bot/2.0 (+https://acme.example)');
    expect(await named.cache.check(new URL('https://news.example/2026/11/story'))).toEqual({ allowed: false, crawlDelayMs: 3000 });
  });

  it('asks once per origin within the TTL, and again after it', async () => {
    const { cache, asked, advance } = setup((u) => ok(u, ROBOTS));
    await Promise.all([cache.check(new URL('https://a.example/1')), cache.check(new URL('https://a.example/2'))]);
    await cache.check(new URL('http://a.example/3'));
    expect(asked).toEqual(['https://a.example/robots.txt', 'http://a.example/robots.txt']);
    advance(60_001);
    await cache.check(new URL('https://a.example/4'));
    expect(asked).toHaveLength(3);
  });

  it('allows everything on a 404 and keeps that for the full TTL', async () => {
    const { cache, asked, advance } = setup((u) => failure(u, 404));
    expect(await cache.check(new URL('https://b.example/x'))).toEqual({ allowed: true });
    advance(30_000);
    await cache.check(new URL('https://b.example/y'));
    expect(asked).toHaveLength(1);
  });

  it.each([
    ['a 503', (u: string) => failure(u, 503)],
    ['a 429', (u: string) => failure(u, 429)],
    ['a timeout', (u: string) => new FetchError({ url: u, reason: 'timeout', detail: 'timed out' })],
  ])('allows everything on %s but asks again after the short error TTL', async (_name, answer) => {
    const { cache, asked, advance } = setup(answer);
    expect(await cache.check(new URL('https://c.example/x'))).toEqual({ allowed: true });
    advance(5_001);
    await cache.check(new URL('https://c.example/y'));
    expect(asked).toHaveLength(2);
  });
});
