import type { SiteRule } from '../site-rule.js';

/** The Astana Times: WordPress, so the theme's entry-* classes and rel attributes. */
export const astanaTimesRule: SiteRule = {
  host: 'astanatimes.com',
  supportedHosts: ['www.astanatimes.com'],
  utcOffset: '+05:00',
  language: 'en',
  title: { selectors: ['h1.entry-title'] },
  published: { selectors: [['time.entry-date[datetime]', 'datetime'], ['meta[property="article:published_time"]', 'content'], 'time.entry-date'] },
  author: { selectors: ['.author a', 'a[rel="author"]', '.author'] },
  tags: { selectors: ['a[rel="tag"]'], allowMultiple: true },
  body: {
    selectors: ['div.entry-content p', 'div.entry-content'],
    clean: ['.sharedaddy', '.jp-relatedposts', '.wp-block-related', '.addtoany_share_save_container', '.code-block', 'figure figcaption'],
  },
};
