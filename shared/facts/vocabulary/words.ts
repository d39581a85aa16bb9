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
  alt(nouns.map((n) => n.one.split('|').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')));

/**
 * Russian stems as one group that starts on a word start and may end in any letters ("кредит" meets
 * кредита, кредитов, кредитный). JavaScript's \b knows only ASCII letters, so the start is a lookbehind.
 * Compile with the `u` flag.
 */
export const stems = (sources: readonly string[]): string => `(?<![\\p{L}\\p{N}])(?:${sources.join('|')})\\p{L}*`;
