import { articlePath } from '../sample-article.js';
import { escapeMarkup as e, kunDateTime, paragraphsHtml, type SidebarLink } from './markup.js';
import type { OutletTemplate } from './outlet-template.js';

/** What differs between Kun.uz's English and Russian editions: path, language, furniture words, sidebar. */
interface KunEdition {
  outlet: 'kun' | 'kun-ru';
  /** Path segment of the edition: /kun/en/…, /kun/ru/… */
  lang: 'en' | 'ru';
  feedTitle: string;
  feedSubtitle: string;
  menu: Record<'news' | 'economy' | 'society' | 'sport' | 'world', string>;
  share: string;
  latest: string;
  mostRead: string;
  footerCopy: string;
  footerContacts: string;
  /** Invented sidebar headlines with amounts: they must never leak into an extracted article. */
  latestLinks: SidebarLink[];
  mostReadLinks: SidebarLink[];
}

const ENGLISH: KunEdition = {
  outlet: 'kun',
  lang: 'en',
  feedTitle: 'Kun.uz — news in English',
  feedSubtitle: 'Latest news of Uzbekistan',
  menu: { news: 'News', economy: 'Economy', society: 'Society', sport: 'Sport', world: 'World' },
  share: 'Share:',
  latest: 'Latest news',
  mostRead: 'Most read',
  footerCopy: '© 2013–2026 Kun.uz. Materials may be republished only with a hyperlink to Kun.uz.',
  footerContacts: 'Tashkent, Uzbekistan · info@kun.uz',
  latestLinks: [
    { title: 'Navoi region to get 2.4 trillion soums for water pipelines', href: '/kun/en/news/2026/11/10/navoi-water-pipelines' },
    { title: 'Uzbekistan’s gold reserves top $48 billion', href: '/kun/en/news/2026/11/09/gold-reserves' },
    { title: 'Remittances from Russia reach $9.6 billion since January', href: '/kun/en/news/2026/11/08/remittances' },
  ],
  mostReadLinks: [
    { title: 'Tashkent metro fare to rise to 2,000 soums', href: '/kun/en/news/2026/11/07/metro-fare' },
    { title: 'Fergana textile cluster exports $210 million worth of yarn', href: '/kun/en/news/2026/11/06/fergana-yarn' },
  ],
};

// Headlines written for this project, as Kun.uz's Russian edition words them.
const RUSSIAN: KunEdition = {
  outlet: 'kun-ru',
  lang: 'ru',
  feedTitle: 'Kun.uz — новости на русском',
  feedSubtitle: 'Последние новости Узбекистана',
  menu: { news: 'Новости', economy: 'Экономика', society: 'Общество', sport: 'Спорт', world: 'В мире' },
  share: 'Поделиться:',
  latest: 'Последние новости',
  mostRead: 'Самое читаемое',
  footerCopy: '© 2013–2026 Kun.uz. Перепечатка материалов допускается только с гиперссылкой на Kun.uz.',
  footerContacts: 'Ташкент, Узбекистан · info@kun.uz',
  latestLinks: [
    { title: 'Сурхандарьинская область получит 1,8 трлн сумов на ремонт дорог', href: '/kun/ru/news/2026/11/10/surkhandarya-roads' },
    { title: 'Китай вложит $600 млн в медный комбинат в Алмалыке', href: '/kun/ru/news/2026/11/09/almalyk-copper' },
    { title: 'Денежные переводы из России превысили 9,6 млрд долларов', href: '/kun/ru/news/2026/11/08/remittances' },
  ],
  mostReadLinks: [
    { title: 'Проезд в ташкентском метро подорожает до 2000 сумов', href: '/kun/ru/news/2026/11/07/metro-fare' },
    { title: 'ЕБРР выделит 40 млн евро на солнечную станцию в Бухаре', href: '/kun/ru/news/2026/11/06/bukhara-solar' },
  ],
};

