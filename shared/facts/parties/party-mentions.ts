import { findAmounts, type AmountMatch } from '../money/parse-amount.js';
import { findCountries, type CountryMention } from './countries.js';

/** Nouns of a gathering or a seat: the place after them is a venue (see INCIDENTAL_RES). */
const VENUE_WORDS: readonly string[] = ['meeting', 'conference', 'forum', 'summit', 'session', 'congress', 'ceremony', 'sidelines', 'headquarters'];
/** A venue word in either case: "the annual meeting", "the EBRD Annual Meeting". */
const VENUE = VENUE_WORDS.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');

/**
 * Where a country is named but takes no part (FACTS.md "Parties"; real text: a route "that bypasses Russia",
 * "after the war in South Ossetia", "amid the Russia-Ukraine conflict"): the words blanked before countries are
 * read. Comparisons are not blanked: "dwarfed by the $18 billion deals in Uzbekistan" names the parties of those deals. A currency ("US$88 million", "U.S. dollars") names no
 * party either.
 */
const INCIDENTAL_RES: readonly RegExp[] = [
  // A conflict, a crisis or sanctions as background: "the Russia-Ukraine conflict", "the war in Ukraine", "sanctions against Iran".
  /\b(?:[\p{Lu}][\p{L}]+(?:[-–][\p{Lu}][\p{L}]+)?\s+)?(?:war|conflict|crisis|invasion|sanctions)(?:\s+(?:in|on|against|with|between)\s+(?:the\s+)?[\p{Lu}][\p{L}-]+(?:\s+(?:and\s+)?[\p{Lu}][\p{L}-]+)*)?/gu,
  // A route that avoids a country: "bypasses Russia", "bypassing Iran".
  /\bbypass(?:es|ing|ed)?\s+(?:the\s+)?[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?/gu,
  // Where a meeting took place, not who took part: "at its annual meeting in Cyprus" (real-b devfinance-20170518), "a Donors'
  // Conference for Georgia held in Brussels" (real-d ria-20081023), "its June 18 meeting in Saint Petersburg" (real-d
  // panarmenian-20100618), "the EBRD Annual Meeting in Warsaw" (real-g donorskg-20140516), "on the sidelines of COP29 in Baku"
  // (real-h prnewswire-20241113). Only the place is blanked: "a conference for Georgia" still names Georgia.
  // At most three words between, and no comma: "at the forum, investment in Uzbekistan rose" keeps Uzbekistan.
  new RegExp(`(?<=\\b(?:${VENUE})\\b(?:[ \\t]+[^\\s.;:,]+){0,3}?[ \\t]+)in[ \\t]+(?:the[ \\t]+)?\\p{Lu}[\\p{L}-]+(?:[ \\t]+\\p{Lu}[\\p{L}-]+)?`, 'gu'),
  // "signed at the Beijing headquarters of the AIIB" (real-e avesta-nodate-tj-cn-aiib-grant).
  /\b(?:the\s+)?\p{Lu}[\p{L}-]+\s+(?=headquarters\b)/gu,
];
// "US $4.5 billion": the country word before a dollar sign is its currency's.
const INCIDENTAL_WORD_RE = new RegExp(`\\b(?:war|conflict|crisis|invasion|sanctions|bypass\\w*|${VENUE})\\b`, 'i');
const US_DOLLAR_RE = /\b(?:US|U\.S\.)\s?dollars?\b|\b(?:US|U\.S\.)\s*(?=\$)/g;

const blank = (text: string, start: number, end: number): string => text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);

/**
 * `text` with sums of money, currency names and incidental mentions blanked (same length, so offsets hold).
 * `amounts` are the sums of `text` when the caller has read them already.
 */
export function withoutNonParties(text: string, amounts: readonly AmountMatch[] = findAmounts(text)): string {
  // Currency names first: "US $4.5 billion" needs its dollar sign to be seen.
  let masked = text.replace(US_DOLLAR_RE, (m) => ' '.repeat(m.length));
  for (const a of amounts) masked = blank(masked, a.start, a.end);
  // Cheap test first: most sentences name no war, crisis or detour.
  if (INCIDENTAL_WORD_RE.test(text)) for (const re of INCIDENTAL_RES) masked = masked.replace(re, (m) => ' '.repeat(m.length));
  return masked;
}

/** The countries that take part in what `text` states: named, and not as money, background or comparison. */
export function partyCountries(text: string, amounts?: readonly AmountMatch[]): CountryMention[] {
  return findCountries(withoutNonParties(text, amounts));
}
