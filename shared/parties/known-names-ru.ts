import { KNOWN_ORGANIZATIONS } from './known-organizations.js';
import { KNOWN_ORGANIZATIONS_RU } from './known-organizations-ru.js';
import { inflectedPattern } from './russian-inflection.js';

/** A well-known organisation named in Russian text, in any case. */
export interface KnownRuMatch {
  /** The nominative form of the name matched, as the table writes it. */
  name: string;
  start: number;
  end: number;
  /** The English entry's first name, or null for a body only the Russian table holds. */
  en: string | null;
  /** The entry's first Russian name: one form for every variant of the entry. */
  canonical: string;
  ifi: boolean;
}

const ENGLISH_IFI = new Map(KNOWN_ORGANIZATIONS.map((o) => [o.names[0] ?? '', o.ifi === true]));

interface Variant { written: string; pattern: string; en: string | null; canonical: string; ifi: boolean }

const VARIANTS: Variant[] = KNOWN_ORGANIZATIONS_RU.flatMap((o) =>
  o.ru.map((written) => ({ written, pattern: inflectedPattern(written), en: o.en, canonical: o.ru[0] ?? written, ifi: o.en ? ENGLISH_IFI.get(o.en) === true : o.ifi === true })),
);
// Longest first, so «Фонд ОПЕК для международного развития» wins over «Фонд ОПЕК».
VARIANTS.sort((a, b) => b.written.length - a.written.length);

// A name starts at a letter or digit that no letter, digit or hyphen precedes; the boundaries keep «Газпром» out
// of «Газпромбанк». One sticky regex per first letter, in the order of VARIANTS, is tried only at such starts: the
// same leftmost, longest-first matches as one alternation of all the names, without trying 200 names at each word.
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}]|-\\p{L})';
/** The first characters a variant's pattern can match: both cases of an inflecting first letter, or the letter as written. */
const firstCharacters = (pattern: string): string[] => {
  const both = /^\[(.)(.)\]/u.exec(pattern);
  return both ? [both[1]!, both[2]!] : [[...pattern][0] ?? ''];
};
const BY_FIRST = new Map<string, number[]>();
VARIANTS.forEach((v, i) => {
  for (const c of firstCharacters(v.pattern)) BY_FIRST.set(c, [...(BY_FIRST.get(c) ?? []), i]);
});
// One capture group per variant tells which one matched.
const STICKY_BY_FIRST = new Map(
  [...BY_FIRST].map(([c, ids]) => [c, { ids, re: new RegExp(`(?:${ids.map((i) => `(${VARIANTS[i]!.pattern})`).join('|')})${BOUNDARY_AFTER}`, 'uy') }]),
);
const classEscape = (c: string): string => c.replace(/[\]\\^-]/g, '\\$&');
const NAME_START_RE = new RegExp(`(?<![\\p{L}\\p{N}-])[${[...BY_FIRST.keys()].map(classEscape).join('')}]`, 'gu');

/**
 * Every well-known organisation of KNOWN_ORGANIZATIONS_RU named in `text`, in any grammatical case:
 * «Азиатского банка развития» gives «Азиатский банк развития».
 */
export function findKnownRu(text: string): KnownRuMatch[] {
  const out: KnownRuMatch[] = [];
  // The module's regexes keep their place in lastIndex: set here, never left to a previous call.
  NAME_START_RE.lastIndex = 0;
  for (let s = NAME_START_RE.exec(text); s; s = NAME_START_RE.exec(text)) {
    const group = STICKY_BY_FIRST.get(s[0])!;
    group.re.lastIndex = s.index;
    const m = group.re.exec(text);
    if (!m) continue;
    const v = VARIANTS[group.ids[m.slice(1).findIndex((g) => g !== undefined)]!];
    if (v) out.push({ name: v.written, start: s.index, end: s.index + m[0].length, en: v.en, canonical: v.canonical, ifi: v.ifi });
    NAME_START_RE.lastIndex = s.index + m[0].length;
  }
  return out;
}

/** The well-known organisation that `name` names as a whole, in any case, or null. */
export function knownRuOf(name: string): KnownRuMatch | null {
  const trimmed = name.trim();
  const [m] = findKnownRu(trimmed);
  return m && m.start === 0 && m.end === trimmed.length ? m : null;
}
