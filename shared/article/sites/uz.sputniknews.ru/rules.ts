import type { SiteRule } from '../site-rule.js';

/** RIA's platform writes article:published_time in ISO basic form, "20260109T1030+0500". */
function extendedIso(value: string): string {
  return value.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})/, '$1-$2-$3T$4:$5');
}

/**
 * Sputnik's regional sites (Uzbekistan, Kyrgyzstan) share one Rossiya Segodnya template: the text
 * comes in `.article__text` blocks inside `.article__body`, the lead in `.article__announce-text`, the
 * dateline "ТАШКЕНТ, 9 янв — Sputnik." opening the first block (kept: the extractor reads it).
 * sputnik.kg is the Kyrgyz-language twin of ru.sputnik.kg, so no edition language here.
 */
export const sputnikRule: SiteRule = {
  host: 'uz.sputniknews.ru',
  supportedHosts: ['sputniknews.uz', 'ru.sputnik.kg', 'sputnik.kg'],
  utcOffset: '+05:00',
  verified: true,
  evidence: 'selectors: dracoeques/Scrappy-be sputnik.js (.article__title, [data-unixtime], .article__body .article__text) and xsainteer/fuddyduddy SputnikDialect (ru.sputnik.kg div.article); page text: uz.sputniknews.ru/20260109/vneshniy-dolg-uzbekistana-po-itogam-devyati-mesyatsev-2025-goda-prevysil-754-mlrd-54707810.html, ru.sputnik.kg/amp/20240525/1085473745.html',
  title: { selectors: ['h1.article__title', '.article__title'] },
  published: { selectors: [['meta[property="article:published_time"]', 'content'], '.article__info-date a', '.article__info-date'] },
  author: { selectors: ['.article__author-name'] },
  tags: { selectors: ['.article__tags a', 'ul.tags a'], allowMultiple: true },
  body: {
    selectors: ['div.article__body div.article__text', 'div.article__body'],
    clean: ['.article__article', '.article__quote-bg', '.article__aggr', '.article__info', '.banner'],
  },
  transforms: { published: extendedIso },
};
