import { KNOWN_ORGANIZATIONS, NEWS_AGENCIES } from '../../parties/known-organizations.js';
import { NEWS_AGENCIES_RU } from '../../parties/known-organizations-ru.js';
import { findKnownRu } from '../../parties/known-names-ru.js';
import { ADJECTIVE_ENDINGS, caseForms, genderOf, nominativeAdjective, type Gender } from '../../parties/russian-inflection.js';
import type { OrganizationMention } from './organizations.js';
import { ACRONYM_STOPLIST } from './organization-words.js';
import {
  RU_COMPANY_NOUNS,
  RU_COMPLEMENT_STOPWORDS,
  RU_GENERIC_ADJECTIVE_STEMS,
  RU_INSTITUTION_HEADS,
  RU_LATIN_NOT_NAMES,
  RU_LEGAL_FORMS,
  RU_LOWERCASE_HEADS,
  RU_MINISTRY_SHORT_NAMES,
  RU_NOT_ORGANIZATIONS,
  RU_SOURCE_CUE_RE,
} from './organization-words-ru.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Each case form of each head noun, to its nominative. */
const formsOf = (lemmas: readonly string[]): Map<string, string> => new Map(lemmas.flatMap((l) => caseForms(l).map((f) => [f, l] as const)));
const MINISTRY_SHORT = new Set(RU_MINISTRY_SHORT_NAMES);
// A short name that ends in a consonant declines («Минфина»); one in «-о», «-и», «-ы» does not («Минэнерго»).
const HEAD_FORMS = new Map([...formsOf(RU_INSTITUTION_HEADS), ...RU_MINISTRY_SHORT_NAMES.flatMap((n) => (/[оиы]$/.test(n) ? [[n, n] as const] : caseForms(n).map((f) => [f, n] as const)))]);
const COMPANY_NOUN_FORMS = formsOf(RU_COMPANY_NOUNS);
// «группа компаний «Х»»: the plural genitive, which caseForms does not give.
COMPANY_NOUN_FORMS.set('компаний', 'компания');
const LOWERCASE_HEADS = new Set(RU_LOWERCASE_HEADS);
const NOT_ORGANIZATIONS = new Set(RU_NOT_ORGANIZATIONS.map((n) => n.toLowerCase()));
const AGENCIES = new Set([...NEWS_AGENCIES, ...NEWS_AGENCIES_RU].map((n) => n.toLowerCase()));
const IFI_LATIN = new Set(KNOWN_ORGANIZATIONS.filter((o) => o.ifi).flatMap((o) => o.names.map((n) => n.toLowerCase())));

const QUOTED = '«([^«»\\n]{2,80})»|"([^"\\n]{2,80})"|„([^“”\\n]{2,80})[“”]|“([^”\\n]{2,80})”';
// A Latin-script name: capitalised Latin words ("CG Foods Central Asia", "Elektrogas") and a legal tail.
// Abbreviated legal words keep their dot inside a name ("Power Equipment Co. Ltd").
const LATIN_WORD = "(?:Co\\.|Ltd\\.|Inc\\.|Corp\\.|(?=\\p{Script=Latin})\\p{Lu}[\\p{Script=Latin}\\p{N}&'’-]*(?:\\.(?=\\p{Script=Latin}))?[\\p{Script=Latin}\\p{N}&'’-]*)";
const LATIN_TAIL = '(?:,?[ \\t]+(?:Co\\.,?[ \\t]*Ltd\\.?|Co\\.?|Ltd\\.?|LLC|LLP|JSC|OJSC|CJSC|PJSC|PLC|Inc\\.?|AG|GmbH|S\\.A\\.|A\\.Ş\\.|Limited))*';
const LATIN_NAME = `${LATIN_WORD}(?:(?:[ \\t]+(?:of|and|for|de|&|the)[ \\t]+|[ \\t]+)${LATIN_WORD})*${LATIN_TAIL}`;

