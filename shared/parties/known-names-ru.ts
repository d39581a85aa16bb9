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

// One capture group per variant tells which one matched; the boundaries keep «Газпром» out of «Газпромбанк».
const KNOWN_RU_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${VARIANTS.map((v) => `(${v.pattern})`).join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu');

/**
 * Every well-known organisation of KNOWN_ORGANIZATIONS_RU named in `text`, in any grammatical case:
 * «Азиатского банка развития» gives «Азиатский банк развития».
 */
export function findKnownRu(text: string): KnownRuMatch[] {
  const out: KnownRuMatch[] = [];
  for (const m of text.matchAll(KNOWN_RU_RE)) {
    const i = m.slice(1).findIndex((g) => g !== undefined);
    const v = VARIANTS[i];
    if (v) out.push({ name: v.written, start: m.index, end: m.index + m[0].length, en: v.en, canonical: v.canonical, ifi: v.ifi });
  }
  return out;
}

/** The well-known organisation that `name` names as a whole, in any case, or null. */
export function knownRuOf(name: string): KnownRuMatch | null {
  const trimmed = name.trim();
  const [m] = findKnownRu(trimmed);
  return m && m.start === 0 && m.end === trimmed.length ? m : null;
}
