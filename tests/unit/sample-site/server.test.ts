import * as cheerio from 'cheerio';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedConfigSchema } from '../../../shared/schemas/index.js';
import { parseArticle } from '../../../shared/article/parse-article.js';
import { OUTLET_FEEDS } from '../../../shared/local/sample-site/sample-feeds.js';
import { SAMPLE_ARTICLES, SAMPLE_OUTLET_LANGUAGE, TREND_PAYWALL_TEXT, TREND_TRAILER, articlePath, sampleArticleForUrl, startSampleSite, type SampleSite } from '../../../shared/local/sample-site/index.js';

const parser = new Parser();

/** One outlet's feed and how its pages mark the title and the body. */
const OUTLETS = [
  { id: 'sample-trend', outlet: 'trend', site: 'en.trend.az', type: 'application/rss+xml; charset=utf-8', title: 'div.article div.top-part > h1', body: 'div.article-content.article-paddings > p' },
  { id: 'sample-kun', outlet: 'kun', site: 'kun.uz', type: 'application/atom+xml; charset=utf-8', title: 'h1.news-inner__content-title', body: 'div.news-inner__content-page > p' },
  { id: 'sample-astana', outlet: 'astana', site: 'astanatimes.com', type: 'application/rss+xml; charset=utf-8', title: 'h1.entry-title', body: 'div.entry-content > p' },
  { id: 'sample-kun-ru', outlet: 'kun-ru', site: 'kun.uz', type: 'application/atom+xml; charset=utf-8', title: 'h1.news-inner__content-title', body: 'div.news-inner__content-page > p' },
] as const;

/** The sidebar's headings and money words, per language of the outlet. */
const SIDEBAR = {
  en: { headings: /Latest news[\s\S]*Most read/, money: /\$|soums|tenge|lari|AZN/ },
  ru: { headings: /Последние новости[\s\S]*Самое читаемое/, money: /\$|сумов|долларов|евро/ },
} as const;

