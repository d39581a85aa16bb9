import type { SiteRule } from '../site-rule.js';

/**
 * Trend News Agency, English edition. Markup: ../shared/SOURCES.md "Trend in detail" (2025–2026 layout).
 * The English feed links to www.trend.az, which serves the same template.
 */
export const trendRule: SiteRule = {
  host: 'en.trend.az',
  supportedHosts: ['www.trend.az', 'trend.az'],
  utcOffset: '+04:00',
  language: 'en',
  title: { selectors: ['.article .top-part h1', '.article h1', '.article-title', 'main h1'] },
  published: {
    selectors: [['meta[property="article:published_time"]', 'content'], '.article span.date-time', 'span.date-time'],
  },
  author: { selectors: ['.article-paddings span.author', '.article .author-name', ".article-paddings a[href*='/author/']"] },
  tags: { selectors: ['.meta span.categories'], allowMultiple: true },
  body: {
    selectors: ['div.article-content.article-paddings p', 'div.article-content p', 'div[itemprop="articleBody"] p'],
    clean: ['.social-sharing', '.share', '.tags', '.related-news', '.recommended', '.most-read', '[class*=advert]'],
  },
  // Old pages carried the agency's contact lines inside the body.
  dropParagraphs: [/@www_Trend_Az/i, /agency@trend\.az/i],
};
