import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../../shared/article/generic/json-ld.js';
import { extractMetadata, normalizeLanguage } from '../../../../shared/article/generic/metadata.js';

const page = (head: string, body = ''): string => `<html><head>${head}</head><body>${body}</body></html>`;

describe('readJsonLd', () => {
  it('prefers an article node over WebPage, inside @graph and arrays', () => {
    const ld = [{ '@graph': [{ '@type': 'WebPage', name: 'Page' }, { '@type': ['NewsArticle'], headline: 'H', author: 'A. Writer', isAccessibleForFree: false }] }];
    const a = readJsonLd(load(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)));
    expect(a).toMatchObject({ type: 'NewsArticle', headline: 'H', authors: ['A. Writer'], paywalled: true });
  });

  it('skips broken blocks and reads the next one', () => {
    const html = page('<script type="application/ld+json">{"@type": "NewsArticle",}</script><script type="application/ld+json">{"@type":"Article","headline":"Ok","keywords":["a"," b "]}</script>');
    expect(readJsonLd(load(html))).toMatchObject({ headline: 'Ok', keywords: ['a', 'b'] });
  });

  it('gives null when no article node exists', () => {
    expect(readJsonLd(load(page('<script type="application/ld+json">{"@type":"Organization","name":"X"}</script>')))).toBeNull();
  });
});

describe('extractMetadata', () => {
  it('takes JSON-LD before meta tags, per field', () => {
    const html = page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"From LD"}</script>
      <meta property="og:title" content="From OG"><meta property="article:published_time" content="2026-01-02T03:04:05+05:00">`);
    const m = extractMetadata(load(html), 'https://x.example/a');
    expect(m.title).toBe('From LD');
    expect(m.published).toBe('2026-01-02T03:04:05+05:00');
  });

  it('reads tags from article:tag, then keywords, then rel=tag links', () => {
    expect(extractMetadata(load(page('<meta property="article:tag" content="Oil"><meta property="article:tag" content="Gas">')), 'https://x.example/').tags).toEqual(['Oil', 'Gas']);
    expect(extractMetadata(load(page('<meta name="keywords" content="oil, gas, oil">')), 'https://x.example/').tags).toEqual(['oil', 'gas']);
    expect(extractMetadata(load(page('', '<a rel="tag" href="/t/1">Cotton</a>')), 'https://x.example/').tags).toEqual(['Cotton']);
  });

  it('cuts the site name from <title> only when a real headline remains', () => {
    expect(extractMetadata(load(page('<title>Tajikistan opens new border crossing - Asia News</title>')), 'https://x.example/').title).toBe('Tajikistan opens new border crossing');
    expect(extractMetadata(load(page('<title>Home - Asia News</title>')), 'https://x.example/').title).toBe('Home - Asia News');
  });

  it('resolves relative canonical and image URLs and refuses non-http ones', () => {
    const m = extractMetadata(load(page('<link rel="canonical" href="/a?b=1"><meta property="og:image" content="javascript:alert(1)">')), 'https://x.example/dir/page');
    expect(m.canonicalUrl).toBe('https://x.example/a?b=1');
    expect(m.image).toBeNull();
  });

  it('reads a DOM byline and refuses a long one', () => {
    expect(extractMetadata(load(page('', '<span class="byline">By Dana Ospanova</span>')), 'https://x.example/').author).toBe('Dana Ospanova');
    expect(extractMetadata(load(page('', `<span class="byline">${'word '.repeat(30)}</span>`)), 'https://x.example/').author).toBeNull();
  });
});

describe('normalizeLanguage', () => {
  it.each([['en-US', 'en'], ['ru_RU', 'ru'], ['UZ', 'uz'], ['', null], ['english', null], [null, null]])('%s → %s', (raw, want) => {
    expect(normalizeLanguage(raw)).toBe(want);
  });
});

describe('extractMetadata, visible dates', () => {
  it('reads a date printed beside the headline, not the one in the page header', () => {
    const html = page('', `<div class="top-bar"><span class="current-date">1 January 2027</span></div>
      <div id="left"><div class="section">Business | <span class="date">May 31, 2019 / 04:05 PM</span></div><h1>New contract</h1><p>Text.</p></div>`);
    expect(extractMetadata(load(html), 'https://x.example/news/1').published).toBe('2019-05-31T16:05:00+00:00');
  });
});
