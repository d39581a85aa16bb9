import type { SiteRule } from '../site-rule.js';

/**
 * AKIpress, Russian site (akipress.org; kg.akipress.org is the Kyrgyz one, akipress.com the English).
 * Bishkek is UTC+6. Only the body container is known from a scraper; no stored copy of an article
 * page was found, so title and date selectors are the usual ones and the rule is unverified.
 */
export const akipressRule: SiteRule = {
  host: 'akipress.org',
  supportedHosts: ['www.akipress.org'],
  utcOffset: '+06:00',
  verified: false,
  evidence: 'body: xsainteer/fuddyduddy AkiPressDialect (div[class*=article-text]); title and date inferred; no stored article page in the pages corpus',
  title: { selectors: ['h1.article-title', 'h1'] },
  published: { selectors: [['meta[property="article:published_time"]', 'content'], '.article-date', 'time[datetime]'] },
  body: {
    selectors: ['div.article-text p', 'div[class*="article-text"]'],
    clean: ['.inform_doska_center', 'ins', '.banner', '.read-also'],
  },
};
