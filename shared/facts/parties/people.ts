import { countryOf } from './countries.js';

/** A person named in a text with the role the text gives them. */
export interface PersonMention {
  name: string;
  role: string | null;
}

// A personal name: two to four capitalised words ("Shavkat Mirziyoyev", "Kassym-Jomart Tokayev", "Jarrah Jaber Al-Ahmad Al-Sabah").
const NAME = `\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)*(?: \\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)*){1,3}`;
const TITLE = '(?:First )?(?:Deputy |Vice[- ])?(?:President|Prime Minister|Minister|Chairman|Chairwoman|Chief Executive Officer|CEO|Managing Director|General Director|Director General|Director|Governor|Mayor|Ambassador|Speaker|Head|head|chairman|commercial counselor|counselor)';
// "of the Board of China State Construction", "of Finance": the rest of a title, capitalised words joined by of/and/for/the.
const OF_PART = "(?: (?:of|for|at) (?:the )?\\p{Lu}[\\p{L}'’-]*(?:(?: and| of| for| the| to)* \\p{Lu}[\\p{L}'’-]*)*)?";
// "Armenian Finance Minister Vahe Hovhannisyan", "President of Uzbekistan Shavkat Mirziyoyev".
const TITLE_THEN_NAME_RE = new RegExp(`((?:\\p{Lu}\\p{Ll}+ ){0,3}${TITLE}${OF_PART}) (${NAME})`, 'gu');
// "Zheng Xuexuan, Chairman of the Board of China State Construction", "Hu Xiangliang, head of ZTO Express".
const NAME_THEN_TITLE_RE = new RegExp(`(${NAME}), (?:the )?(${TITLE}${OF_PART})`, 'gu');
/** Capitalised words that start sentences or name places, never a person. */
const NOT_NAME_WORDS = new Set(['The', 'In', 'During', 'According', 'Addressing', 'Besides', 'Discussions', 'Talks', 'Today', 'State', 'Board', 'Republic', 'Ministry', 'Bank', 'Group', 'Company', 'Fund', 'Region', 'Council', 'Assembly', 'Office', 'Government']);

function isName(name: string): boolean {
  const words = name.split(' ');
  return !words.some((w) => NOT_NAME_WORDS.has(w) || countryOf(w.replace(/['’]s$/, '')) !== null);
}

/** Trims a leading function word a title phrase may have picked up ("During President ..."). */
function cleanRole(role: string): string {
  return role.replace(/^(?:(?:The|In|During|According|Addressing|Besides|Meanwhile|Also|And) )+/, '').trim();
}

/**
 * People named with a title in `text`: "Title Name" and "Name, title of Organisation".
 * @example findPeople('Tajik Minister of Finance Faiziddin Qahhorzoda said') // [{ name: 'Faiziddin Qahhorzoda', role: 'Tajik Minister of Finance' }]
 */
export function findPeople(text: string): PersonMention[] {
  const out = new Map<string, PersonMention>();
  for (const m of text.matchAll(NAME_THEN_TITLE_RE)) {
    const name = m[1] ?? '';
    if (isName(name)) out.set(name, { name, role: cleanRole(m[2] ?? '') || null });
  }
  for (const m of text.matchAll(TITLE_THEN_NAME_RE)) {
    const name = m[2] ?? '';
    if (isName(name) && !out.has(name)) out.set(name, { name, role: cleanRole(m[1] ?? '') || null });
  }
  return [...out.values()];
}

const LOCATION_RE = /\b(?:in|at|near) (?:the )?((?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:region|province|oblast|district|valley|peninsula|velayat|free economic zone|Free Economic Zone|special economic zone|industrial zone|technopark))\b|\bin the city of (\p{Lu}[\p{L}-]+)/u;

/** The region, province or city a sentence places a fact in ("in the Sirdarya region"), or null. */
export function locationOf(text: string): string | null {
  const m = LOCATION_RE.exec(text);
  return m ? (m[1] ?? m[2] ?? null) : null;
}
