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
