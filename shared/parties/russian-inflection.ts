/**
 * Just enough Russian inflection to find a name in any case and to give it back in the nominative: a name's
 * adjectives and head noun change with the case, its genitive complements do not
 * («Азиатского банка развития» is «Азиатский банк развития» in the genitive).
 */

/** Nominative adjective endings (masculine, feminine, neuter; hard and soft). */
export const ADJECTIVE_NOMINATIVE_ENDINGS = ['ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее'] as const;

/** Every singular adjective ending, longest first so a regex alternation tries «ого» before «ой». */
export const ADJECTIVE_ENDINGS = ['ого', 'его', 'ому', 'ему', 'ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ым', 'им', 'ом', 'ем', 'ей', 'ую', 'юю'] as const;

export const CYRILLIC_RE = /\p{Script=Cyrillic}/u;

const ADJECTIVE_NOMINATIVE_RE = new RegExp(`\\p{Script=Cyrillic}{2,}(?:${ADJECTIVE_NOMINATIVE_ENDINGS.join('|')})$`, 'u');

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An abbreviation or a foreign word: written the same in every case («АБР», «ЕФСР», «ОПЕК», «Huawei»). */
const isInvariable = (word: string): boolean => !CYRILLIC_RE.test(word) || /^[\p{Lu}\d-]{2,}$/u.test(word);

/** A pattern for one inflecting word: its stem and any case ending. */
function inflectedWord(word: string, adjective: boolean): string {
  const first = word[0] ?? '';
  // Either case of the first letter: a title word may open a sentence or follow a lowercase legal form.
  const head = `[${first.toUpperCase()}${first.toLowerCase()}]`;
  if (adjective) return `${head}${escape(word.slice(1, -2))}\\p{Ll}{2,3}`;
  if (/(?:ия|ие)$/.test(word)) return `${head}${escape(word.slice(1, -2))}\\p{Ll}{1,3}`;
  if (/[аяоеиыьй]$/.test(word)) return `${head}${escape(word.slice(1, -1))}\\p{Ll}{0,3}`;
  return `${head}${escape(word.slice(1))}\\p{Ll}{0,3}`;
}

/**
 * A regex source matching `name` (a nominative Russian name) in any case: the adjectives and the first
 * noun inflect, every word after that noun is a complement and stays as written. Words in a fixed
 * script (abbreviations, Latin) never inflect.
 * @example new RegExp(inflectedPattern('Азиатский банк развития'), 'u').test('Азиатского банка развития') // true
 */
export function inflectedPattern(name: string): string {
  const words = name.split(/\s+/);
  let headSeen = false;
  return words
    .map((w) => {
      if (headSeen || isInvariable(w)) return escape(w);
      const adjective = ADJECTIVE_NOMINATIVE_RE.test(w) && words.length > 1;
      if (!adjective) headSeen = true;
      // A hyphenated adjective inflects only its last part («Экспортно-импортного»).
      return inflectedWord(w, adjective);
    })
    .join('\\s+');
}

export type Gender = 'm' | 'f' | 'n';

/** A noun's gender from its nominative ending: «банк» m, «агентство», «управление» n, «палата», «компания» f. */
export function genderOf(lemma: string): Gender {
  if (/[оеё]$/.test(lemma)) return 'n';
  if (/[ая]$/.test(lemma)) return 'f';
  return 'm';
}

/** The singular case forms of a noun from its nominative (first declension patterns of institution nouns). */
export function caseForms(lemma: string): string[] {
  const stem = (n: number) => lemma.slice(0, lemma.length - n);
  if (/(?:ие|ье)$/.test(lemma)) return [lemma, `${stem(1)}я`, `${stem(1)}ю`, `${stem(1)}ем`, `${stem(1)}и`];
  if (/ия$/.test(lemma)) return [lemma, `${stem(1)}и`, `${stem(1)}ю`, `${stem(1)}ей`];
  if (/о$/.test(lemma)) return [lemma, `${stem(1)}а`, `${stem(1)}у`, `${stem(1)}ом`, `${stem(1)}е`];
  // After к, г, х, ж, ш, ч, щ the genitive is «-и» («биржи»), else «-ы» («палаты»).
  if (/а$/.test(lemma)) return [lemma, `${stem(1)}${/[кгхжшчщ]а$/.test(lemma) ? 'и' : 'ы'}`, `${stem(1)}е`, `${stem(1)}у`, `${stem(1)}ой`, `${stem(1)}ою`];
  return [lemma, `${lemma}а`, `${lemma}у`, `${lemma}ом`, `${lemma}е`];
}

const OBLIQUE_ADJECTIVE_RE = /^(.*?\p{L})(ого|его|ому|ему|ый|ий|ой|ая|яя|ое|ее|ым|им|ом|ем|ей|ую|юю)$/u;

/**
 * An adjective in any singular case, given back in the nominative of `gender`: «Азиатского» m «Азиатский»,
 * «Узбекской» f «Узбекская», «Торгово-промышленной» f «Торгово-промышленная». Null when it is no adjective.
 * «-ой» masculine adjectives («Деловой») read as «-ый»: rare in names, and the key folds the difference.
 */
export function nominativeAdjective(word: string, gender: Gender): string | null {
  const m = OBLIQUE_ADJECTIVE_RE.exec(word);
  if (!m) return null;
  const stem = m[1] ?? '';
  const ending = m[2] ?? '';
  const velarOrSibilant = /[кгхжшчщ]$/.test(stem);
  // A soft stem shows in an ending that opens on «е», «ю», «я», or «и» after an ordinary consonant («синего», «синим»).
  const soft = /^(?:е|ю|я)/.test(ending) ? !/[жшчщц]$/.test(stem) || ending === 'яя' : /^и/.test(ending) && !velarOrSibilant;
  if (gender === 'm') return stem + (soft || velarOrSibilant ? 'ий' : 'ый');
  if (gender === 'f') return stem + (soft ? 'яя' : 'ая');
  return stem + (soft || /[жшчщ]$/.test(stem) ? 'ее' : 'ое');
}
