import { knownRuOf } from './known-names-ru.js';
import { CYRILLIC_RE } from './russian-inflection.js';
import { transliterateRu } from './transliterate-ru.js';

/** Russian legal forms and the generic heads the English key drops too (company, corporation, group, holding). */
const RU_LEGAL_WORDS: ReadonlySet<string> = new Set([
  'ао', 'оао', 'пао', 'зао', 'ооо', 'тоо', 'ак', 'гк', 'нк', 'акб', 'сп', 'чп', 'ип', 'гуп', 'фгуп', 'руп', 'осоо', 'ооо', 'мчж', 'аж',
  'компания', 'корпорация', 'группа', 'холдинг',
]);

/**
 * A masculine company name of one word takes a case ending («Узбекнефтегаза», «Узбекнефтегазом»): dropped only
 * after the usual closing parts of such names, so a nominative ending in a vowel («Самрук-Казына») is never cut.
 */
const OBLIQUE_COMPANY_WORD_RE = /^(\p{L}[\p{L}-]*(?:газ|пром|атом|транс|строй|холдинг|банк|телеком|мунай|сервис|инвест|трейд|тех|металл|цемент|хим|маш|алтын|уран|ойл|лизинг|флот|порт|торг|экспорт|импорт|снаб))(?:а|у|ом|е)$/iu;

const QUOTED_RE = /[«"„“]([^«»"„“”]+)[»"“”]/u;
const NAME_WITH_ABBREVIATION = /^(.+?)\s*\(([^()]+)\)$/;

/** How the English side keys a name, and its key when the table of well-known organisations holds it. */
export interface EnglishKeys {
  key: (name: string) => string;
  known: (name: string) => string | null;
}

/** A name without quotes and Russian legal forms: «АО «Узбекнефтегаз»» is «Узбекнефтегаз». */
function core(name: string): string {
  const quoted = QUOTED_RE.exec(name)?.[1];
  const words = (quoted ?? name).replace(/[«»"„“”]/g, ' ').split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !RU_LEGAL_WORDS.has(w.toLowerCase()));
  return (kept.length > 0 ? kept : words).join(' ');
}

/** The key of a name the tables do not know: romanised (transliterate-ru.ts) and folded as English names are. */
function romanisedKey(name: string, english: EnglishKeys): string {
  const nominative = name.includes(' ') ? name : name.replace(OBLIQUE_COMPANY_WORD_RE, '$1');
  return english.key(transliterateRu(nominative));
}

/**
 * The organisation key of a name written in Cyrillic, equal to the key of its English name: by the
 * Russian table of well-known organisations («АБР», «Азиатского банка развития» → the ADB's key), by a
 * Latin abbreviation in brackets, else by romanisation («АО «Узбекнефтегаз»» and «JSC Uzbekneftegaz»).
 */
export function russianOrganizationKey(name: string, english: EnglishKeys): string {
  const pair = NAME_WITH_ABBREVIATION.exec(name.trim());
  const parts = pair ? [pair[1] ?? '', pair[2] ?? ''] : [name];
  for (const part of parts) {
    const c = core(part);
    // A Latin name inside («Türkmengaz», "(ADB)"): the English key, when the table knows it.
    // The whole part first: «Таджикская алюминиевая компания» holds a word the legal forms drop.
    const known = CYRILLIC_RE.test(c) ? (knownRuOf(part) ?? knownRuOf(c)) : null;
    const key = CYRILLIC_RE.test(c) ? null : english.known(c);
    if (key) return key;
    if (known) return known.en ? english.key(known.en) : romanisedKey(known.canonical, english);
  }
  const first = core(parts[0] ?? name);
  return CYRILLIC_RE.test(first) ? romanisedKey(first, english) : english.key(first);
}
