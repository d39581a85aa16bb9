import type { SiteRule } from '../site-rule.js';

/**
 * Gazeta.uz (/ru, /en, /oz, /uz editions on one template, so no edition language here: the page's
 * lang attribute or the feed answers). Note: its terms bar reproduction; we parse for facts only, never republish.
 */
export const gazetaUzRule: SiteRule = {
  host: 'www.gazeta.uz',
  supportedHosts: ['gazeta.uz'],
  utcOffset: '+05:00',
  title: { selectors: ['h1[itemprop="headline name"]', 'h1[itemprop="headline"]', 'h1'] },
  published: { selectors: [['meta[itemprop="datePublished"]', 'content'], 'div.articleDateTime'] },
  author: { selectors: ['.articleAuthor [itemprop="name"]', '.articleAuthor'] },
  tags: { selectors: ['div.articleTags a'], allowMultiple: true },
  body: {
    selectors: ['div.js-mediator-article.article-text p', 'div.js-mediator-article.article-text'],
    clean: ['.articleTags', '.banner', '.related'],
  },
};
