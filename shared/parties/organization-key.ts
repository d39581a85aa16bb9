import { KNOWN_ORGANIZATIONS } from './known-organizations.js';
import { russianOrganizationKey } from './organization-key-ru.js';
import { CYRILLIC_RE } from './russian-inflection.js';

const LEGAL_WORDS = new Set([
  'the', 'of', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'llc', 'ltd', 'limited', 'co', 'company', 'corp', 'corporation',
  'inc', 'plc', 'group', 'holding', 'holdings', 'sa', 'ag', 'gmbh', 'jv', 'llp', 'ao', 'oao', 'pao', 'ooo',
]);

/** Case, accents, punctuation and legal suffixes dropped: "JSC Uzbekneftegaz" and "Uzbekneftegaz" fold alike. */
export function foldOrganization(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // Dotted initials are one word: "S.A." is "sa", a legal suffix, not "s" and "a".
    .replace(/(?<![\p{L}\p{N}])(\p{L})\.(?=\p{L}\.)/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !LEGAL_WORDS.has(w))
    .join(' ');
}

/** Every name of a well-known organisation, folded, to the fold of its first (full) name. */
const KNOWN_KEYS = new Map<string, string>();
for (const org of KNOWN_ORGANIZATIONS) {
  const [full] = org.names;
  if (!full) continue;
  for (const name of org.names) {
    const folded = foldOrganization(name);
    if (folded && !KNOWN_KEYS.has(folded)) KNOWN_KEYS.set(folded, foldOrganization(full));
  }
}

/** "Full Name (ABBR)": the extractor's form for an organisation it saw both ways. */
const NAME_WITH_ABBREVIATION = /^(.+?)\s*\(([^()]+)\)$/;

/**
 * The one key of an organisation, wherever its name is compared (index entries, query filters, deal
 * grouping): "Asian Development Bank (ADB)", "Asian Development Bank" and "ADB" share one key, by the
 * bracketed abbreviation and by the table of well-known organisations; a Russian name has the key of
 * its English name («АБР», «Азиатский банк развития (АБР)» and "ADB" are one).
 */
export function organizationKey(name: string): string {
  // Russian names meet their English ones by the Russian table and by romanisation (organization-key-ru.ts).
  if (CYRILLIC_RE.test(name)) return russianOrganizationKey(name, ENGLISH_KEYS);
  return englishOrganizationKey(name);
}

/**
 * The full name first; when it is not a known one but the bracketed abbreviation is, the abbreviation: an outlet's
 * epithet before the name ("Beijing-backed Asian Infrastructure Investment Bank (AIIB)", two outlets and two loans in
 * tests/eval/deals) is not another organisation.
 */
function englishOrganizationKey(name: string): string {
  const pair = NAME_WITH_ABBREVIATION.exec(name.trim());
  const folded = foldOrganization(pair?.[1] ?? name);
  const byAbbreviation = pair ? KNOWN_KEYS.get(foldOrganization(pair[2]!)) : undefined;
  return KNOWN_KEYS.get(folded) ?? byAbbreviation ?? (folded || foldOrganization(name));
}

const ENGLISH_KEYS = {
  key: englishOrganizationKey,
  known: (name: string): string | null => KNOWN_KEYS.get(foldOrganization(name)) ?? null,
};
