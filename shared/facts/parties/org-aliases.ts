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

/**
 * Cyrillic abbreviations of the Russian table with the names they abbreviate: the full names listed since the previous
 * abbreviation («ВБ» → «Всемирный банк», «МАР» → «Международная ассоциация развития»; «ЕС» → «Европейский союз», «Евросоюз»).
 */
const RU_ABBREVIATION_GROUPS = new Map<string, readonly string[]>();
/** One-word names of the table and the name of several words listed right before them, with their abbreviation («Евросоюз» → «Европейский союз», ЕС). */
const RU_ONE_WORD_NAMES = new Map<string, { full: string; abbr: string }>();
for (const o of KNOWN_ORGANIZATIONS_RU) {
  let full: string[] = [];
  for (const n of o.ru) {
    if (!/^[\p{Lu}\d-]+$/u.test(n)) full.push(n);
    else {
      if (/^\p{Script=Cyrillic}/u.test(n) && full.length > 0) {
        RU_ABBREVIATION_GROUPS.set(n, full);
        full.forEach((name, i) => { if (i > 0 && !name.includes(' ') && full[i - 1]!.includes(' ')) RU_ONE_WORD_NAMES.set(name, { full: full[i - 1]!, abbr: n }); });
      }
      full = [];
    }
  }
}

/**
 * The Russian counterpart of buildAliasMap: an abbreviation takes the form the article spells it out in, first from its own
 * «Полное имя (АББР)» pairs, then from a name of the same organisation it uses elsewhere, so «ЕС» of an article that also
 * says «Евросоюз» is «Евросоюз (ЕС)», as the annotators write it (ru-l ria24-nodate-am-eu-covid-grant, ru-j
 * b24-20111220-ge-eu-budget-support). An abbreviation the article never spells out stays as written.
 */
export function buildAliasMapRu(mentions: Iterable<OrganizationMention>): Map<string, string> {
  const map = new Map<string, string>();
  const names = new Set<string>();
  for (const m of mentions) {
    names.add(m.name);
    const pair = /^(.+) \(([^()]+)\)$/.exec(m.name);
    if (pair?.[1] && pair[2] && !map.has(pair[2])) map.set(pair[2], m.name);
  }
  for (const [abbr, full] of RU_ABBREVIATION_GROUPS) {
    if (map.has(abbr)) continue;
    // Longer abbreviations take the table's full name, as in English («АБИИ» → «Азиатский банк инфраструктурных инвестиций (АБИИ)»).
    const spelled = full.find((n) => names.has(n)) ?? (abbr.length > 2 ? full[0] : undefined);
    if (spelled) map.set(abbr, `${spelled} (${abbr})`);
  }
  // «Евросоюз» in an article that also says «Европейский союз» is named as the full form, as the annotators write it (ru-zc
  // ozodlik-nodate-uz-eu-horticulture-grant; ru-a centralasiamedia-20251015-mn-eib-memorandum, ru-h regnum-20140514-am-eu-kfw-eib-water,
  // ru-l ria24-nodate-am-eu-covid-grant name "Европейский союз" for every mention); alone, it stays as written (ru-j b24-20111220-ge-eu-budget-support).
  for (const [short, { full, abbr }] of RU_ONE_WORD_NAMES) {
    if (!names.has(short) || map.has(short) || !(names.has(full) || names.has(`${full} (${abbr})`))) continue;
    const withAbbr = map.get(abbr);
    map.set(short, withAbbr?.startsWith(`${full} (`) ? withAbbr : full);
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
