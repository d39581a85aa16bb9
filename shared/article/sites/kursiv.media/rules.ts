import type { SiteRule } from '../site-rule.js';

/**
 * Kursiv (kz.kursiv.media, uz.kursiv.media): one WordPress theme for the Kazakh and Uzbek editions, both
 * mostly Russian (each also has /en/ and uz.kursiv.media an Uzbek section, hence no edition language),
 * both on UTC+5. The publishing time is an attribute in local time without an offset ("2024-11-27 10:05:00").
 * Stored pages show the order: title, "Опубликовано" + date, a one-line lead, a photo credit, the body.
 */
export const kursivRule: SiteRule = {
  host: 'kursiv.media',
  supportedHosts: ['kz.kursiv.media', 'uz.kursiv.media', 'www.kursiv.media'],
  utcOffset: '+05:00',
  verified: true,
  evidence: 'selectors: a public Kursiv scraper of kz./uz.kursiv.media article pages (Nov 2024: .single-publishing-time__date[datetime], .single-body p, .tag-cloud__item; repository not recorded); title inferred (h1); page text: uz.kursiv.media/2025-12-03/portfel-proektov-uzbekistana-i-rf-prevysil-55-mlrd, uz.kursiv.media/2023-10-25/shavkat-mirziyoev-poruchil-privlech-v-kashkadaryu-1-mlrd-pryamyh-investiczij/amp',
  title: { selectors: ['h1'] },
  published: {
    selectors: [['.single-publishing-time__date[datetime]', 'datetime'], ['meta[property="article:published_time"]', 'content']],
  },
  tags: { selectors: ['.tag-cloud__item'], allowMultiple: true },
  body: {
    selectors: ['.single-body p', '.single-body'],
    clean: ['figcaption', '.read-also', '.banner', '.share'],
  },
  // The photo credit sits between the lead and the body as its own line.
  dropParagraphs: [/^Фото:\s/],
};
