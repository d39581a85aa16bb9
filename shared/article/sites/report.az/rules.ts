import type { SiteRule } from '../site-rule.js';

/** Report.az. The date is split over two list items, "13 November, 2025" and "17:35", hence allowMultiple. */
export const reportAzRule: SiteRule = {
  host: 'report.az',
  supportedHosts: ['www.report.az'],
  utcOffset: '+04:00',
  language: 'en',
  title: { selectors: ['h1.section-title', 'h1'] },
  published: { selectors: ['ul.news__date li'], allowMultiple: true },
  tags: { selectors: ['.news-detail__tags a'], allowMultiple: true },
  body: {
    selectors: ['div.news-detail__desc p', 'div.news-detail__desc'],
    clean: ['.news-detail__tags', '.read-also', '.banner'],
  },
};
