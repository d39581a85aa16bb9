import type { SiteRule } from '../site-rule.js';

/** Azernews (Baku). Selectors from a Django scraper quoted in ../shared/SOURCES.md; it republishes Trend copy. */
export const azernewsRule: SiteRule = {
  host: 'www.azernews.az',
  supportedHosts: ['azernews.az'],
  utcOffset: '+04:00',
  language: 'en',
  title: { selectors: ['div.article-content-wrapper h2', 'div.article-content-wrapper h1', 'h1'] },
  published: { selectors: [['meta[property="article:published_time"]', 'content'], 'div.article-content-wrapper span.me-3'] },
  author: { selectors: ['div.article-content-wrapper .author'] },
  tags: { selectors: ['div.article-tags a'], allowMultiple: true },
  body: {
    selectors: ['div.article-content p', 'div.article-content'],
    clean: ['.article-tags', '.share-buttons', '.read-also', '.banner'],
  },
};