// Matched at a word already found (a legal form, a company noun): sticky, so the text is walked once.
const NAME_AFTER_RE = new RegExp(`(?:[ \\t]+с ограниченной ответственностью)?[ \\t]+(?:${QUOTED}|(${LATIN_NAME}))`, 'uy');
// «компании «Узбекнефтегаз» и «Узтрансгаз»»: a quoted name coordinated with the one before.
const NEXT_QUOTED_RE = new RegExp(`(?:[ \\t]*,[ \\t]*|[ \\t]+и[ \\t]+)(?:${QUOTED})`, 'uy');
// Not glued to a word by a hyphen: «IT-парк», «COVID-19» are no names.
const LATIN_RE = new RegExp(`(?<![\\p{L}\\p{N}.@/-])${LATIN_NAME}(?![\\p{L}\\p{N}-])`, 'gu');
const WORD_RE = /[\p{L}\d][\p{L}\d-]*/gu;
const ADJECTIVE_RE = new RegExp(`^\\p{Script=Cyrillic}[\\p{L}-]*\\p{L}(?:${ADJECTIVE_ENDINGS.join('|')})$`, 'u');
const LEGAL_FORMS = new Set(RU_LEGAL_FORMS);
const ABBREVIATION_AFTER_RE = /^[ \t]*\(((?=[^()]*\p{Lu}[^()]*\p{Lu})[\p{L}\d-]{2,12})\)/u;

const FEMININE_ENDINGS = /(?:ая|яя|ой|ей|ую|юю)$/;
const MASCULINE_NEUTER_ENDINGS = /(?:ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем|ое|ее)$/;
const agrees = (adjective: string, gender: Gender): boolean => (gender === 'f' ? FEMININE_ENDINGS : MASCULINE_NEUTER_ENDINGS).test(adjective);
const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const isGeneric = (adjective: string): boolean => {
  const last = (adjective.split('-').pop() ?? '').toLowerCase();
  return RU_GENERIC_ADJECTIVE_STEMS.some((s) => last.startsWith(s));
};

// A genitive complement word: a noun or adjective in the genitive («инвестиций», «внешней», «торговли», «бизнеса»).
const GENITIVE_RE = /(?:ого|его|ых|их|ой|ей|ий|ов|ев|ии|ия|ья|ства|а|я|ы|и)$/u;
// Past and present verb forms that also end like a genitive («выделила», «сообщили»): a complement ends there.
const VERB_RE = /(?:[аеиоуыя]л[аои]|ть|ться|ся|сь|ет|ит|ют|ут|ат|ят)$/u;

/** Whether `w` can continue an institution's complement, given the word before it. */
function continues(w: string, text: string, next: number, previous: string, afterAnd: boolean, loose: boolean): boolean {
  const lower = w.toLowerCase();
  if (/^\p{Script=Latin}/u.test(w)) return isCapitalised(w) && !afterAnd;
  const genitive = GENITIVE_RE.test(lower) && !VERB_RE.test(lower);
  if (afterAnd) return !isCapitalised(w) && genitive;
  if (previous === 'Республики') return isCapitalised(w);
  // «Шухрата Вафаева», «Лазиза Кудратова»: two capitalised words, the first no adjective, are a person.
  const person = isCapitalised(w) && /^\p{Lu}\p{Ll}+$/u.test(w) && /^[ \t]+\p{Lu}\p{Ll}+/u.test(text.slice(next)) && !/(?:ой|ого|ей|его)$/.test(lower) && !/^Республик/.test(w);
  return !person && ((loose && !isCapitalised(w) && !VERB_RE.test(lower)) || genitive);
}

/**
 * The genitive complements after a head, and where they end: words in the genitive, «и» and commas
 * between them («инвестиций, промышленности и торговли»), a «по» phrase right after the head («Агентство
 * по развитию …»), capitalised places («Узбекистана», «Турецкой Республики»), a Latin name.
 */
