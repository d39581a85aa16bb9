import type { SiteRule } from '../site-rule.js';

/** 24.kg (English pages at /english/<id>_<Slug>/). Bishkek is UTC+6. */
export const kg24Rule: SiteRule = {
  host: '24.kg',
  supportedHosts: ['www.24.kg'],
  utcOffset: '+06:00',
  language: 'en',
  title: { selectors: ['div.newsTitle h1', 'h1'] },
  published: { selectors: [['meta[property="article:published_time"]', 'content'], 'span#article-link', '.newsDate'] },
  author: { selectors: ['.newsAuthor'] },
  tags: { selectors: ['.newsTags a'], allowMultiple: true },
  body: {
    selectors: ['div.cont p', 'div[itemprop="articleBody"] p', 'div.cont'],
    clean: ['ul.pwslider', '.newsTags', '.banner'],
  },
};
