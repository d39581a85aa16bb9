import type { SiteRule } from '../site-rule.js';

/** Daryo (English edition at /en/YYYY/MM/DD/slug/). */
export const daryoRule: SiteRule = {
  host: 'daryo.uz',
  supportedHosts: ['www.daryo.uz'],
  utcOffset: '+05:00',
  language: 'en',
  title: { selectors: ['h1.post-title', 'h1'] },
  published: { selectors: [['time.post-date[datetime]', 'datetime'], 'time.post-date'] },
  author: { selectors: ['.post-author a', '.post-author'] },
  tags: { selectors: ['.post-tags a'], allowMultiple: true },
  body: {
    selectors: ['div.post-content-wrap p', 'div.post-content-wrap'],
    clean: ['.post-tags', '.share-box', '.also-read'],
  },
};