function complementAfter(text: string, from: number): { words: string[]; printed: string; end: number } {
  const parts: string[] = [];
  const words: string[] = [];
  let end = from;
  let pos = from;
  let separator = ' ';
  // Words of a «по» phrase still to take whatever their ending («по развитию государственно-частного партнерства»).
  let byPhrase = 0;
  // A comma list counts only once «и» closes it: «энергетики, сообщает» is no list.
  let openComma: { parts: number; words: number; end: number } | null = null;
  for (let i = 0; i < 12; i++) {
    const m = /^(,?)[ \t]+([\p{L}\d][\p{L}\d-]*)/u.exec(text.slice(pos));
    if (!m) break;
    const w = m[2] ?? '';
    const next = pos + m[0].length;
    const lower = w.toLowerCase();
    if (m[1]) {
      if (words.length === 0 || separator !== ' ') break;
      openComma ??= { parts: parts.length, words: words.length, end };
      separator = ', ';
    }
    if (w === 'по' && words.length === 0) {
      byPhrase = 3;
      parts.push('по');
      words.push('по');
      pos = next;
      continue;
    }
    // A nominative adjective or another head starts a new name: «… Узбекистана и саудовская компания ACWA Power».
    // Stopwords as written: «республики» ends a complement, «Турецкой Республики» does not.
    if (RU_COMPLEMENT_STOPWORDS.has(w) || /(?:ая|яя|ое|ее|ый)$/.test(lower) || HEAD_FORMS.has(lower) || COMPANY_NOUN_FORMS.has(lower)) break;
    if (w === 'и') {
      if (separator !== ' ' || words.length === 0) break;
      separator = ' и ';
      pos = next;
      continue;
    }
    const previous = words[words.length - 1] ?? '';
    // After a plural genitive adjective its noun may have no ending at all: «стратегических реформ».
    const loose = byPhrase > 0 || /(?:ых|их)$/.test(previous);
    if (!continues(w, text, next, previous, separator !== ' ', loose)) break;
    if (separator === ' и ') openComma = null;
    parts.push(parts.length === 0 ? w : `${separator}${w}`);
    words.push(w);
    separator = ' ';
    byPhrase = Math.max(0, byPhrase - 1);
    pos = end = next;
    if (/^[.;:!?»)]/.test(text.slice(end))) break;
  }
  if (openComma) {
    parts.length = openComma.parts;
    words.length = openComma.words;
    end = openComma.end;
  }
  // A «по» with nothing after it is no complement.
  if (words.length === 1 && words[0] === 'по') return { words: [], printed: '', end: from };
  return { words, printed: parts.join(''), end };
}

/** «Name (ABBR)» when a bracketed abbreviation follows the name. */
function withAbbreviation(text: string, name: string, end: number): { name: string; end: number } {
  const m = ABBREVIATION_AFTER_RE.exec(text.slice(end));
  return m ? { name: `${name} (${m[1]})`, end: end + m[0].length } : { name, end };
}

type Add = (name: string, start: number, end: number, rule: string, ifi?: boolean) => void;

interface Word { w: string; start: number; end: number }

/** The quoted or Latin name right after `end` («компанией «Ardabil Petrochemical Co»», «ТОО Green Land Alatau»). */
function nameAfter(text: string, end: number): { name: string; start: number; end: number; quoted: boolean } | null {
  NAME_AFTER_RE.lastIndex = end;
  const m = NAME_AFTER_RE.exec(text);
  if (!m) return null;
  const groups = m.slice(1);
  const name = groups.find((g) => g !== undefined) ?? '';
  const at = m.index + m[0].lastIndexOf(name);
  return { name, start: at, end: m.index + m[0].length, quoted: groups[groups.length - 1] === undefined };
}

/**
 * An institution by its head noun (words[i]), given back in the nominative: the adjectives before it
 * and the head change, the complements after it stay.
 */
