import type { SiteRule } from '../site-rule.js';

/**
 * 24.kg: Russian pages at /<section>/<id>_<slug>/, English at /english/<id>_<Slug>/, one template, so no
 * edition language here. Bishkek is UTC+6. The Russian date line reads "14:36, 09 октября 2023, Бишкек - 24.kg , AUTHOR".
 */
export const kg24Rule: SiteRule = {
  host: '24.kg',
  supportedHosts: ['www.24.kg'],
  utcOffset: '+06:00',
  title: { selectors: ['div.newsTitle h1', 'h1'] },
  published: { selectors: [['meta[property="article:published_time"]', 'content'], 'span#article-link', '.newsDate'] },
  author: { selectors: ['.newsAuthor'] },
  tags: { selectors: ['.newsTags a'], allowMultiple: true },
  body: {
    selectors: ['div.cont p', 'div[itemprop="articleBody"] p', 'div.cont'],
    clean: ['ul.pwslider', '.newsTags', '.banner'],
  },
  // The Russian byline repeats the dateline: "Бишкек - 24.kg , Мария ОРЛОВА" names Мария ОРЛОВА.
  transforms: { author: (value) => value.replace(/^[^,]*-\s*24\.kg\s*,\s*/, '') },
};
