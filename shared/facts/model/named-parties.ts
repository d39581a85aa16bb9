import { wordsOf } from '../text/words.js';
import { findCountries } from '../parties/countries.js';
import { findCountriesRu } from '../parties/countries-ru.js';
import { ORGANIZATION_COUNTRIES } from '../parties/organization-countries.js';
import { GENERIC_NAME_WORDS, REGION_MEMBERS } from './evidence-words.js';

/**
 * Whether a party the model answers is one the text names. Countries resolve through our country
 * normaliser (names, adjectives, cities), the ISO English name (countries our table lacks, like
 * "Burkina Faso"), the regions that stand for their members and the home countries of well-known
 * companies ("ACWA Power" implies Saudi Arabia). An organisation is named when every
 * identifying word of its name occurs in one sentence, so "Ministry of Energy of Uzbekistan" is
 * named by "the Uzbek Ministry of Energy" and "Finance Ministry" by "Ministry of Finance", while a
 * name the article never uses is not.
 */
export class NamedParties {
  private readonly sentenceWords: Array<Set<string>>;
  private readonly countries: Set<string>;

  /** `texts`: the title and every sentence, each read on its own. */
  constructor(private readonly texts: readonly string[]) {
    this.sentenceWords = texts.map((t) => new Set(wordsOf(t)));
    this.countries = countriesIn(texts.join('\n'));
  }

  /** The first text: the title, when the article's texts are given title first. */
  get title(): string {
    return this.texts[0] ?? '';
  }

  country(code: string): boolean {
    return this.countries.has(code);
  }

  organization(name: string): boolean {
    // "Asian Development Bank (ADB)": either form named is enough, as the scorer allows either.
    const forms = [name, ...name.split(/[()]/)].map((f) => f.trim()).filter(Boolean);
    return forms.some((form) => {
      const { words, countries } = identifyingWords(form);
      if (words.length === 0) return false;
      if (!countries.every((c) => this.countries.has(c))) return false;
      return this.sentenceWords.some((set) => words.every((w) => set.has(w)));
    });
  }

  /** A narrower view: the same checks over some of the texts (the sentences around a fact's evidence). */
  within(indexes: Iterable<number>): NamedParties {
    return new NamedParties([...indexes].flatMap((i) => (this.texts[i] === undefined ? [] : [this.texts[i]!])));
  }
}

const DISPLAY = new Intl.DisplayNames(['en'], { type: 'region' });
const ISO_CODES = new Set(Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26))));
const ISO_NAMES: Array<[string, RegExp]> = [...ISO_CODES].flatMap((code) => {
  const name = DISPLAY.of(code);
  // DisplayNames echoes codes it does not know.
  return name && name !== code && /^[\p{L} .'-]+$/u.test(name) ? [[code, new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu')] as [string, RegExp]] : [];
});

/** Companies whose name implies their country (parties/organization-countries.ts). */
const HOME_RES: Array<[string, RegExp]> = Object.entries(ORGANIZATION_COUNTRIES).map(([code, names]) => [
  code, new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'u'),
]);

function countriesIn(text: string): Set<string> {
  // Russian articles name countries in Russian, in any case ("Узбекистану", "китайской стороной").
  const out = new Set([...findCountries(text), ...findCountriesRu(text)].map((c) => c.code));
  for (const [code, re] of HOME_RES) if (!out.has(code) && re.test(text)) out.add(code);
  for (const [code, re] of ISO_NAMES) if (!out.has(code) && re.test(text)) out.add(code);
  for (const [region, members] of Object.entries(REGION_MEMBERS)) if (text.includes(region)) for (const c of members) out.add(c);
  return out;
}

/**
 * The countries a name stands for when it is only a country or its government ("Uzbekistan", "the
 * Government of the Kyrgyz Republic"): FACTS.md writes those as country codes, not organisations.
 */
export function onlyCountries(name: string): string[] | null {
  const { words, countries } = identifyingWords(name);
  return countries.length > 0 && words.every((w) => w === 'government') ? countries : null;
}

/** The words that identify a name, and the countries it names (checked apart: "Uzbek" and "Uzbekistan" are one country). */
function identifyingWords(name: string): { words: string[]; countries: string[] } {
  const mentions = [...findCountries(name), ...findCountriesRu(name)].sort((a, b) => a.start - b.start).filter((m, i, all) => i === 0 || m.start >= all[i - 1]!.end);
  let rest = name;
  for (const m of [...mentions].reverse()) rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
  const words = wordsOf(rest).filter((w) => !GENERIC_NAME_WORDS.has(w));
  return { words, countries: [...new Set(mentions.map((m) => m.code))] };
}
