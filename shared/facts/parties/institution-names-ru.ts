/**
 * Institutions of Russian text by their head noun («Министерства инвестиций и внешней торговли Узбекистана»),
 * given back in the nominative: the adjectives before the head and the head change, the genitive
 * complements after it stay. Used by organizations-ru.ts.
 */
import { ADJECTIVE_ENDINGS, caseForms, genderOf, nominativeAdjective, type Gender } from '../../parties/russian-inflection.js';
import {
  RU_AMBIGUOUS_HEADS,
  RU_COMPANY_NOUNS,
  RU_COMPLEMENT_STOPWORDS,
  RU_GENERIC_ADJECTIVE_STEMS,
  RU_INSTITUTION_HEADS,
  RU_LOWERCASE_HEADS,
  RU_MINISTRY_SHORT_NAMES,
} from './organization-words-ru.js';

/** Each case form of each head noun, to its nominative. */
const formsOf = (lemmas: readonly string[]): Map<string, string> => new Map(lemmas.flatMap((l) => caseForms(l).map((f) => [f, l] as const)));
const MINISTRY_SHORT = new Set(RU_MINISTRY_SHORT_NAMES);
/**
 * Each case form of an institution's head noun, to its nominative. A ministry's short name that ends in a
 * consonant declines («Минфина»); one in «-о», «-и», «-ы» does not («Минэнерго»).
 */
export const HEAD_FORMS = new Map([...formsOf(RU_INSTITUTION_HEADS), ...RU_MINISTRY_SHORT_NAMES.flatMap((n) => (/[оиы]$/.test(n) ? [[n, n] as const] : caseForms(n).map((f) => [f, n] as const)))]);
/** Each case form of a noun after which a quoted or Latin name is an organisation's. */
export const COMPANY_NOUN_FORMS = formsOf(RU_COMPANY_NOUNS);
// «группа компаний «Х»»: the plural genitive, which caseForms does not give.
COMPANY_NOUN_FORMS.set('компаний', 'компания');
const LOWERCASE_HEADS = new Set(RU_LOWERCASE_HEADS);
const AMBIGUOUS_HEADS = new Set(RU_AMBIGUOUS_HEADS);
const ADJECTIVE_RE = new RegExp(`^\\p{Script=Cyrillic}[\\p{L}-]*\\p{L}(?:${ADJECTIVE_ENDINGS.join('|')})$`, 'u');
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
export function withAbbreviation(text: string, name: string, end: number): { name: string; end: number } {
  const m = ABBREVIATION_AFTER_RE.exec(text.slice(end));
  return m ? { name: `${name} (${m[1]})`, end: end + m[0].length } : { name, end };
}

/** A word of the text and where it is. */
export interface Word { w: string; start: number; end: number }

/**
 * An institution by its head noun (words[i]), given back in the nominative: the adjectives before it
 * and the head change, the complements after it stay.
 */
export function institutionAt(text: string, words: readonly Word[], i: number, lemma: string): { name: string; start: number; end: number } | null {
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
  if (!capitalStart && !lowercaseOk) return null;
  if (adjectives.length === 0 && AMBIGUOUS_HEADS.has(lemma) && !complement.words.some(isCapitalised) && complement.words[0] !== 'по') return null;
  // «Китайская компания», «Банк выделил»: no name without a complement or an adjective of its own.
  if (complement.words.length === 0 && adjectives.every((a) => isGeneric(a.w)) && !MINISTRY_SHORT.has(lemma)) return null;
  // «Группа компаний «Х»»: the quoted name after the phrase is the organisation.
  if (/^[ \t]*[«"„“]/.test(text.slice(complement.end, complement.end + 3))) return null;
  const nominative = adjectives.map((a) => nominativeAdjective(a.w, gender) ?? a.w);
  const head = lemma === 'мид' ? 'МИД' : isCapitalised(form) ? lemma[0]?.toUpperCase() + lemma.slice(1) : lemma;
  const named = withAbbreviation(text, [...nominative, head, complement.printed].filter(Boolean).join(' '), complement.end);
  return { name: named.name, start: adjectives[0]?.start ?? headStart, end: named.end };
}
