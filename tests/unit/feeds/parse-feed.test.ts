import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseFeed } from '../../../shared/feeds/parse-feed.js';
import { FeedParseError } from '../../../shared/feeds/errors.js';

const ctx = { feedId: 'test-feed', feedUrl: 'https://feeds.test/rss' };
const rss = (items: string, channel = '<title>T</title><link>https://site.test/</link>') => `<rss version="2.0"><channel>${channel}${items}</channel></rss>`;

async function parseError(input: string | Buffer, contentType?: string): Promise<FeedParseError> {
  try {
    await parseFeed(input, { ...ctx, contentType });
  } catch (e) {
    if (e instanceof FeedParseError) return e;
    throw e;
  }
  throw new Error('expected a FeedParseError');
}

describe('parseFeed: documents that are not feeds', () => {
  it.each([
    ['an HTML page', '<!doctype html><html><body><p>Not here</p></body></html>', 'not a feed: the server answered with an HTML page'],
    ['an HTML fragment without <html>', '<head><title>Document Moved</title></head><body>moved</body>', 'not a feed: the server answered with an HTML page'],
    ['JSON', '{"items": []}', 'not a feed: the document is JSON, not RSS or Atom'],
    ['an empty body', '  \n', 'the document is empty'],
    ['plain text', 'Service Unavailable', 'not a feed: no markup in the document (starts "Service Unavailable")'],
    ['another XML vocabulary', '<?xml version="1.0"?><urlset><url><loc>https://x.test/</loc></url></urlset>', 'not a feed: the root element is <urlset>, not rss, RDF or Atom'],
  ])('%s gives a FeedParseError naming the feed and the reason', async (_what, input, reason) => {
    const error = await parseError(input);
    expect(error.name).toBe('FeedParseError');
    expect(error.reason).toBe(reason);
    expect(error.message).toBe(`feed test-feed (https://feeds.test/rss): ${reason}`);
  });
});

describe('parseFeed: items', () => {
  it('drops and counts entries without an http(s) link, keeping the others in order', async () => {
    const feed = await parseFeed(
      rss('<item><title>A</title><link>https://site.test/a</link></item><item><title>No link</title></item><item><title>Mail</title><link>mailto:desk@site.test</link></item><item><title>B</title><link>b</link></item>'),
      ctx,
    );
    expect(feed.items.map((i) => [i.title, i.link])).toEqual([['A', 'https://site.test/a'], ['B', 'https://site.test/b']]);
    expect(feed.droppedItems).toBe(2);
  });

  it('keeps CDATA verbatim, decodes HTML entities elsewhere and leaves unknown entities as written', async () => {
    const feed = await parseFeed(rss('<item><title>Q1 &ndash; up &foo; 5%</title><link>https://site.test/a?x=1&y=2</link><description><![CDATA[Tom &amp; Jerry &lt;3]]></description></item>'), ctx);
    expect(feed.items[0]).toMatchObject({ title: 'Q1 – up &foo; 5%', link: 'https://site.test/a?x=1&y=2', description: 'Tom & Jerry <3' });
  });

  it('follows namespaces by URI, not by prefix', async () => {
    const xml = `<a:feed xmlns:a="http://www.w3.org/2005/Atom" xmlns:x="http://purl.org/dc/elements/1.1/"><a:title>Prefixed</a:title>
      <a:entry><a:title>Entry</a:title><a:link href="https://site.test/e"/><a:updated>2026-08-06T10:00:00+05:00</a:updated><x:subject>Trade</x:subject></a:entry></a:feed>`;
    const feed = await parseFeed(xml, ctx);
    expect(feed.title).toBe('Prefixed');
    expect(feed.items[0]).toMatchObject({ title: 'Entry', link: 'https://site.test/e', published: '2026-08-06T05:00:00.000Z', categories: ['Trade'] });
  });

  it('prefers the HTML alternate link of an Atom entry over self, edit and enclosure links', async () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>E</title>
      <link rel="self" href="https://site.test/api/e.xml"/><link rel="enclosure" type="image/png" href="https://site.test/e.png"/>
      <link rel="alternate" type="application/json" href="https://site.test/e.json"/><link rel="alternate" type="text/html" href="https://site.test/e"/></entry></feed>`;
    const feed = await parseFeed(xml, ctx);
    expect(feed.items[0]).toMatchObject({ link: 'https://site.test/e', image: 'https://site.test/e.png' });
  });

  it('uses a permalink guid when an RSS item has no <link>, but not an isPermaLink="false" one', async () => {
    const feed = await parseFeed(
      rss('<item><title>G</title><guid>https://site.test/g</guid></item><item><title>H</title><guid isPermaLink="false">https://site.test/h</guid></item>'),
      ctx,
    );
    expect(feed.items.map((i) => i.link)).toEqual(['https://site.test/g']);
  });

  it('reads a broken RSS <link href="..."/> as the link', async () => {
    const feed = await parseFeed(rss('<item><title>L</title><link href="https://site.test/l"/></item>'), ctx);
    expect(feed.items[0]?.link).toBe('https://site.test/l');
  });

  it('strips leading junk before the prolog (a PHP notice, a BOM, blank lines)', async () => {
    const feed = await parseFeed(`\uFEFF\n\nNotice: Undefined index in feed.php on line 3\n<?xml version="1.0"?>${rss('<item><title>J</title><link>https://site.test/j</link></item>')}`, ctx);
    expect(feed.items).toHaveLength(1);
  });

  it('decodes bytes by the Content-Type charset when the document declares none', async () => {
    const bytes = iconv.encode(rss('<item><title>Газ</title><link>https://site.test/gas</link></item>'), 'windows-1251');
    expect((await parseFeed(bytes, { ...ctx, contentType: 'application/rss+xml; charset=windows-1251' })).items[0]?.title).toBe('Газ');
  });

  it('takes an image from media:thumbnail, an image enclosure, or the first <img> of the content', async () => {
    const feed = await parseFeed(
      `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><link>https://site.test/</link>
      <item><title>1</title><link>https://site.test/1</link><media:thumbnail url="https://cdn.test/1.jpg"/></item>
      <item><title>2</title><link>https://site.test/2</link><enclosure url="https://cdn.test/2.mp3" type="audio/mpeg"/><enclosure url="https://cdn.test/2.jpg" type="image/jpeg"/></item>
      <item><title>3</title><link>https://site.test/3</link><content:encoded><![CDATA[<p><img src="/img/3.png"></p>]]></content:encoded></item>
      </channel></rss>`,
      ctx,
    );
    expect(feed.items.map((i) => i.image)).toEqual(['https://cdn.test/1.jpg', 'https://cdn.test/2.jpg', 'https://site.test/img/3.png']);
  });
});
