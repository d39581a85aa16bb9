import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assertArticle } from '../../../shared/article/assert-article.js';
import { NotAnArticleError } from '../../../shared/article/errors.js';
import { parseArticle } from '../../../shared/article/parse-article.js';
import { ParsedArticleSchema } from '../../../shared/schemas/article.js';

const STORY = [
  'ALMATY, June 3. Kazakhstan and Korea signed an agreement on a $250 million petrochemical plant in Atyrau, the Ministry of Industry said on Tuesday, adding that construction will begin next spring.',
  'The plant, to be built by a joint venture of KazMunayGas and Hanwha Solutions, will produce 500,000 tonnes of polyethylene a year, most of it for export to China and Europe.',
  'The Korea Development Bank will provide a $150 million loan, while the remaining funds will come from the partners, according to the statement.',
];

const SIDEBAR = '<aside class="sidebar"><h3>Latest news</h3><ul><li><a href="/1">Uzbekistan borrows $900 million from the World Bank</a></li><li><a href="/2">Georgia exports wine worth $300 million</a></li></ul></aside>';

function genericPage(head: string, bodyExtra = ''): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Kazakhstan, Korea sign petrochemical deal | Steppe Business Review</title>${head}</head>
<body><header class="site-header"><nav><a href="/">Home</a> <a href="/business">Business</a></nav></header>
<div id="wrapper"><div class="main-column"><article class="story"><h1>Kazakhstan, Korea sign petrochemical deal</h1>
<div class="story-body">${STORY.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="share-tools"><a href="https://facebook.com/sharer">Share on Facebook</a></div></article></div>${SIDEBAR}</div>${bodyExtra}
<footer><p>© Steppe Business Review</p></footer></body></html>`;
}

describe('parseArticle, generic path', () => {
  it('reads metadata from JSON-LD inside @graph and the body by scoring', () => {
    // Prepare
    const ld = { '@context': 'https://schema.org', '@graph': [
      { '@type': 'WebSite', name: 'Steppe Business Review' },
      { '@type': 'NewsArticle', headline: 'Kazakhstan, Korea sign $250 million petrochemical deal', datePublished: '2026-06-03T09:00:00+05:00',
        author: [{ '@type': 'Person', name: 'Asel Nurlanova' }], image: { '@type': 'ImageObject', url: '/img/atyrau.jpg' }, keywords: 'Kazakhstan, Korea, petrochemicals' },
    ] };
    const html = genericPage(`<script type="application/ld+json">${JSON.stringify(ld)}</script><link rel="canonical" href="/2026/06/03/deal">`);
    // Act
    const a = parseArticle(html, 'https://steppe-business.example/2026/06/03/deal?utm=x');
    // Assert
    expect(a).toMatchObject({
      title: 'Kazakhstan, Korea sign $250 million petrochemical deal', published: '2026-06-03T09:00:00+05:00', author: 'Asel Nurlanova',
      language: 'en', image: 'https://steppe-business.example/img/atyrau.jpg', tags: ['Kazakhstan', 'Korea', 'petrochemicals'],
      canonicalUrl: 'https://steppe-business.example/2026/06/03/deal', extractedBy: 'generic', paywalled: false,
    });
    expect(a.paragraphs).toEqual(STORY);
    expect(ParsedArticleSchema.safeParse(a).success).toBe(true);
  });

  it('falls back to meta tags, then the <title> and the URL date', () => {
    const meta = parseArticle(genericPage('<meta property="og:title" content="OG title here"><meta property="article:published_time" content="2026-06-03T10:00:00Z"><meta name="author" content="Desk">'), 'https://x.example/a');
    expect(meta).toMatchObject({ title: 'OG title here', published: '2026-06-03T10:00:00+00:00', author: 'Desk' });
    const bare = parseArticle(genericPage('').replace('<h1>Kazakhstan, Korea sign petrochemical deal</h1>', '<h1>a</h1><h1>b</h1>'), 'https://x.example/2025/12/01/story');
    expect(bare.title).toBe('Kazakhstan, Korea sign petrochemical deal');
    expect(bare.published).toBe('2025-12-01T00:00:00+00:00');
  });

  it('keeps sidebar and share text out of the body', () => {
    const body = parseArticle(genericPage(''), 'https://x.example/a').paragraphs.join('\n');
    expect(body).not.toMatch(/World Bank|wine|Share on Facebook|Steppe Business Review/);
  });

  it('uses options.site for a page served from 127.0.0.1', () => {
    const html = `<html><body><div class="news-inner__content"><h1 class="news-inner__content-title">Title A</h1>
      <div class="news-inner__content-stats">09:10 / 01.02.2026 | 88</div><div class="news-inner__content-page"><p>${STORY[0]}</p></div></div></body></html>`;
    const a = parseArticle(html, 'http://127.0.0.1:4000/kun/1', { site: 'kun.uz' });
    expect(a).toMatchObject({ title: 'Title A', published: '2026-02-01T09:10:00+05:00', extractedBy: 'site:kun.uz', paragraphs: [STORY[0]] });
    expect(parseArticle(html, 'http://127.0.0.1:4000/kun/1').extractedBy).toBe('generic');
    expect(parseArticle(html, 'https://kun.uz/en/news/1', { site: 'no-such-outlet.example' }).extractedBy).toBe('site:kun.uz');
  });

  it('falls back to the generic body when a site rule finds none', () => {
    const a = parseArticle(genericPage(''), 'https://en.trend.az/business/4100001.html');
    expect(a.paragraphs).toEqual(STORY);
    expect(a.extractedBy).toBe('generic');
  });

  it('marks a generic teaser page as paywalled', () => {
    const html = `<html><head><title>Uzbek bank raises $300 million</title></head><body><article><h1>Uzbek bank raises $300 million</h1>
      <div class="article-body"><p>TASHKENT. Uzbekistan's largest bank placed Eurobonds worth $300 million.</p><p>This article is available to subscribers only. Subscribe to read the full story.</p></div></article></body></html>`;
    const a = parseArticle(html, 'https://x.example/b');
    expect(a.paywalled).toBe(true);
    expect(a.paragraphs.join(' ')).not.toMatch(/subscri/i);
    expect(() => assertArticle(a, 'https://x.example/b')).not.toThrow();
  });

  it('recognises the Trend paywall shell on the generic path too (no site rule, no options.site)', () => {
    const html = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../sites/en.trend.az/paywall-shell/page.html'), 'utf8');
    const a = parseArticle(html, 'http://127.0.0.1:3000/business/1');
    expect(a).toMatchObject({ extractedBy: 'generic', paywalled: true, paragraphs: [], title: 'Turkmenistan, Azerbaijan weigh joint gas field development' });
  });

  it('never throws, whatever the input', () => {
    const inputs = ['', '<<<>>>', '\u0000\u0001binary\uffff', '<div>'.repeat(5000), '<script type="application/ld+json">{bad json</script>', null as unknown as string];
    for (const html of inputs) {
      const a = parseArticle(html, 'not a url');
      expect(ParsedArticleSchema.safeParse(a).success).toBe(true);
    }
  });
});

