import { articlePath } from '../sample-article.js';
import { escapeMarkup as e, longDate, paragraphsHtml, rfc822, type SidebarLink } from './markup.js';
import type { OutletTemplate } from './outlet-template.js';

/** Invented sidebar headlines with amounts: they must never leak into an extracted article. */
const LATEST: SidebarLink[] = [
  { title: 'Kazakhstan’s GDP grows 5.8% as investments near 16 trillion tenge', href: '/astanatimes/2026/11/gdp-grows/' },
  { title: 'Almaty airport terminal handles 9 million passengers, $120 million upgrade next', href: '/astanatimes/2026/11/almaty-airport/' },
  { title: 'National Fund assets climb to $64 billion', href: '/astanatimes/2026/11/national-fund-assets/' },
];
const MOST_READ: SidebarLink[] = [
  { title: 'Caspian port of Kuryk to double capacity with $250 million works', href: '/astanatimes/2026/11/kuryk-port/' },
  { title: 'Astana hosts Central Asian film week', href: '/astanatimes/2026/11/film-week/' },
];

function widget(title: string, links: readonly SidebarLink[]): string {
  const items = links.map((l) => `          <li><a href="${e(l.href)}">${e(l.title)}</a></li>`).join('\n');
  return `        <section class="widget widget_recent_entries">\n          <h2 class="widget-title">${e(title)}</h2>\n          <ul>\n${items}\n          </ul>\n        </section>`;
}

const slugTag = (tag: string): string => tag.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The Astana Times: WordPress, RSS 2.0 with description, content:encoded, dc:creator and categories. */
export const astanaTemplate: OutletTemplate = {
  outlet: 'astana',
  feedPath: '/astanatimes/feed/',
  feedContentType: 'application/rss+xml; charset=utf-8',

  renderPage(article, url) {
    const authorSlug = slugTag(article.author);
    return `<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${e(article.title)} - The Astana Times</title>
  <meta name="description" content="${e(article.summary)}">
  <meta property="og:locale" content="en_US">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="The Astana Times">
  <meta property="og:title" content="${e(article.title)}">
  <meta property="og:description" content="${e(article.summary)}">
  <meta property="og:url" content="${e(url)}">
  <meta property="article:published_time" content="${e(article.published)}">
  <meta property="article:section" content="${e(article.category)}">
  <link rel="canonical" href="${e(url)}">
  <link rel="alternate" type="application/rss+xml" title="The Astana Times &raquo; Feed" href="/astanatimes/feed/">
</head>
<body class="post-template-default single single-post">
  <div id="page" class="site">
    <header id="masthead" class="site-header">
      <p class="site-title"><a href="/astanatimes/" rel="home">The Astana Times</a></p>
      <nav id="site-navigation" class="main-navigation">
        <ul id="primary-menu" class="menu">
          <li class="menu-item"><a href="/astanatimes/category/business/">Business</a></li>
          <li class="menu-item"><a href="/astanatimes/category/nation/">Nation</a></li>
          <li class="menu-item"><a href="/astanatimes/category/opinion/">Opinion</a></li>
          <li class="menu-item"><a href="/astanatimes/category/culture/">Culture</a></li>
          <li class="menu-item"><a href="/astanatimes/category/sports/">Sports</a></li>
        </ul>
      </nav>
    </header>
    <div id="content" class="site-content">
      <main id="main" class="site-main">
        <article id="post-${e(article.id)}" class="post type-post status-publish format-standard hentry">
          <header class="entry-header">
            <span class="cat-links"><a href="/astanatimes/category/${e(article.section)}/" rel="category tag">${e(article.category)}</a></span>
            <h1 class="entry-title">${e(article.title)}</h1>
            <div class="entry-meta">
              <span class="byline">By <span class="author vcard"><a class="url fn n" href="/astanatimes/author/${e(authorSlug)}/" rel="author">${e(article.author)}</a></span></span>
              in <span class="posted-on"><time class="entry-date published" datetime="${e(article.published)}">${e(longDate(article.published))}</time></span>
            </div>
          </header>
          <div class="sharedaddy sd-sharing-enabled">
            <h3 class="sd-title">Share this:</h3>
            <a class="share-facebook" href="#share-facebook">Facebook</a> <a class="share-x" href="#share-x">X</a> <a class="share-telegram" href="#share-telegram">Telegram</a>
          </div>
          <div class="entry-content">
${paragraphsHtml(article.paragraphs, '            ')}
          </div>
          <footer class="entry-footer">
            <span class="tags-links">Tags: ${article.tags.map((t) => `<a href="/astanatimes/tag/${e(slugTag(t))}/" rel="tag">${e(t)}</a>`).join(', ')}</span>
          </footer>
        </article>
      </main>
      <aside id="secondary" class="widget-area">
${widget('Latest news', LATEST)}
${widget('Most read', MOST_READ)}
      </aside>
    </div>
    <footer id="colophon" class="site-footer">
      <div class="site-info">© 2010–2026 The Astana Times. All rights reserved. Astana, Kazakhstan.</div>
    </footer>
  </div>
</body>
</html>
`;
  },

  renderFeed(articles, baseUrl) {
    const items = articles
      .map((a) => {
        const link = `${baseUrl}${articlePath(a)}`;
        const html = a.paragraphs.map((p) => `<p>${e(p)}</p>`).join('\n');
        const categories = [a.category, ...a.tags].map((c) => `      <category><![CDATA[${c}]]></category>`).join('\n');
        return `    <item>
      <title>${e(a.title)}</title>
      <link>${e(link)}</link>
      <dc:creator><![CDATA[${a.author}]]></dc:creator>
      <pubDate>${rfc822(a.published)}</pubDate>
${categories}
      <guid isPermaLink="false">${e(baseUrl)}/astanatimes/?p=${e(a.id)}</guid>
      <description><![CDATA[${a.summary} [&#8230;]]]></description>
      <content:encoded><![CDATA[${html}]]></content:encoded>
    </item>`;
      })
      .join('\n');
    const newest = articles[0];
    return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
  <channel>
    <title>The Astana Times</title>
    <atom:link href="${e(baseUrl)}/astanatimes/feed/" rel="self" type="application/rss+xml"/>
    <link>${e(baseUrl)}/astanatimes/</link>
    <description>News of Kazakhstan and Central Asia</description>
${newest ? `    <lastBuildDate>${rfc822(newest.published)}</lastBuildDate>\n` : ''}    <language>en-US</language>
    <sy:updatePeriod>hourly</sy:updatePeriod>
    <sy:updateFrequency>1</sy:updateFrequency>
    <generator>https://wordpress.org/?v=6.8</generator>
${items}
  </channel>
</rss>
`;
  },
};
