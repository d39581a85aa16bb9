import type { SiteRule } from '../site-rule.js';

/**
 * Kun.uz (Uzbek, Russian and English pages share one template). The stats line reads "14:25 / 12.03.2026 | 1523":
 * time, date, views. No edition language: the host serves several, so the feed's declared language answers.
 */
export const kunUzRule: SiteRule = {
  host: 'kun.uz',
  utcOffset: '+05:00',
  title: { selectors: ['h1.news-inner__content-title'] },
  published: { selectors: [['meta[property="article:published_time"]', 'content'], 'div.news-inner__content-stats'] },
  tags: { selectors: ['.news-inner__tags a', '.news-tags a'], allowMultiple: true },
  body: {
    selectors: ['div.news-inner__content-page p', 'div.news-inner__content-page'],
    clean: ['.news-inner__content-stats', '.share', '.banner', '[class*=related]'],
  },
  // The view count after the last "|" would otherwise read as part of the date.
  transforms: { published: (value) => value.split('|')[0] ?? value },
};
