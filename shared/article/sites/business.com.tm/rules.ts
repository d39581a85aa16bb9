import type { SiteRule } from '../site-rule.js';

/** Business Turkmenistan. Dates read "12.03.2026 14:25:00" (dd.mm.YYYY) or ISO in time[datetime]. Ashgabat is UTC+5. */
export const businessTmRule: SiteRule = {
  host: 'business.com.tm',
  supportedHosts: ['www.business.com.tm'],
  utcOffset: '+05:00',
  language: 'en',
  title: { selectors: ['div#printdiv h1', 'h1'] },
  published: { selectors: [['time[datetime]', 'datetime'], 'time', '.post-date'] },
  tags: { selectors: ['.post-tags a'], allowMultiple: true },
  body: {
    selectors: ['div#printdiv .article_text p', 'div#printdiv .article_text'],
    clean: ['.post-tags', '.share', '.banner'],
  },
};
