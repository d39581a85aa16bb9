/**
 * Countries named in Russian text, by name in any case («Узбекистану»), official form («Республики Казахстан»,
 * «КНР»), adjective («китайские компании», «казахстанской стороной»), compound adjective («узбекско-китайский»:
 * both), demonym, capital, city or region. The Russian twin of countries.ts and party-mentions.ts; the table is
 * country-table-ru.ts. Words are looked up whole in a table of generated forms, so only exact forms match
 * («Китаева», «Иранов» do not) and reading is one pass over the words.
 */
import { findAmountsRu } from '../money/parse-amount-ru.js';
import type { AmountMatch } from '../money/parse-amount.js';
import { RU_CURRENCIES } from '../money/currencies-ru.js';
import { adjectiveForms, nameForms, nounForms, type NounPatternName } from '../text/russian-inflection.js';
import { COUNTRY_TABLE_RU, NOT_COUNTRIES_RU } from './country-table-ru.js';
import { CENTRAL_ASIA, type CountryMention } from './countries.js';

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Exact form -> code ('' for NOT_COUNTRIES_RU). */
const FORM_TO_CODE = new Map<string, string>();
/** First parts of compound adjectives, «узбекско» in «узбекско-китайский», -> code. */
const PREFIX_TO_CODE = new Map<string, string>();

function demonymForms(entry: string): string[] {
  const [nom = '', pattern, stem] = entry.split('|');
  if (pattern) return nounForms(nom, pattern as NounPatternName, stem);
  if (nom.endsWith('ец')) return nounForms(nom, 'ец');
  if (nom.endsWith('янин')) return nounForms(nom, 'янин');
  return nounForms(nom, 'm');
}

