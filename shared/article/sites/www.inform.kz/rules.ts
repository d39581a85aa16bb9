import type { SiteRule } from '../site-rule.js';

/**
 * Kazinform's Russian and Kazakh site (www.inform.kz/ru/..., oz.inform.kz); the English service is
 * qazinform.com. Astana is UTC+5 since 2024. The lead (`.article__description`) carries the first facts
 * of the story, so the body starts with it. Dates read "15:00, 23 Ноябрь 2025" (nominative month).
 */
export const kazinformRule: SiteRule = {
  host: 'www.inform.kz',
  supportedHosts: ['inform.kz'],
  utcOffset: '+05:00',
  verified: true,
  evidence: 'selectors: .article__description, .article__body-text and the "13:51, 15 Август 2025" date from a public KazinformParser (code search); page text: www.inform.kz/ru/silkwaystar-tragediya-v-algabase-gonkongskiy-gripp-glavnoe-za-nedelyu-v-kazahstane-32af94 (2025-11-23); the title and date element classes are inferred',
  title: { selectors: ['h1.article__title', 'h1'] },
  published: { selectors: [['meta[property="article:published_time"]', 'content'], '.article__date', '.article__time'] },
  author: { selectors: ['.article__author-name', '.article__author'] },
  tags: { selectors: ['.article__tags a'], allowMultiple: true },
  body: {
    selectors: ['.article__description, .article__body-text p', '.article__body-text'],
    clean: ['.article__photo-caption', 'figcaption', '.read-also', '.article__related', '.banner'],
  },
};
