import { countryCodes } from './parties/countries.js';
import type { SentenceInfo } from './rules/types.js';

/** What the whole article says about its parties, used where a sentence names none ("the sides"). */
export interface ArticleContext {
  /** The country the article is written from: its dateline, else the first country of its title. */
  home: string | null;
  /** Countries of the title and dateline, then the body's most named one; at most MAX_MAIN_COUNTRIES. */
  main: string[];
}

/** Enough for a bilateral article and its dateline; more would dilute every fact's parties. */
const MAX_MAIN_COUNTRIES = 3;
// "TASHKENT, Uzbekistan, June 11.", "YEREVAN. May 15 (Interfax) -", "ULAN BATOR, July 4 (Xinhua) --".
const DATELINE_RE = /^\s*(?:\[[^\]]{2,30}\],?\s*)?([A-Z][A-Z .'-]{2,30}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)[,.]\s/;

/** Reads the home and main countries from the title and the article's first sentences. */
export function articleContext(title: string, sentences: readonly SentenceInfo[]): ArticleContext {
  const titleCountries = countryCodes(title);
  let dateline: string | null = null;
  for (const s of sentences.slice(0, 3)) {
    const m = DATELINE_RE.exec(s.text);
    const code = m ? countryCodes(m[1] ?? '')[0] : undefined;
    if (code) {
      dateline = code;
      break;
    }
  }
  const counts = new Map<string, number>();
  for (const s of sentences) for (const c of s.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const main = [...new Set([...(dateline ? [dateline] : []), ...titleCountries, ...(top ? [top] : [])])].slice(0, MAX_MAIN_COUNTRIES);
  return { home: dateline ?? titleCountries[0] ?? top ?? null, main };
}
