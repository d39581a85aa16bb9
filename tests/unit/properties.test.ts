// Properties over generated input (fast-check): the readers of what arrives from outside never
// throw anything but their own named errors, and canonical URLs are a fixed point.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalUrl } from '../../shared/feeds/canonical-url.js';
import { CanonicalUrlError, FeedParseError } from '../../shared/feeds/errors.js';
import { readFeed } from '../../shared/feeds/read-feed.js';
import { decodeBytes } from '../../shared/fetch/charset.js';

const RUNS = { numRuns: 300 };
const ctx = { feedId: 'prop', feedUrl: 'https://x.test/feed.rss' };

/** Feed-like text: tags from the feed vocabularies, text, entities, CDATA, stray markup, cut anywhere. */
const feedish = fc.array(fc.oneof(
  fc.constantFrom('<rss version="2.0">', '<channel>', '</channel>', '<item>', '</item>', '<title>', '</title>', '<link>', '</link>',
    '<feed xmlns="http://www.w3.org/2005/Atom">', '<entry>', '</entry>', '<link href="/a"/>', '<![CDATA[', ']]>', '&amp;', '&hellip;',
    '&#x41;', '&', '<', '>', '<?xml version="1.0"?>', '<a:b xmlns:a="urn:x">', '</a:b>', '<content:encoded>', 'xml:base="../"'),
  fc.string({ maxLength: 20 }),
), { maxLength: 60 }).map((parts) => parts.join(''));

describe('properties', () => {
  it('canonicalUrl is idempotent on any http(s) URL, and refuses anything else only with CanonicalUrlError', () => {
    fc.assert(fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
      const once = canonicalUrl(url);
      expect(canonicalUrl(once)).toBe(once);
      expect(once.startsWith('https://')).toBe(true);
    }), RUNS);
    fc.assert(fc.property(fc.string(), (s) => {
      try { canonicalUrl(s); } catch (e) { expect(e).toBeInstanceOf(CanonicalUrlError); }
    }), RUNS);
  });

  it('readFeed returns or throws FeedParseError for any text, feed-like or not', () => {
    fc.assert(fc.property(fc.oneof(feedish, fc.string()), (text) => {
      try {
        const feed = readFeed(text, ctx);
        expect(Array.isArray(feed.items)).toBe(true);
      } catch (e) {
        expect(e).toBeInstanceOf(FeedParseError);
      }
    }), RUNS);
  });

  it('decodeBytes decodes any bytes under any Content-Type without throwing, and is stable', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), fc.option(fc.constantFrom('text/html; charset=utf-8', 'text/xml; charset=windows-1251', 'text/plain; charset=bogus', 'text/html')), (bytes, type) => {
      const a = decodeBytes(Buffer.from(bytes), type);
      expect(typeof a.text).toBe('string');
      expect(decodeBytes(Buffer.from(bytes), type)).toEqual(a);
    }), RUNS);
  });
});
