import { COUNTRY_TABLE } from '../facts/parties/country-table.js';
import { COUNTRY_TABLE_RU } from '../facts/parties/country-table-ru.js';
import { KNOWN_ORGANIZATIONS } from '../parties/known-organizations.js';
import { organizationKey } from '../parties/organization-key.js';
import { wordsOf } from '../facts/text/words.js';
import type { Fact } from '../schemas/index.js';
import { FIGURE_UNITS, GENERIC_WORDS, GENERIC_WORDS_RU, GROUPING, HYPHENATED_PREFIXES, KIND_WORDS, REVISION_CUES, WORD_FORMS } from './grouping-rules.js';

/** A fact as grouping sees it: the stored fact, with what comparing it to others needs worked out once. */
export interface Member {
  fact: Fact;
  /** The outlet that published it (the article's, else the source URL's host). */
  outlet: string;
  amountUsd: number | null;
  /** Publication day as a day number (UTC days since 1970), or null when the article has no date. */
  day: number | null;
  orgKeys: ReadonlySet<string>;
  /** The development banks and funds among them (known-organizations.ts `ifi`): who lends. */
  lenderKeys: ReadonlySet<string>;
  /** The evidence's distinctive words: no party names, no words every deal sentence has. */
  words: ReadonlySet<string>;
  /** Years the evidence names ("in 2013", "by 2030"). */
  years: ReadonlySet<string>;
  /** Figures with a unit ("200mw", "280km"), the thing a deal is about. */
  figures: ReadonlySet<string>;
  /** The sentence says its sum revises an earlier one (grouping-rules.ts REVISION_CUES). */
  revises: boolean;
}

const DAY_MS = 86_400_000;

/** Keys of the international lenders: "ADB", «АБР» and "Asian Development Bank (ADB)" all give one. */
const LENDER_KEYS: ReadonlySet<string> = new Set(KNOWN_ORGANIZATIONS.filter((o) => o.ifi).flatMap((o) => o.names.map(organizationKey)).filter(Boolean));

const LATIN_WORD = /^[a-z]+$/;

/** An English word in the one form two outlets' spellings of it share (WORD_FORMS); other words as they are. */
export const wordForm = (w: string): string => (LATIN_WORD.test(w) ? WORD_FORMS.reduce((x, [re, to]) => x.replace(re, to), w) : w);

const HYPHENATED = new RegExp(`\\b(${HYPHENATED_PREFIXES.join('|')})-(?=\\p{L})`, 'giu');

/** Words naming a kind of thing (KIND_WORDS), in the form distinctiveWords gives them. */
export const KIND: ReadonlySet<string> = new Set(KIND_WORDS.flatMap(wordsOf).map((w) => wordForm(w)));

/** The generic words of both languages, as the stemmer leaves them (the English list is written as stems already). */
const GENERIC: ReadonlySet<string> = new Set([...GENERIC_WORDS, ...GENERIC_WORDS_RU.flatMap(wordsOf)]);

/**
 * Words of a country's own names ("Uzbekistan", "Uzbek", "Republic"; «Узбекистан», «узбекский», «Саудовская
 * Аравия»), which every report of its deals shares, in either language.
 */
function countryWords(code: string): string[] {
  const names = COUNTRY_TABLE[code] ?? [];
  const stem = names[0]?.toLowerCase().slice(0, 4);
  const english = stem ? names.filter((n) => n.toLowerCase().includes(stem)) : [];
  const ru = COUNTRY_TABLE_RU[code];
  const russian = ru ? [...ru.names, ...(ru.adjectives ?? []).slice(0, 1), ...(ru.demonyms ?? []), ...(ru.abbreviations ?? [])] : [];
  return [...english, ...russian].flatMap((n) => wordsOf(n.split('|')[0]!.replace(/=/g, '')));
}

function distinctiveWords(fact: Fact): Set<string> {
  const party = new Set([
    ...fact.countries.flatMap(countryWords),
    ...fact.organizations.flatMap(wordsOf),
    'republic',
  ]);
  return new Set(wordsOf(fact.evidence.replace(HYPHENATED, '$1')).filter((w) =>
    w.length >= GROUPING.minWordLength && !GENERIC.has(w) && !party.has(w) && !/^\d{1,3}$/.test(w)).map(wordForm));
}

/** Years a sentence names: a year before a comma or a full stop is one ("since 2012, and"); digits around a separator are a number ("2019.5"). */
const yearsOf = (text: string) => new Set(text.match(/(?<!\d|\d[.,])(?:19[5-9]\d|20[0-4]\d)(?!\d|[.,]\d)/g) ?? []);

const FIGURE_RE = new RegExp(`(\\d+(?:[.,]\\d+)?)[\\s-]*(${Object.keys(FIGURE_UNITS).join('|')})\\b`, 'gi');

function figuresOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(FIGURE_RE)) out.add(`${Number(m[1]!.replace(',', '.'))}${FIGURE_UNITS[m[2]!.toLowerCase()]}`);
  return out;
}

export interface MemberProvenance {
  outlet: string | null;
  amountUsd: number | null;
}

export function memberOf(fact: Fact, provenance: MemberProvenance): Member {
  const published = fact.published ? Date.parse(fact.published) : Number.NaN;
  const orgKeys = new Set(fact.organizations.map(organizationKey).filter(Boolean));
  return {
    fact,
    outlet: provenance.outlet ?? hostOf(fact.sourceUrl),
    amountUsd: provenance.amountUsd,
    day: Number.isNaN(published) ? null : Math.floor(published / DAY_MS),
    orgKeys,
    lenderKeys: new Set([...orgKeys].filter((k) => LENDER_KEYS.has(k))),
    words: distinctiveWords(fact),
    years: yearsOf(fact.evidence),
    figures: figuresOf(fact.evidence),
    revises: REVISION_CUES.some((re) => re.test(fact.evidence)),
  };
}

function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'file:' ? (u.pathname.split('/').pop() || url) : u.host.replace(/^www\./, '');
  } catch {
    return url;
  }
}
