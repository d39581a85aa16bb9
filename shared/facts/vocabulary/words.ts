/**
 * Helpers that turn word lists into regex sources. A list entry is itself a small regex source
 * ("memorand(?:um|a)"), so a list stays readable and a new word is one entry.
 */

/** A noun with its singular and plural forms, each a regex source. */
export interface Noun {
  one: string;
  many: string;
  /** False when "the <noun> of/for ..." opening a sentence usually names a new document ("The protocol of the meeting"). */
  pointsBack?: boolean;
}

/** `a|b|c` wrapped as one group. */
export const alt = (sources: readonly string[]): string => `(?:${sources.join('|')})`;

/** The singular forms of `nouns`, as one group. */
export const singular = (nouns: readonly Noun[]): string => alt(nouns.map((n) => n.one));

/** The plural forms of `nouns`, as one group. */
export const plural = (nouns: readonly Noun[]): string => alt(nouns.map((n) => n.many));

/** Either form of `nouns`, as one group. */
export const either = (nouns: readonly Noun[]): string => alt(nouns.flatMap((n) => [n.one, n.many]));

/** The singular forms with a capital first letter, for names of documents ("Investment Agreement"). */
export const capitalised = (nouns: readonly Noun[]): string =>
  alt(nouns.map((n) => topLevelAlternatives(n.one).map(capitaliseWord).join('|')));

/** "program(?:me)?(?= of ...)" becomes "Program(?:me)?(?= of ...)"; a lookbehind first ("(?<=cooperation )program") keeps it and capitalises the word after. */
const capitaliseWord = (w: string): string => {
  const lead = /^\(\?<=(?:[^()]|\([^()]*\))*\)/.exec(w)?.[0] ?? '';
  const rest = w.slice(lead.length);
  return lead + rest.charAt(0).toUpperCase() + rest.slice(1);
};

/** The alternatives of a regex source split at its top-level "|" only. */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/**
 * Russian stems as one group that starts on a word start and may end in any letters ("кредит" meets
 * кредита, кредитов, кредитный). JavaScript's \b knows only ASCII letters, so the start is a lookbehind.
 * Compile with the `u` flag.
 */
export const stems = (sources: readonly string[]): string => `(?<![\\p{L}\\p{N}])(?:${sources.join('|')})\\p{L}*`;
