import { articlePath, type SampleArticle } from '../sample-article.js';
import { escapeMarkup as e, paragraphsHtml, rfc822, trendDateTime, type SidebarLink } from './markup.js';
import type { OutletTemplate } from './outlet-template.js';

/** The teaser a Trend paywall shell shows instead of the article (../shared/SOURCES.md, AI-analys 2026-08-07). */
export const TREND_PAYWALL_TEXT = 'Get access to all paid news on Trend — just $1';
/** The trailer Trend appends to every free article; site rules must drop it. */
export const TREND_TRAILER = 'Follow Trend on Telegram. Only most interesting and important news';

/** Invented sidebar headlines with amounts: they must never leak into an extracted article. */
const LATEST: SidebarLink[] = [
  { title: 'Azerbaijan’s non-oil exports up to $2.9 billion in ten months', href: '/trend/business/economy/4098811.html' },
  { title: 'Georgian Railway to spend 140 million lari on fleet renewal', href: '/trend/business/transport/4098790.html' },
  { title: 'Turkmenistan, Iran eye $3 billion gas swap extension', href: '/trend/business/energy/4098772.html' },
  { title: 'Baku stock exchange turnover hits AZN 1.1 billion', href: '/trend/business/finance/4098760.html' },
];
const MOST_READ: SidebarLink[] = [
  { title: 'Kazakhstan to channel $800 million into grain terminals', href: '/trend/casia/kazakhstan/4098701.html' },
  { title: 'SOCAR weighs $600 million petrochemical expansion', href: '/trend/business/energy/4098688.html' },
];

function sidebar(title: string, links: readonly SidebarLink[]): string {
  const items = links.map((l) => `        <li class="news-item"><a href="${e(l.href)}">${e(l.title)}</a></li>`).join('\n');
  return `      <div class="sidebar-block">\n        <h3 class="block-title">${e(title)}</h3>\n        <ul class="news-list">\n${items}\n        </ul>\n      </div>`;
}

function body(article: SampleArticle): string {
  if (article.paywall) {
    return `            <p>${e(TREND_PAYWALL_TEXT)}</p>\n            <div class="paywall-buttons"><a class="btn" href="/trend/subscribe">Subscribe</a></div>`;
  }
  return `${paragraphsHtml(article.paragraphs, '            ')}\n            <p><strong>${e(TREND_TRAILER)}</strong></p>`;
}

/** Trend (en.trend.az): RSS 2.0 without descriptions, images in media:content or enclosure. */
export const trendTemplate: OutletTemplate = {
  outlet: 'trend',
  feedPath: '/trend/feeds/index.rss',
  feedContentType: 'application/rss+xml; charset=utf-8',

  renderPage(article, url, baseUrl) {
    const image = `${baseUrl}/trend/media/${article.id}.jpg`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${e(article.title)} - Trend.Az</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="${e(article.summary)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Trend.Az">
  <meta property="og:title" content="${e(article.title)}">
  <meta property="og:url" content="${e(url)}">
  <meta property="og:image" content="${e(image)}">
  <meta property="article:published_time" content="${e(article.published)}">
  <meta property="article:section" content="${e(article.category)}">
  <link rel="canonical" href="${e(url)}">
  <link rel="alternate" type="application/rss+xml" title="Trend News Agency" href="${e(baseUrl)}/trend/feeds/index.rss">
</head>
<body class="article-page">
  <header class="header">
    <div class="logo"><a href="/trend/">Trend News Agency</a></div>
    <nav class="main-menu">
      <ul>
        <li><a href="/trend/business/">Business</a></li>
        <li><a href="/trend/business/energy/">Oil&amp;Gas</a></li>
        <li><a href="/trend/casia/">Central Asia</a></li>
        <li><a href="/trend/world/">World</a></li>
        <li><a href="/trend/azerbaijan/">Azerbaijan</a></li>
      </ul>
    </nav>
    <div class="currency-bar">USD 1.7000 · EUR 1.8412 · Brent $74.10</div>
  </header>
  <main class="container">
    <div class="article">
      <div class="top-part">
        <h1>${e(article.title)}</h1>
        <div class="meta">
          <span class="categories"><a href="/trend/${e(article.section)}/">${e(article.category)}</a></span>
          <span>${e(article.tags.slice(0, 2).join(', '))}</span>
          <span class="date-time">${e(trendDateTime(article.published))}</span>
        </div>
      </div>
      <div class="right-part">
        <div class="article-paddings">
          <span class="author">${e(article.author)}</span>
        </div>
        <div class="share-buttons">
          <a class="share facebook" href="#share-facebook">Share</a>
          <a class="share telegram" href="#share-telegram">Telegram</a>
          <a class="share x" href="#share-x">Post</a>
        </div>
        <div class="article-content article-paddings">
${body(article)}
        </div>
        <div class="print-branding-footer">
          <p>Source: ${e(url)}</p>
        </div>
      </div>
    </div>
    <aside class="sidebar">
${sidebar('Latest news', LATEST)}
${sidebar('Most read', MOST_READ)}
    </aside>
  </main>
  <footer class="footer">
    <p>© 2026 Trend News Agency. All rights reserved. Use of materials requires a hyperlink to Trend.</p>
    <ul class="footer-links"><li><a href="/trend/about">About us</a></li><li><a href="/trend/contacts">Contacts</a></li><li><a href="/trend/advertising">Advertising</a></li></ul>
  </footer>
</body>
</html>
`;
  },

  renderFeed(articles, baseUrl) {
    // Like the real feed: title, link, date and image only, no <description>.
    const items = articles
      .map((a, i) => {
        const link = `${baseUrl}${articlePath(a)}`;
        const image = `${baseUrl}/trend/media/${a.id}.jpg`;
        // Alternate the two image forms the real feed has been seen with.
        const media =
          i % 2 === 0
            ? `      <media:content url="${e(image)}" medium="image" type="image/jpeg"/>`
            : `      <enclosure url="${e(image)}" length="48213" type="image/jpeg"/>`;
        return `    <item>
      <title>${e(a.title)}</title>
      <link>${e(link)}</link>
      <guid isPermaLink="false">${e(a.id)}</guid>
      <pubDate>${rfc822(a.published)}</pubDate>
      <category>${e(a.category)}</category>
${media}
    </item>`;
      })
      .join('\n');
    const newest = articles[0];
    return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Trend News Agency</title>
    <link>${e(baseUrl)}/trend/</link>
    <description>Latest news of Azerbaijan, Central Asia and the Caspian region</description>
    <language>en</language>
    <atom:link href="${e(baseUrl)}/trend/feeds/index.rss" rel="self" type="application/rss+xml"/>
${newest ? `    <lastBuildDate>${rfc822(newest.published)}</lastBuildDate>\n` : ''}${items}
  </channel>
</rss>
`;
  },
};
