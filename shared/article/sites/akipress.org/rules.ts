import type { SiteRule } from '../site-rule.js';

/**
 * AKIpress, Russian site (akipress.org and its topic subdomains svodka., eco., bilim.; kg.akipress.org is
 * the Kyrgyz one, akipress.com the English). Articles live at /news:<id>; Bishkek is UTC+6; the text
 * opens with the dateline "Бишкек (АКИpress) – ". The body container, the h1 and the tag row are
 * known from scrapers, the date element is not, and no stored copy of an article page was found:
 * unverified.
 */
export const akipressRule: SiteRule = {
  host: 'akipress.org',
  supportedHosts: ['www.akipress.org'],
  utcOffset: '+06:00',
  verified: false,
  evidence: 'body: xsainteer/fuddyduddy AkiPressDialect (div[class*=article-text]); h1 title and div.news_tag tags: public kg.akipress.org scrapers (code search); date element inferred; no stored article page in the pages corpus',
  title: { selectors: ['h1'] },
  published: { selectors: [['meta[property="article:published_time"]', 'content'], '.article-date', 'time[datetime]'] },
  tags: { selectors: ['div.news_tag a'], allowMultiple: true },
  body: {
    selectors: ['div.article-text p', 'div[class*="article-text"]'],
    clean: ['.inform_doska_center', 'ins', '.banner', '.read-also'],
  },
};
