import type { SiteRule } from '../site-rule.js';

/**
 * Kursiv (kz.kursiv.media, uz.kursiv.media): one WordPress platform for the Kazakh and Uzbek editions,
 * both in Russian (uz.kursiv.media also has an Uzbek section, hence no edition language), both on UTC+5.
 * Stored pages (uz.kursiv.media/2025-12-03/portfel-proektov-uzbekistana-i-rf-prevysil-55-mlrd
 * and its /amp twin) show the order title, "Опубликовано" + date, a one-line lead, a photo credit, then
 * the body; the markup itself was not in any store, hence unverified selectors.
 */
export const kursivRule: SiteRule = {
  host: 'kursiv.media',
  supportedHosts: ['kz.kursiv.media', 'uz.kursiv.media', 'www.kursiv.media'],
  utcOffset: '+05:00',
  verified: false,
  evidence: 'page text: uz.kursiv.media stored copies (2023-10-25, 2025-12-03); selectors: WordPress conventions, no stored markup or scraper found',
  title: { selectors: ['h1.article__title', 'h1.entry-title', 'h1'] },
  published: { selectors: [['meta[property="article:published_time"]', 'content'], ['time[datetime]', 'datetime']] },
  author: { selectors: ['.article__author a', '.article__author'] },
  tags: { selectors: ['.article__tags a', 'a[rel="tag"]'], allowMultiple: true },
  body: {
    selectors: ['div.article__content p', 'div.entry-content p', 'div.article__content'],
    clean: ['.article__caption', 'figcaption', '.article__related', '.read-also', '.banner', '.share'],
  },
  // The photo credit sits between the lead and the body as its own line.
  dropParagraphs: [/^Фото:\s/],
};
