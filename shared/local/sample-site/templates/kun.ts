import { articlePath } from '../sample-article.js';
import { escapeMarkup as e, kunDateTime, paragraphsHtml, type SidebarLink } from './markup.js';
import type { OutletTemplate } from './outlet-template.js';

/** Invented sidebar headlines with amounts: they must never leak into an extracted article. */
const LATEST: SidebarLink[] = [
  { title: 'Navoi region to get 2.4 trillion soums for water pipelines', href: '/kun/en/news/2026/11/10/navoi-water-pipelines' },
  { title: 'Uzbekistan’s gold reserves top $48 billion', href: '/kun/en/news/2026/11/09/gold-reserves' },
  { title: 'Remittances from Russia reach $9.6 billion since January', href: '/kun/en/news/2026/11/08/remittances' },
];
const MOST_READ: SidebarLink[] = [
  { title: 'Tashkent metro fare to rise to 2,000 soums', href: '/kun/en/news/2026/11/07/metro-fare' },
  { title: 'Fergana textile cluster exports $210 million worth of yarn', href: '/kun/en/news/2026/11/06/fergana-yarn' },
];

function block(title: string, links: readonly SidebarLink[]): string {
  const items = links
    .map((l) => `          <a class="small-news__item" href="${e(l.href)}"><span class="small-news__title">${e(l.title)}</span></a>`)
    .join('\n');
  return `        <div class="small-news">\n          <h3 class="small-news__heading">${e(title)}</h3>\n${items}\n        </div>`;
}

/** Kun.uz (English edition): Atom feed with <summary>, Next.js-style BEM markup. */
export const kunTemplate: OutletTemplate = {
  outlet: 'kun',
  feedPath: '/kun/en/news/rss',
  feedContentType: 'application/atom+xml; charset=utf-8',

  renderPage(article, url) {
    const [time, date] = kunDateTime(article.published);
    return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${e(article.title)} | Kun.uz</title>
  <meta name="description" content="${e(article.summary)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Kun.uz">
  <meta property="og:title" content="${e(article.title)}">
  <meta property="og:description" content="${e(article.summary)}">
  <meta property="og:url" content="${e(url)}">
  <link rel="canonical" href="${e(url)}">
</head>
<body>
  <div id="__next">
    <header class="header">
      <a class="header__logo" href="/kun/en/">Kun.uz</a>
      <nav class="header__menu">
        <a class="header__menu-link" href="/kun/en/news/list">News</a>
        <a class="header__menu-link" href="/kun/en/news/category/economy">Economy</a>
        <a class="header__menu-link" href="/kun/en/news/category/society">Society</a>
        <a class="header__menu-link" href="/kun/en/news/category/sport">Sport</a>
        <a class="header__menu-link" href="/kun/en/news/category/world">World</a>
      </nav>
      <div class="header__lang"><a href="/kun/">Oʻzbekcha</a> <a href="/kun/ru/">Русский</a> <a href="/kun/en/">English</a></div>
    </header>
    <main class="news-inner">
      <div class="news-inner__content">
        <a class="news-inner__content-category" href="/kun/en/news/category/${e(article.section)}">${e(article.category)}</a>
        <h1 class="news-inner__content-title">${e(article.title)}</h1>
        <div class="news-inner__content-stats">
          <span class="news-inner__content-time">${e(time)} / ${e(date)}</span> | <span class="news-inner__content-views">${article.views}</span>
        </div>
        <div class="news-inner__content-page">
${paragraphsHtml(article.paragraphs, '          ')}
        </div>
        <div class="news-inner__content-tags">
${article.tags.map((t) => `          <a class="tag" href="/kun/en/news/tag/${encodeURIComponent(t)}">#${e(t)}</a>`).join('\n')}
        </div>
        <div class="news-inner__content-share">
          <span>Share:</span>
          <a href="#share-telegram">Telegram</a> <a href="#share-facebook">Facebook</a> <a href="#share-x">X</a>
        </div>
      </div>
      <aside class="news-inner__sidebar">
${block('Latest news', LATEST)}
${block('Most read', MOST_READ)}
      </aside>
    </main>
    <footer class="footer">
      <p class="footer__copy">© 2013–2026 Kun.uz. Materials may be republished only with a hyperlink to Kun.uz.</p>
      <p class="footer__contacts">Tashkent, Uzbekistan · info@kun.uz</p>
    </footer>
  </div>
</body>
</html>
`;
  },

  renderFeed(articles, baseUrl) {
    const entries = articles
      .map((a) => {
        const link = `${baseUrl}${articlePath(a)}`;
        return `  <entry>
    <title>${e(a.title)}</title>
    <link rel="alternate" type="text/html" href="${e(link)}"/>
    <id>${e(link)}</id>
    <published>${a.published}</published>
    <updated>${a.published}</updated>
    <author><name>${e(a.author)}</name></author>
    <category term="${e(a.category)}"/>
    <summary type="text">${e(a.summary)}</summary>
  </entry>`;
      })
      .join('\n');
    const updated = articles[0]?.published ?? '2026-11-01T00:00:00+05:00';
    return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Kun.uz — news in English</title>
  <subtitle>Latest news of Uzbekistan</subtitle>
  <link rel="alternate" type="text/html" href="${e(baseUrl)}/kun/en/"/>
  <link rel="self" type="application/atom+xml" href="${e(baseUrl)}/kun/en/news/rss"/>
  <id>${e(baseUrl)}/kun/en/news/rss</id>
  <updated>${updated}</updated>
${entries}
</feed>
`;
  },
};
