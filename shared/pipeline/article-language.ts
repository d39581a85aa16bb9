import { detectLanguage } from '../facts/text/language.js';

/** Where an article's language came from: the extractor trusts a declaration over a guess. */
export interface LanguageSources {
  /** What the page declares (html lang, Content-Language, og:locale, JSON-LD), else its single-edition site rule. */
  page: string | null;
  /** The feed's declared language (registry `language`); null for a page read from a file. */
  feed: string | null;
  /** The article's own words, for when nothing is declared. */
  text: string;
}

/**
 * The language of an article: the page's declaration first (it knows its own edition), then the feed's
 * (a feed is one edition; a host such as kun.uz serves several), then detection from the text. A text
 * too short or too mixed to tell gives null rather than a guess.
 * @example articleLanguage({ page: null, feed: 'ru', text: 'ADB approves a loan' }) // 'ru'
 */
export function articleLanguage(src: LanguageSources): string | null {
  if (src.page) return src.page;
  if (src.feed) return src.feed;
  const detected = detectLanguage(src.text);
  return detected === 'und' ? null : detected;
}
