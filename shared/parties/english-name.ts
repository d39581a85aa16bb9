import { KNOWN_ORGANIZATIONS } from './known-organizations.js';
import { knownRuOf } from './known-names-ru.js';
import { transliterateRu } from './transliterate-ru.js';

const SHORT_FORM_RE = /^[A-Z][A-Za-z]{1,7}$/;
/** The English short form of each well-known body ("ADB"), else its full name. */
const ENGLISH_SHORT = new Map(KNOWN_ORGANIZATIONS.map((o) => [o.names[0] ?? '', o.names.slice(1).find((n) => SHORT_FORM_RE.test(n)) ?? o.names[0] ?? '']));

/**
 * A name for English text (alert headlines, digests): an English name as it is; a Russian name of a well-known body
 * as its English short form («Азиатский банк развития (АБР)» is "ADB"); any other Russian name romanised
 * («Узбекнефтегаз» is "Uzbekneftegaz"), so a subject line stays readable to an English reader.
 */
export function englishName(name: string): string {
  if (!/\p{Script=Cyrillic}/u.test(name)) return name;
  const pair = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(name.trim());
  for (const form of pair ? [pair[1] ?? '', pair[2] ?? ''] : [name]) {
    const en = knownRuOf(form)?.en;
    if (en) return ENGLISH_SHORT.get(en) ?? en;
  }
  // «АО «Узбекнефтегаз»»: the quoted name alone (the legal form is Russian), romanised.
  const quoted = /«([^«»]+)»/u.exec(name)?.[1];
  return transliterateRu(quoted ?? pair?.[2] ?? name).replace(/[«»]/g, '').trim();
}