describe('non-article pages are recognised', () => {
  const rejected = (html: string): NotAnArticleError | null => {
    try {
      assertArticle(parseArticle(html, 'https://x.example/p'), 'https://x.example/p');
      return null;
    } catch (e) {
      return e instanceof NotAnArticleError ? e : null;
    }
  };

  it('rejects a news listing', () => {
    const items = Array.from({ length: 20 }, (_, i) => `<li class="news-item"><a href="/news/${i}">Kazakhstan and partner ${i} discuss a $${i + 1}0 million project in the region</a><span class="time">1${i % 10}:00</span></li>`).join('');
    const html = `<html><head><title>Business news</title></head><body><nav><a href="/">Home</a></nav><h1>Business news</h1><ul class="news-list">${items}</ul><div class="pager"><a href="?p=2">Next</a></div></body></html>`;
    expect(rejected(html)).not.toBeNull();
  });

  it('rejects a contact page', () => {
    const html = `<html><head><title>Contacts</title></head><body><h1>Contacts</h1><div class="content"><p>Address: 5 Abai avenue, Almaty</p><p>Phone: +7 727 000 00 00</p><p>Email: editor@example.kz</p><p>Advertising: ads@example.kz</p></div></body></html>`;
    expect(rejected(html)?.name).toBe('NotAnArticleError');
  });

  it('rejects a photo gallery', () => {
    const figs = Array.from({ length: 12 }, (_, i) => `<figure><img src="/g/${i}.jpg"><figcaption>Photo ${i}: Navruz celebrations</figcaption></figure>`).join('');
    const html = `<html><head><title>Gallery: Navruz in Bishkek</title></head><body><h1>Gallery: Navruz in Bishkek</h1><div class="gallery">${figs}</div></body></html>`;
    expect(rejected(html)).not.toBeNull();
  });

  it('accepts the article page itself', () => {
    expect(rejected(genericPage(''))).toBeNull();
  });
});

describe('parseArticle, fragments', () => {
  it('parses an HTML fragment without <html> or <body> (a feed item’s content)', () => {
    const a = parseArticle(STORY.map((p) => `<p>${p}</p>`).join('\n'), 'https://x.example/feed-item');
    expect(a.paragraphs).toEqual(STORY);
  });
});

describe('parseArticle, pathological nesting', () => {
  it('keeps text nested 300 deep, and the story under 50,000 nested wrappers, within a bound', () => {
    const nested = (depth: number): string => `<html><body>${'<div>'.repeat(depth)}${STORY.map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(depth)}</body></html>`;
    expect(parseArticle(nested(300), 'https://x.example/a').paragraphs).toEqual(STORY);
    const started = Date.now();
    const a = parseArticle(nested(50_000), 'https://x.example/a');
    // Without the depth cap this page took 17 s (css-select on a 50,000-deep tree); a bound, not a speed target.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(ParsedArticleSchema.safeParse(a).success).toBe(true);
    // The wrappers are unwrapped, not cut: the story is kept (it was lost below 512 levels).
    expect(a.paragraphs).toEqual(STORY);
    expect(a.warnings).toBeUndefined();
  });

  it('cuts content nested past 512 levels that is not mere wrappers, and says so when the page is refused', () => {
    // Each level holds text and the next level: nothing to unwrap.
    const page = `<html><body><h1>Deep page</h1>${'<div>level <div>'.repeat(600)}<p>${STORY[0]}</p>${'</div></div>'.repeat(600)}</body></html>`;
    const a = parseArticle(page, 'https://x.example/deep');
    expect(a.warnings).toEqual(['content nested deeper than 512 elements was cut']);
    expect(() => assertArticle(a, 'https://x.example/deep')).toThrow(/content nested deeper than 512 elements was cut/);
  });

  it('parses an 8 MB page with a headline in time linear in its size (a 20 MB one took 64 s)', () => {
    const paragraph = `<p>${STORY[1]}</p>`;
    const page = `<html><body><h1>Big page</h1>${paragraph.repeat(Math.round((8 * 1024 * 1024) / paragraph.length))}</body></html>`;
    const started = Date.now();
    const a = parseArticle(page, 'https://x.example/big');
    // A bound well above the linear time (about 1 s) and far below the quadratic one (over 15 s).
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(a.title).toBe('Big page');
    expect(a.paragraphs.length).toBeGreaterThan(1000);
  });
});
