/**
 * The language of an article's text, from its script and its commonest words: enough to choose the
 * extractor's vocabulary (English or Russian) and to tell analysts which language a fact was read in.
 * A statistical detector (franc, cld) would name more languages, but the region's news comes in English,
 * Russian and Cyrillic-script Kazakh, Kyrgyz, Tajik and Uzbek, which letters alone tell apart cheaply.
 */

/** What the extractor can read, plus the region's other languages it can only name. */
export type Language = 'en' | 'ru' | 'kk' | 'ky' | 'tg' | 'uz' | 'und';

/** How much text is looked at: the lead of an article says its language. */
const SAMPLE_CHARS = 4000;
/** Fewer letters than this say nothing reliable. */
const MIN_LETTERS = 12;

// Letters Russian does not have that mark one alphabet of the region: Kazakh's і, ә, ұ; Uzbek's ў; Tajik's ӣ, ӯ, ҷ;
// Kyrgyz shares ң, ө, ү with Kazakh, so it is the one left when they come without Kazakh's own.
const OWN_LETTERS: ReadonlyArray<readonly [Exclude<Language, 'en' | 'ru' | 'und'>, RegExp]> = [
  ['kk', /[әұһі]/giu],
  ['uz', /[ў]/giu],
  ['tg', /[ӣӯҷ]/giu],
  ['ky', /[ңөү]/giu],
];

const RU_WORDS = new Set(['и', 'в', 'во', 'на', 'с', 'со', 'по', 'что', 'не', 'для', 'от', 'из', 'к', 'о', 'об', 'это', 'как', 'также', 'году', 'года', 'млн', 'млрд', 'между', 'было', 'будет']);
const EN_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'for', 'on', 'with', 'is', 'was', 'by', 'that', 'will', 'has', 'from', 'million', 'billion']);

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/**
 * @example detectLanguage('Азиатский банк развития выделит Узбекистану кредит') // 'ru'
 * @example detectLanguage('ADB approves a loan for Uzbekistan') // 'en'
 */
export function detectLanguage(text: string): Language {
  const sample = typeof text === 'string' ? text.slice(0, SAMPLE_CHARS) : '';
  const cyrillic = count(sample, /\p{Script=Cyrillic}/gu);
  const latin = count(sample, /\p{Script=Latin}/gu);
  if (cyrillic + latin < MIN_LETTERS) return 'und';
  const words = sample.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (cyrillic > latin) {
    // A few letters of another alphabet are names ("Қазақстан" quoted in a Russian story); a share of them is the text.
    const own = OWN_LETTERS.find(([, re]) => count(sample, re) / cyrillic > 0.015);
    if (own) return own[0];
    return words.some((w) => RU_WORDS.has(w)) ? 'ru' : 'und';
  }
  return words.some((w) => EN_WORDS.has(w)) ? 'en' : 'und';
}
