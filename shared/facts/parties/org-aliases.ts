import { KNOWN_ORGANIZATIONS } from '../../parties/known-organizations.js';
import { KNOWN_ORGANIZATIONS_RU } from '../../parties/known-organizations-ru.js';
import type { OrganizationMention } from './organizations.js';

/** Abbreviation -> full name from the table of well-known organisations ("IsDB" -> "Islamic Development Bank"). */
const KNOWN_FULL_NAMES = new Map<string, string>();
for (const o of KNOWN_ORGANIZATIONS) {
  const [full, ...aliases] = o.names;
  if (!full) continue;
  for (const a of aliases) if (/^[\p{Lu}][\p{Lu}\p{Ll}]{1,7}$/u.test(a) && /\p{Lu}.*\p{Lu}/u.test(a)) KNOWN_FULL_NAMES.set(a, full);
}
// Russian abbreviations to the Russian full name («АБИИ» → «Азиатский банк инфраструктурных инвестиций»): Cyrillic
// keys, so an English article's map is unchanged.
for (const o of KNOWN_ORGANIZATIONS_RU) {
  const [full, ...aliases] = o.ru;
  if (!full) continue;
  for (const a of aliases) if (/^\p{Script=Cyrillic}[\p{Lu}\p{Ll}]{1,7}$/u.test(a) && /^[\p{Lu}\d-]+$/u.test(a)) KNOWN_FULL_NAMES.set(a, full);
}

/**
 * Maps the abbreviations of an article to "Full Name (ABBR)": first from the article's own
 * "Full Name (ABBR)" pairs, then from the table of well-known organisations, so "the IsDB" in one
 * sentence and "Islamic Development Bank" in another name the same party (FACTS.md "Parties").
 */
export function buildAliasMap(mentions: Iterable<OrganizationMention>): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of mentions) {
    const pair = /^(.+) \(([^()]+)\)$/.exec(m.name);
    if (pair?.[2] && !map.has(pair[2])) map.set(pair[2], m.name);
  }
  const names = [...mentions].map((m) => m.name);
  for (const [abbr, full] of KNOWN_FULL_NAMES) {
    if (map.has(abbr)) continue;
    // A two-letter Latin abbreviation the article never spells out stays as the article writes it: "the EU" of an article that
    // never says "European Union" is "EU" (real-a arka-20121203-am-ebrd-yerevan-metro, real-c arka-20230118-am-ebrd-vp-interview,
    // real-d ria-20081023-ge-ebrd-975m, real-h civilnet-nodate-am-eu-investment-plan); "European Union (EU)" would name a
    // party the article does not, and shares no word with it.
    if (/^[A-Z]{2}$/.test(abbr) && !names.some((n) => n.includes(full))) continue;
    map.set(abbr, `${full} (${abbr})`);
  }
  return map;
}

/** The name to print for an organisation: its "Full Name (ABBR)" form when it was named by abbreviation. */
export function canonicalOrganization(name: string, aliases: ReadonlyMap<string, string>): string {
  return aliases.get(name) ?? name;
}

const LEGAL_TAIL_RE = /(?:,?\s+(?:Co\.,?\s*Ltd\.?|Co\.|Ltd\.?|LLC|LLP|JSC|OJSC|CJSC|PJSC|PLC|Inc\.?|AG|GmbH|S\.A\.|A\.[ŞS]\.|S\.p\.A\.|N\.V\.|B\.V\.|Limited|Company|Corporation|Group|Holding|Holdings))+$/;

/**
 * The short forms an article uses after naming a company in full: "Hoshino Solar" for "Hoshino Solar
 * Co., Ltd.", "Masdar" for "Masdar Company". Only forms of two words or more, or one word that is not a
 * common word, so "the Group" never counts.
 */
export function shortForms(mentions: Iterable<OrganizationMention>): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of mentions) {
    const short = m.name.replace(LEGAL_TAIL_RE, '').trim();
    if (short === m.name || short.length < 4 || /^(?:The|A|An)\b/.test(short)) continue;
    if (!short.includes(' ') && !/^\p{Lu}[\p{L}-]*\p{Ll}[\p{L}-]*$/u.test(short)) continue;
    out.set(short, m.name);
  }
  return out;
}