function headed(text: string, words: readonly Word[], i: number, lemma: string, add: Add): void {
  const { w: form, start: headStart, end: headEnd } = words[i] as Word;
  const gender = genderOf(lemma);
  // Up to three adjectives that agree with the head, written next to it, from the first capitalised one.
  let first = i;
  while (first > 0 && i - first < 3) {
    const prev = words[first - 1] as Word;
    const gap = text.slice(prev.end, words[first]?.start);
    if (!/^[ \t]+$/.test(gap) || !ADJECTIVE_RE.test(prev.w) || !agrees(prev.w.toLowerCase(), gender)) break;
    first--;
  }
  let adjectives = words.slice(first, i);
  const firstCap = adjectives.findIndex((a) => isCapitalised(a.w));
  adjectives = firstCap >= 0 ? adjectives.slice(firstCap) : [];
  const complement = complementAfter(text, headEnd);
  const capitalStart = adjectives.length > 0 || isCapitalised(form);
  const lowercaseOk = LOWERCASE_HEADS.has(lemma) && complement.words.some(isCapitalised);
  if (!capitalStart && !lowercaseOk) return;
  // «Китайская компания», «Банк выделил»: no name without a complement or an adjective of its own.
  if (complement.words.length === 0 && adjectives.every((a) => isGeneric(a.w)) && !MINISTRY_SHORT.has(lemma)) return;
  // «Группа компаний «Х»»: the quoted name after the phrase is the organisation.
  if (/^[ \t]*[«"„“]/.test(text.slice(complement.end, complement.end + 3))) return;
  const nominative = adjectives.map((a) => nominativeAdjective(a.w, gender) ?? a.w);
  const head = lemma === 'мид' ? 'МИД' : isCapitalised(form) ? lemma[0]?.toUpperCase() + lemma.slice(1) : lemma;
  const named = withAbbreviation(text, [...nominative, head, complement.printed].filter(Boolean).join(' '), complement.end);
  add(named.name, adjectives[0]?.start ?? headStart, named.end, 'org-ru-head');
}

/**
 * One walk over the words: a legal form or a company noun with the name after it, else an
 * institution by its head noun.
 */
function findByWords(text: string, add: Add): void {
  const words: Word[] = [...text.matchAll(WORD_RE)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }));
  for (const [i, word] of words.entries()) {
    const lower = word.w.toLowerCase();
    if (LEGAL_FORMS.has(word.w)) {
      const named = nameAfter(text, word.end);
      if (named) add(text.slice(word.start, named.end), word.start, named.end, 'org-ru-legal-form');
      continue;
    }
    // «компания «Elektrogas»», «концерн CNPC»: the name that follows is the organisation, not the noun.
    const named = COMPANY_NOUN_FORMS.has(lower) ? nameAfter(text, word.end) : null;
    if (named) {
      add(named.name, named.start, named.start + named.name.length, 'org-ru-noun-name');
      for (let end = named.end, m; named.quoted && (NEXT_QUOTED_RE.lastIndex = end, m = NEXT_QUOTED_RE.exec(text)); end = m.index + m[0].length) {
        const next = m.slice(1).find((g) => g !== undefined) ?? '';
        const at = m.index + m[0].lastIndexOf(next);
        add(next, at, at + next.length, 'org-ru-noun-name');
      }
      continue;
    }
    const lemma = HEAD_FORMS.get(lower);
    if (lemma && !/^[ \t]*[«"„“]/.test(text.slice(word.end, word.end + 3))) headed(text, words, i, lemma, add);
  }
}

/** Latin-script names in Russian text, but not outlets named as sources, units or currency codes. */
function findLatin(text: string, add: Add): void {
  for (const m of text.matchAll(LATIN_RE)) {
    const name = m[0].replace(/[.,]$/, (p) => (/(?:Co|Ltd|Inc|S\.A)\.$/.test(m[0]) ? p : ''));
    // «сообщает Trend», «— Sputnik.»: an outlet named as the source.
    if (RU_SOURCE_CUE_RE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (RU_LATIN_NOT_NAMES.has(name) || /^\p{Lu}+-?\d+$/u.test(name)) continue;
    if (!name.includes(' ') && (ACRONYM_STOPLIST.has(name) || name.length < 2 || /^[IVXLC]+$/.test(name))) continue;
    add(name, m.index, m.index + name.length, 'org-ru-latin');
  }
}

/** Keeps the longest of overlapping finds; of two alike, the one found first (the table before the shapes). */
function longestFirst(found: OrganizationMention[]): OrganizationMention[] {
  const kept: OrganizationMention[] = [];
  const order = found.map((f, i) => ({ f, i })).sort((a, b) => b.f.end - b.f.start - (a.f.end - a.f.start) || a.i - b.i);
  for (const { f } of order) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  // «Евразийского банка развития Армении»: a longer name around a development bank is still the bank.
  for (const k of kept) k.ifi ||= found.some((f) => f.ifi && f.start >= k.start && f.end <= k.end);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Every organisation named in Russian `text`, each given in the nominative: the table of well-known
 * organisations in any case («Азиатского банка развития (АБР)» → «Азиатский банк развития (АБР)»), legal
 * forms with quoted names (АО «Узбекнефтегаз»), quoted and Latin names after a company noun, institutions
 * by their head noun with their complements, and Latin-script names. Outlets named as sources,
 * governments, akimats and hokimiyats are not organisations (FACTS.md).
 * @example findOrganizationsRu('АО «Узбекнефтегаз» подписало').map((o) => o.name) // ['АО «Узбекнефтегаз»']
 */
export function findOrganizationsRu(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  const add: Add = (name, start, end, rule, ifi) => {
    const bare = /^[«"„“].*[»"“”]$/.test(name) ? name.slice(1, -1).trim() : name.trim();
    if (bare.length < 2 || AGENCIES.has(bare.toLowerCase()) || NOT_ORGANIZATIONS.has(bare.toLowerCase())) return;
    found.push({ name: bare, start, end, rule, ifi: ifi ?? IFI_LATIN.has(bare.toLowerCase()) });
  };
  for (const k of findKnownRu(text)) {
    const named = withAbbreviation(text, k.name, k.end);
    add(named.name, k.start, named.end, 'org-ru-known', k.ifi);
  }
  findByWords(text, add);
  findLatin(text, add);
  return longestFirst(found);
}
