import type { SiteRule } from '../site-rule.js';

/** APA (Azeri Press Agency), English edition; the Azeri site (apa.az) shares the template. */
export const apaRule: SiteRule = {
  host: 'en.apa.az',
  supportedHosts: ['apa.az', 'www.apa.az'],
  utcOffset: '+04:00',
  language: 'en',
  title: { selectors: ['h2.title_news', 'h1.title_news', 'h1'] },
  published: { selectors: [['meta[property="article:published_time"]', 'content'], 'span.date', 'div.date'] },
  tags: { selectors: ['.tags_list a'], allowMultiple: true },
  body: {
    selectors: ['.texts.mb-site p', 'div.news_content.mt-site p', '.texts.mb-site'],
    clean: ['.rek_banner', '.links_block', '.AdviadNativeVideo'],
  },
};
