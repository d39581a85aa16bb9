import { COUNTRY_TABLE } from './country-table.js';

/** A country named in a text. */
export interface CountryMention {
  code: string;
  start: number;
  end: number;
  text: string;
  /** Named as one of a region's countries ("the Central Asian states"): a party of its fact, not a subject of the article. */
  region?: true;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const NAME_TO_CODE = new Map<string, string>();
for (const [code, names] of Object.entries(COUNTRY_TABLE)) {
  for (const name of names) {
    NAME_TO_CODE.set(name, code);
    // Datelines and headlines shout: "TASHKENT, Uzbekistan".
    NAME_TO_CODE.set(name.toUpperCase(), code);
  }
}

// Case-sensitive on purpose: "US" and "us", "Polish" and "polish", "Turkey" and "turkey" differ only by case.
// Longest first so "Chinese Taipei" wins over "Chinese" and "South Korea" over "Korea".
const COUNTRY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...NAME_TO_CODE.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * Every country named in `text` by name, official form, adjective or demonym, capital or region.
 * @example findCountries('Chinese corporations in Tashkent').map((c) => c.code) // ['CN', 'UZ']
 */
export function findCountries(text: string): CountryMention[] {
  const out: CountryMention[] = [];
  for (const m of text.matchAll(COUNTRY_RE)) {
    const code = NAME_TO_CODE.get(m[0]);
    if (code) out.push({ code, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  if (REGION_HINT_RE.test(text)) {
    for (const m of text.matchAll(REGION_RE)) {
      for (const code of CENTRAL_ASIA) out.push({ code, start: m.index, end: m.index + m[0].length, text: m[0], region: true });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

// The region's countries named together are each a party, as annotators list them: "trade between China and the Central
// Asian states", "exported goods worth $61.4 billion to Central Asian countries", "the five Central Asian countries" (real-zi
// wenewsenglish-nodate-cn-kg-tj-tm-trade-2023, real-a astanatimes-20230420-kz-cn-c5-trade-2022, real-y xinhua-20230522-cn-kz-xinjiang-…).
// "Central Asia" alone stays a place ("the largest plant in Central Asia").
/** The region's five countries, which "the Central Asian states" names (countries-ru.ts reads the Russian names). */
export const CENTRAL_ASIA = ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;
const REGION_HINT_RE = /Central Asia/;
// Not when the sentence goes on to name which ("the Central Asian countries of Tajikistan and Kyrgyzstan", "four Central
// Asian countries, including ..."), counts fewer than five, or compares ("the lowest among the Central Asian states")
// (real-zf nsenergy-nodate-tj-ebrd-casa1000, real-d globaltimes-20230520-kg-cn-central-asia-…, real-zi wenewsenglish-nodate-…).
const REGION_RE =
  /(?<!\b(?:among|of|two|three|four|\d)\s+(?:the\s+)?)\b(?:(?:the\s+)?(?:five\s+)?Central Asian (?:countries|states|nations|republics)|(?:the\s+)?(?:countries|states|nations|republics) of Central Asia)\b(?!,?\s+(?:of|including|such as|namely|like)\b|\s*[:(])/g;

/** The distinct country codes named in `text`, in order of first mention. */
export function countryCodes(text: string): string[] {
  return [...new Set(findCountries(text).map((c) => c.code))];
}

/** The code for one exact country name or adjective, or null. */
export function countryOf(name: string): string | null {
  return NAME_TO_CODE.get(name.trim()) ?? null;
}
