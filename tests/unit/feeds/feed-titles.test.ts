import { describe, expect, it } from 'vitest';
import { readFeed } from '../../../shared/feeds/read-feed.js';

// A title is kept two ways: plain text (what the pipeline stores) and as the feed typed it (what the
// `feed` command prints, like feedparser's title_detail), so markup a plain string cannot hold survives.
const ctx = { feedId: 'titles', feedUrl: 'https://feeds.test/titles.xml' };
const atomTitle = (title: string) => readFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><entry>${title}<link href="https://site.test/a"/></entry></feed>`, ctx).items[0];
const rssTitle = (title: string) => readFeed(`<rss version="2.0"><channel><item><title>${title}</title><link>https://site.test/a</link></item></channel></rss>`, ctx).items[0];

describe('titles: plain text and as typed', () => {
  it.each([
    ['Atom html keeps its markup and entities as written', atomTitle('<title type="html">Q&amp;amp;A &lt;b&gt;now&lt;/b&gt;</title>'), 'Q&A now', { type: 'html', value: 'Q&amp;A <b>now</b>' }],
    ['Atom text stays text, angle brackets included', atomTitle('<title type="text">History of the &lt;blink&gt; tag</title>'), 'History of the <blink> tag', { type: 'text', value: 'History of the <blink> tag' }],
    ['Atom xhtml is serialised without its wrapper div', atomTitle('<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Oil &amp; <b>gas</b></div></title>'), 'Oil & gas', { type: 'html', value: 'Oil &amp; <b>gas</b>' }],
    ['Atom 0.3 base64 is decoded', atomTitle(`<title type="text/html" mode="base64">${Buffer.from('<p>Deal &amp; more</p>').toString('base64')}</title>`), 'Deal & more', { type: 'html', value: '<p>Deal &amp; more</p>' }],
    ['an html title loses its script', atomTitle('<title type="html">safe&lt;script&gt;alert(1)&lt;/script&gt; title</title>'), 'safe title', { type: 'html', value: 'safe title' }],
    ['RSS plain text with a bare ampersand is text', rssTitle('Oil &amp; gas'), 'Oil & gas', { type: 'text', value: 'Oil & gas' }],
    ['RSS text that carries markup is read as HTML', rssTitle('&lt;b&gt;Baku&lt;/b&gt; &amp;amp; Tashkent'), 'Baku & Tashkent', { type: 'html', value: '<b>Baku</b> &amp; Tashkent' }],
  ])('%s', (_what, item, text, detail) => {
    expect(item?.title).toBe(text);
    expect(item?.titleDetail).toEqual(detail);
  });

  it('reads &lang; and &rang; as the XHTML 1.0 DTD defines them', () => {
    const feed = readFeed('<rss version="2.0"><channel><title>a &lang;b&rang;</title></channel></rss>', ctx);
    expect(feed.title).toBe('a \u2329b\u232a');
  });
});
