import type { SiteRule } from '../site-rule.js';

/** The Times of Central Asia: WordPress; its feed also carries the full text in content:encoded. */
export const timescaRule: SiteRule = {
  host: 'timesca.com',
  supportedHosts: ['www.timesca.com'],
  // Newsroom in Almaty/Tashkent; UTC+5 matches the times its WordPress feed prints.
  utcOffset: '+05:00',
  language: 'en',
  title: { selectors: ['h1.entry-title', 'h1.post-title', 'h1'] },
  published: { selectors: [['meta[property="article:published_time"]', 'content'], ['time.entry-date[datetime]', 'datetime']] },
  author: { selectors: ['.entry-author a', 'a[rel="author"]'] },
  tags: { selectors: ['a[rel="tag"]'], allowMultiple: true },
  body: {
    selectors: ['div.entry-content p', 'div.entry-content'],
    clean: ['.sharedaddy', '.jp-relatedposts', '.wp-block-related', '.entry-tags'],
  },
};
