import { COUNTRY_TABLE } from './country-table.js';

/** A country named in a text. */
export interface CountryMention {
  code: string;
  start: number;
  end: number;
  text: string;
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
  return out;
}

/** The distinct country codes named in `text`, in order of first mention. */
export function countryCodes(text: string): string[] {
  return [...new Set(findCountries(text).map((c) => c.code))];
}

/** The code for one exact country name or adjective, or null. */
export function countryOf(name: string): string | null {
  return NAME_TO_CODE.get(name.trim()) ?? null;
}