describe('sample site without faults', () => {
  let site: SampleSite;
  beforeAll(async () => {
    site = await startSampleSite();
  });
  afterAll(async () => {
    await site.close();
  });

  it('lists the four outlet feeds as valid FeedConfigs on loopback, each declaring its language', () => {
    expect(site.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(site.feeds.map((f) => f.id)).toEqual(OUTLETS.map((o) => o.id));
    for (const [i, feed] of site.feeds.entries()) {
      expect(FeedConfigSchema.parse(feed)).toEqual(feed);
      expect(feed.site).toBe(OUTLETS[i]?.site);
      expect(feed.url.startsWith(`${site.baseUrl}/`)).toBe(true);
      expect(feed.pollIntervalMinutes).toBe(5);
      expect(feed.language).toBe(SAMPLE_OUTLET_LANGUAGE[OUTLETS[i]!.outlet]);
    }
    expect(site.feeds.find((f) => f.id === 'sample-kun-ru')?.language).toBe('ru');
  });

  for (const o of OUTLETS) {
    it(`serves ${o.id} as a valid feed of >= 6 items, newest first, whose links are article pages`, async () => {
      const feed = site.feeds.find((f) => f.id === o.id);
      const res = await fetch(feed!.url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(o.type);
      const parsed = await parser.parseString(await res.text());
      expect(parsed.items.length).toBeGreaterThanOrEqual(6);
      const dates = parsed.items.map((i) => Date.parse(i.isoDate ?? ''));
      expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
      for (const item of parsed.items) {
        const page = await fetch(item.link!);
        expect(page.status, item.link).toBe(200);
        expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
        const $ = cheerio.load(await page.text());
        expect($(o.title).length, item.link).toBe(1);
        expect($(o.title).text()).toBe(item.title);
        expect($(o.body).length, item.link).toBeGreaterThanOrEqual(1);
        expect($('link[rel=canonical]').attr('href')).toBe(item.link);
        expect($('meta[property="og:title"]').attr('content')).toBe(item.title);
        expect($('meta[name=description]').attr('content')).toBeTruthy();
      }
    });
  }

  it('gives each feed its outlet flavour: Trend bare items with images, Kun.uz Atom summaries, WordPress full text', async () => {
    const items = async (id: string) => (await parser.parseString(await (await fetch(site.feeds.find((f) => f.id === id)!.url)).text())).items;
    const trend = await items('sample-trend');
    expect(trend.every((i) => i.content === undefined && i.contentSnippet === undefined)).toBe(true);
    expect(trend.some((i) => i.enclosure?.type === 'image/jpeg')).toBe(true);
    const kun = await items('sample-kun');
    expect(kun.every((i) => typeof i.summary === 'string' && i.summary.length > 20)).toBe(true);
    const astana = await items('sample-astana');
    for (const i of astana) {
      const article = sampleArticleForUrl(i.link!)!;
      expect(i['content:encoded']).toContain(`<p>${article.paragraphs[1]}</p>`);
      expect(i.contentSnippet).toContain(article.summary);
      expect(i.creator).toBe(article.author);
      expect(i.categories).toContain(article.category);
    }
  });

  it('marks each page date the way its outlet does', async () => {
    const pageOf = async (outlet: string) => {
      const a = SAMPLE_ARTICLES.find((x) => x.outlet === outlet && !x.paywall)!;
      return { a, $: cheerio.load(await (await fetch(`${site.baseUrl}${articlePath(a)}`)).text()) };
    };
    const t = await pageOf('trend');
    expect(t.$('div.meta span.date-time').text()).toMatch(/^\d{1,2} November 2026 \d{2}:\d{2} \(UTC \+04:00\)$/);
    expect(t.$('meta[property="article:published_time"]').attr('content')).toBe(t.a.published);
    expect(t.$('.article-paddings span.author').text()).toBe(t.a.author);
    expect(t.$('div.print-branding-footer p').text()).toMatch(/^Source: http/);
    expect(t.$('div.article-content.article-paddings > p').last().text()).toBe(TREND_TRAILER);
    const k = await pageOf('kun');
    expect(k.$('div.news-inner__content-stats').text().replace(/\s+/g, ' ').trim()).toMatch(/^\d{2}:\d{2} \/ \d{2}\.11\.2026 \| \d+$/);
    const s = await pageOf('astana');
    expect(s.$('time.entry-date').attr('datetime')).toBe(s.a.published);
    expect(s.$('a[rel=author]').text()).toBe(s.a.author);
    expect(s.$('a[rel=tag]').length).toBe(s.a.tags.length);
  });

  it('keeps the money headlines of the sidebar out of the article body', async () => {
    for (const a of SAMPLE_ARTICLES) {
      const o = OUTLETS.find((x) => x.outlet === a.outlet)!;
      const $ = cheerio.load(await (await fetch(`${site.baseUrl}${articlePath(a)}`)).text());
      const sidebar = $('aside').text();
      const words = SIDEBAR[SAMPLE_OUTLET_LANGUAGE[a.outlet]];
      expect(sidebar, a.id).toMatch(words.headings);
      expect(sidebar, a.id).toMatch(words.money);
      const body = $(o.body).map((_, p) => $(p).text()).get();
      expect(body.some((p) => sidebar.includes(p)), a.id).toBe(false);
    }
  });

  it('serves the Russian edition with lang="ru" on every page and xml:lang="ru" on its feed', async () => {
    const feed = await (await fetch(site.feeds.find((f) => f.id === 'sample-kun-ru')!.url)).text();
    expect(feed).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="ru">/);
    const russian = SAMPLE_ARTICLES.filter((a) => a.outlet === 'kun-ru');
    for (const a of russian) {
      expect(articlePath(a), a.id).toMatch(/^\/kun\/ru\/news\/2026\/11\/\d{2}\/[a-z0-9-]+$/);
      const $ = cheerio.load(await (await fetch(`${site.baseUrl}${articlePath(a)}`)).text());
      expect($('html').attr('lang'), a.id).toBe('ru');
    }
    // The English edition keeps its own language and paths.
    const english = SAMPLE_ARTICLES.find((a) => a.outlet === 'kun')!;
    expect(cheerio.load(await (await fetch(`${site.baseUrl}${articlePath(english)}`)).text())('html').attr('lang')).toBe('en');
  });

  it('gives the project\'s page parser (the kun.uz site rule) each Russian page as a Russian article: title, date, every paragraph, nothing else', async () => {
    for (const a of SAMPLE_ARTICLES.filter((x) => x.outlet === 'kun-ru')) {
      const url = `${site.baseUrl}${articlePath(a)}`;
      const parsed = parseArticle(await (await fetch(url)).text(), url, { site: OUTLET_FEEDS['kun-ru'].site });
      expect(parsed.extractedBy, a.id).toBe('site:kun.uz');
      expect(parsed.language, a.id).toBe('ru');
      expect(parsed.title, a.id).toBe(a.title);
      expect(parsed.paragraphs, a.id).toEqual(a.paragraphs);
      expect(Date.parse(parsed.published!), a.id).toBe(Date.parse(a.published));
      expect(parsed.paywalled, a.id).toBe(false);
    }
  });

  it('serves the Trend paywall shell with the teaser as its only body paragraph', async () => {
    const shell = SAMPLE_ARTICLES.find((a) => a.paywall)!;
    const $ = cheerio.load(await (await fetch(`${site.baseUrl}${articlePath(shell)}`)).text());
    expect($('div.article-content.article-paddings > p').map((_, p) => $(p).text()).get()).toEqual([TREND_PAYWALL_TEXT]);
    expect($('div.top-part > h1').text()).toBe(shell.title);
    expect($('meta[property="article:published_time"]').attr('content')).toBe(shell.published);
  });

  it('answers 304 to a matching ETag or Last-Modified, 200 to stale ones', async () => {
    for (const feed of site.feeds) {
      const first = await fetch(feed.url);
      await first.arrayBuffer();
      const etag = first.headers.get('etag');
      const lastModified = first.headers.get('last-modified');
      expect(etag, feed.id).toMatch(/^"[0-9a-f]{32}"$/);
      expect(lastModified, feed.id).toBeTruthy();

      const byEtag = await fetch(feed.url, { headers: { 'If-None-Match': etag! } });
      expect(byEtag.status).toBe(304);
      expect(await byEtag.text()).toBe('');
      const byDate = await fetch(feed.url, { headers: { 'If-Modified-Since': lastModified! } });
      expect(byDate.status).toBe(304);

      const staleEtag = await fetch(feed.url, { headers: { 'If-None-Match': '"0000"', 'If-Modified-Since': lastModified! } });
      expect(staleEtag.status, 'If-None-Match wins over If-Modified-Since').toBe(200);
      await staleEtag.arrayBuffer();
      const older = new Date(Date.parse(lastModified!) - 60_000).toUTCString();
      const staleDate = await fetch(feed.url, { headers: { 'If-Modified-Since': older } });
      expect(staleDate.status).toBe(200);
      await staleDate.arrayBuffer();
    }
  });

  it('sets Last-Modified of a feed to its newest item', async () => {
    const res = await fetch(site.feeds[0]!.url);
    await res.arrayBuffer();
    const newest = Math.max(...SAMPLE_ARTICLES.filter((a) => a.outlet === 'trend').map((a) => Date.parse(a.published)));
    expect(Date.parse(res.headers.get('last-modified')!)).toBe(newest);
  });

  it('serves robots.txt allowing everything, 404 for unknown paths, and no fault routes', async () => {
    const robots = await fetch(`${site.baseUrl}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(await robots.text()).toMatch(/User-agent: \*\s+Allow: \//);
    for (const path of ['/nope', '/trend/business/energy/9999999.html', '/faults/broken.rss', '/faults/feed.rss']) {
      const res = await fetch(`${site.baseUrl}${path}`);
      expect(res.status, path).toBe(404);
      await res.arrayBuffer();
    }
  });
});