function block(title: string, links: readonly SidebarLink[]): string {
  const items = links
    .map((l) => `          <a class="small-news__item" href="${e(l.href)}"><span class="small-news__title">${e(l.title)}</span></a>`)
    .join('\n');
  return `        <div class="small-news">\n          <h3 class="small-news__heading">${e(title)}</h3>\n${items}\n        </div>`;
}

/**
 * Kun.uz: Atom feed with <summary>, Next.js-style BEM markup. The English and Russian editions share
 * the template (as on kun.uz); the Russian one declares lang="ru" on the page and xml:lang="ru" on the feed.
 */
function kunEditionTemplate(ed: KunEdition): OutletTemplate {
  const root = `/kun/${ed.lang}`;
  return {
    outlet: ed.outlet,
    feedPath: `${root}/news/rss`,
    feedContentType: 'application/atom+xml; charset=utf-8',

    renderPage(article, url) {
      const [time, date] = kunDateTime(article.published);
      return `<!DOCTYPE html>
<html lang="${ed.lang}">
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
      <a class="header__logo" href="${root}/">Kun.uz</a>
      <nav class="header__menu">
        <a class="header__menu-link" href="${root}/news/list">${e(ed.menu.news)}</a>
        <a class="header__menu-link" href="${root}/news/category/economy">${e(ed.menu.economy)}</a>
        <a class="header__menu-link" href="${root}/news/category/society">${e(ed.menu.society)}</a>
        <a class="header__menu-link" href="${root}/news/category/sport">${e(ed.menu.sport)}</a>
        <a class="header__menu-link" href="${root}/news/category/world">${e(ed.menu.world)}</a>
      </nav>
      <div class="header__lang"><a href="/kun/">Oʻzbekcha</a> <a href="/kun/ru/">Русский</a> <a href="/kun/en/">English</a></div>
    </header>
    <main class="news-inner">
      <div class="news-inner__content">
        <a class="news-inner__content-category" href="${root}/news/category/${e(article.section)}">${e(article.category)}</a>
        <h1 class="news-inner__content-title">${e(article.title)}</h1>
        <div class="news-inner__content-stats">
          <span class="news-inner__content-time">${e(time)} / ${e(date)}</span> | <span class="news-inner__content-views">${article.views}</span>
        </div>
        <div class="news-inner__content-page">
${paragraphsHtml(article.paragraphs, '          ')}
        </div>
        <div class="news-inner__content-tags">
${article.tags.map((t) => `          <a class="tag" href="${root}/news/tag/${encodeURIComponent(t)}">#${e(t)}</a>`).join('\n')}
        </div>
        <div class="news-inner__content-share">
          <span>${e(ed.share)}</span>
          <a href="#share-telegram">Telegram</a> <a href="#share-facebook">Facebook</a> <a href="#share-x">X</a>
        </div>
      </div>
      <aside class="news-inner__sidebar">
${block(ed.latest, ed.latestLinks)}
${block(ed.mostRead, ed.mostReadLinks)}
      </aside>
    </main>
    <footer class="footer">
      <p class="footer__copy">${e(ed.footerCopy)}</p>
      <p class="footer__contacts">${e(ed.footerContacts)}</p>
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
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${ed.lang}">
  <title>${e(ed.feedTitle)}</title>
  <subtitle>${e(ed.feedSubtitle)}</subtitle>
  <link rel="alternate" type="text/html" href="${e(baseUrl)}${root}/"/>
  <link rel="self" type="application/atom+xml" href="${e(baseUrl)}${root}/news/rss"/>
  <id>${e(baseUrl)}${root}/news/rss</id>
  <updated>${updated}</updated>
${entries}
</feed>
`;
    },
  };
}

/** Kun.uz, English edition (kun.uz/en). */
export const kunTemplate: OutletTemplate = kunEditionTemplate(ENGLISH);
/** Kun.uz, Russian edition (kun.uz/ru): the same markup, Russian furniture and sidebar. */
export const kunRuTemplate: OutletTemplate = kunEditionTemplate(RUSSIAN);