for (const [code, c] of Object.entries(COUNTRY_TABLE_RU)) {
  // Names are capitalised, and shouted in datelines («ТАШКЕНТ, 14 мар»); adjectives and demonyms are lower-case,
  // capitalised at a sentence start or in a proper name («Туркестанской области»).
  for (const n of [...c.names, ...(c.places ?? [])]) for (const f of nameForms(n)) FORM_TO_CODE.set(f, code).set(f.toUpperCase(), code);
  for (const a of c.abbreviations ?? []) FORM_TO_CODE.set(a, code);
  const lower = [...(c.adjectives ?? []).flatMap(adjectiveForms), ...(c.demonyms ?? []).flatMap(demonymForms)];
  // «Иссык-Кульской области»: each part of a hyphenated name capitalised.
  for (const f of lower) FORM_TO_CODE.set(f, code).set(capitalise(f), code).set(f.split('-').map(capitalise).join('-'), code);
  for (const p of [...(c.adjectives ?? []).map((s) => `${s}о`), ...(c.prefixes ?? [])]) PREFIX_TO_CODE.set(p, code).set(capitalise(p), code);
}
for (const n of NOT_COUNTRIES_RU) for (const f of nameForms(n)) FORM_TO_CODE.set(f, '');
const MAX_WORDS = Math.max(...[...FORM_TO_CODE.keys()].map((k) => k.split(' ').length));
/** The first words of the forms of several words («Республики» of «Республики Казахстан»): only there is a longer form tried. */
const MULTI_FIRST = new Set([...FORM_TO_CODE.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

const WORD_RE = /[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*/gu;
const HYPHEN_PART_RE = /[\p{L}\p{N}]+/gu;

/**
 * Every country named in a Russian `text`.
 * @example findCountriesRu('узбекско-китайское предприятие в Ташкенте').map((c) => c.code) // ['UZ', 'CN', 'UZ']
 */
export function findCountriesRu(text: string): CountryMention[] {
  const words = [...text.matchAll(WORD_RE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const out: CountryMention[] = [];
  for (let i = 0; i < words.length; i++) {
    let matched = 0;
    // Longest first: «Южной Кореи» before «Кореи», «Латинской Америки» before «Америки».
    const longest = MULTI_FIRST.has(words[i]?.text ?? '') ? Math.min(MAX_WORDS, words.length - i) : 1;
    for (let k = longest; k >= 1 && !matched; k--) {
      const first = words[i];
      const last = words[i + k - 1];
      if (!first || !last) continue;
      const span = text.slice(first.start, last.end);
      const key = k === 1 ? span : span.replace(/\s+/g, ' ');
      if (k > 1 && key.split(' ').length !== k) continue; // words joined by something other than spaces
      const code = FORM_TO_CODE.get(key);
      if (code === undefined) continue;
      if (code) out.push({ code, start: first.start, end: last.end, text: span });
      matched = k;
    }
    const w = words[i];
    if (!matched && w && /[-–]/.test(w.text)) {
      // «узбекско-китайский», «азербайджано-китайское»: each part names its country.
      const parts = [...w.text.matchAll(HYPHEN_PART_RE)];
      parts.forEach((p, j) => {
        const code = j < parts.length - 1 ? (PREFIX_TO_CODE.get(p[0]) ?? FORM_TO_CODE.get(p[0])) : FORM_TO_CODE.get(p[0]);
        if (code) out.push({ code, start: w.start + p.index, end: w.start + p.index + p[0].length, text: p[0] });
      });
    }
    if (matched > 1) i += matched - 1;
  }
  if (REGION_HINT_RU_RE.test(text)) {
    for (const m of text.matchAll(REGION_RU_RE)) {
      for (const code of CENTRAL_ASIA) out.push({ code, start: m.index, end: m.index + m[0].length, text: m[0], region: true });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

// The region's countries named together are each a party (countries.ts for English): «предоставит странам Центральной Азии
// финансовую поддержку», «предоставит республикам Центральной Азии порядка 6 миллиардов долларов» (ru tjnews-nodate-kg-cn-xi-…,
// islamtoday-nodate-uz-isdb-…). Not when the sentence goes on to say which, counts fewer than five, or compares («среди стран ...»).
const REGION_HINT_RU_RE = /[Цц]ентральн\p{L}* Азии|[Цц]ентральноазиатск/u;
const REGION_RU_RE =
  /(?<!(?:^|[^\p{L}])(?:среди|из|двух|тр[её]х|четыр[её]х|\d+)\s+)(?<![\p{L}])(?:(?:пят\p{L}*\s+)?(?:стран|государств|республик)\p{L}*\s+Центральной\s+Азии|(?:пят\p{L}*\s+)?центральноазиатск\p{L}*\s+(?:стран|государств|республик)\p{L}*)(?![\p{L}])(?!,?\s+(?:в том числе|включая|таких как|а именно)|\s*[:(—–-])/gu;

/** The distinct country codes named in a Russian `text`, in order of first mention. */
export function countryCodesRu(text: string): string[] {
  return [...new Set(findCountriesRu(text).map((c) => c.code))];
}

// ---- Mentions that name no party (party-mentions.ts for English) ----------------------------------------------

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (forms: Iterable<string>): string => [...new Set(forms)].sort((a, b) => b.length - a.length).map(escape).join('|');

// A currency's name: «долларов США», «американских долларов», «китайских юаней», also without a number.
const CURRENCY_NAME_RE = new RegExp(
  `(?<![\\p{L}])(?:(?:${alternation(RU_CURRENCIES.flatMap((c) => (c.qualifiedBy ?? []).flatMap(adjectiveForms)))})[\\s\\u00a0]+(?:${alternation(
    RU_CURRENCIES.flatMap((c) => [...nounForms(c.noun.nominative, c.noun.pattern), ...(c.noun.extra ?? [])]),
  )})|(?:${alternation(nounForms('доллар', 'm'))}|долл\\.)[\\s\\u00a0]+США)(?![\\p{L}])`,
  'giu',
);
const BACKGROUND = 'войн|конфликт|кризис|санкци|вторжени|эмбарго|оккупаци|агресси';
// Where something was announced or decided, not a party. Not a forum, a summit or meetings: «На форуме в Ташкенте подписаны
// контракты» names the host, and a president's «деловых встреч в Китае» the country he went to deal with (ru-b
// kursivuz-20230520-uz-cn-joint-projects).
const VENUE = 'пресс-конференци|брифинг|заседани|штаб-квартир';
/**
 * A war, crisis or sanctions as background («войны в Украине», «российско-украинского конфликта», «санкций против
 * России») and a route around a country («в обход России», «минуя Иран»).
 */
const INCIDENTAL_RES: readonly RegExp[] = [
  new RegExp(
    `(?:(?<![\\p{L}])\\p{L}+(?:[-–]\\p{L}+)*(?:ого|ому|ой|ом|ая|ую|ое|ие|ые|их|ых|ими|ыми|им|ым|ий|ый)\\s+)?(?<![\\p{L}])(?:${BACKGROUND})\\p{L}*(?:\\s+\\p{Lu}{2,}(?![\\p{L}]))?(?:\\s+(?:в|во|на|против|с|со|между|вокруг)\\s+\\p{Lu}[\\p{L}-]+(?:\\s+и\\s+\\p{Lu}[\\p{L}-]+)?)?`,
    'gu',
  ),
  /(?<![\p{L}])(?:[вВ]\s+обход|[мМ]инуя|[оО]бходя)\s+(?:территори\p{L}*\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?/gu,
  // Where a road or a line runs: «у границы с Афганистаном», «трасса дойдет до границ с Азербайджаном и Арменией» (ru-e bankuz-20110204-
  // uz-jp-rail-electrification-loan, rosinvest-20090805-tj-adb-grants-2010; ru-g civilge-nodate-ge-eib-east-west-highway).
  /(?<![\p{L}])(?:у|до|на|вдоль|к)\s+(?:самой\s+|самых\s+)?границ\p{L}*\s+(?:с|со)\s+\p{Lu}[\p{L}-]+(?:\s+и\s+\p{Lu}[\p{L}-]+)?/gu,
  // «дорог Рустави - Красный мост (граница с Азербайджаном)» (ru-f interfaxua-20190219-ge-eib-east-west-highway).
  /\(\s*граница\s+(?:с|со)\s+\p{Lu}[\p{L}-]+\s*\)/gu,
  // Where a meeting took place, not who took part: «сообщил ... на пресс-конференции в Алматы» over a Tajik loan (ru-zm
  // asiaplus-20231214-tj-eabr-rogun-130m), «на заседании 18 июня в Санкт-Петербурге принял решение выдать Республике
  // Таджикистан ... кредит» (ru-l panarmenian-20100618-tj-eurasec-acf-loan). As in English, at most three words between, no comma.
  new RegExp(`(?<=(?<![\\p{L}])(?:${VENUE})\\p{L}*(?:[ \\t]+[^\\s.;:,]+){0,3}?[ \\t]+)(?:в|во)[ \\t]+\\p{Lu}[\\p{L}-]+(?:[ \\t]+\\p{Lu}[\\p{L}-]+)?`, 'gu'),
];
const INCIDENTAL_WORD_RE = new RegExp(`(?:${BACKGROUND})|обход|минуя|границ|${VENUE}`, 'iu');

const blank = (text: string, start: number, end: number): string => text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);

/** `text` with sums of money, currency names and incidental mentions blanked (same length, so offsets hold). */
export function withoutNonPartiesRu(text: string, amounts: readonly AmountMatch[] = findAmountsRu(text)): string {
  let masked = text.replace(CURRENCY_NAME_RE, (m) => ' '.repeat(m.length));
  for (const a of amounts) masked = blank(masked, a.start, a.end);
  if (INCIDENTAL_WORD_RE.test(text)) for (const re of INCIDENTAL_RES) masked = masked.replace(re, (m) => ' '.repeat(m.length));
  return masked;
}

/** The countries that take part in what a Russian `text` states: named, and not as money or background. */
export function partyCountriesRu(text: string, amounts?: readonly AmountMatch[]): CountryMention[] {
  return findCountriesRu(withoutNonPartiesRu(text, amounts));
}
