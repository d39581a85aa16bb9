import type { Amount, Qualifier } from '../../schemas/fact.js';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, ISO_CODES, SCALES, currencyBefore } from './currencies.js';
import { unitsPerUsd } from './usd.js';
import { SPELLED_NUMBER_SOURCE, parseSpelledNumber } from './spelled-numbers.js';
import { joinRange, type ScaledCore } from './range.js';

/** Full-width digits, dollar sign, comma and full stop (U+FF10-FF19, FF04, FF0C, FF0E). */
const FULL_WIDTH_RE = /[\uFF10-\uFF19\uFF04\uFF0C\uFF0E]/g;

/**
 * The largest sum read as money: $10 trillion, about a tenth of the world's yearly output and far above any deal or
 * trade figure between parties; in a currency with no known rate, 10^16 units (a trillion dollars even in the
 * region's smallest units, Iranian rials).
 */
export const MAX_PLAUSIBLE_USD = 1e13;
const MAX_PLAUSIBLE_UNITS = 1e16;
/** Whether a sum is below the plausibility cap (MAX_PLAUSIBLE_USD, or MAX_PLAUSIBLE_UNITS without a rate). */
export function plausible(a: Pick<AmountMatch, 'value' | 'currency'>): boolean {
  // The newest month's rate: the text carries no date here, and a cap this wide does not need one.
  const rate = unitsPerUsd(a.currency);
  return Number.isFinite(a.value) && (rate === null ? a.value <= MAX_PLAUSIBLE_UNITS : a.value / rate <= MAX_PLAUSIBLE_USD);
}

/** An amount found in a text, with the character span it was read from. */
export interface AmountMatch extends Amount {
  start: number;
  end: number;
  text: string;
}

// Digits: "1,564,116", "1 500", "365.5", "1,5" (decimal comma), or a spelled number.
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[ \\u00a0]\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)?';
const NUMBER_RE = new RegExp(`(?:${DIGITS})|${SPELLED_NUMBER_SOURCE}`, 'gi');
// A hyphen joins number, scale and currency in compound adjectives: "a 180-million-dollar contract", "a $2-billion deal".
const SCALE_RE = /(?:\s|-)?(thousand|millions?|mln|mn|billions?|bln|bn|trillion|trln|tln|tn)\b\.?|(k|m|b)\b/iy;
// "$2 billion 300 million", "1 trillion 200 billion soums": a smaller part after the first scale adds to it.
const COMPOUND_RE = new RegExp(`\\s+(?:and\\s+)?(${DIGITS})\\s?(thousand|million|mln|mn|billion|bln|bn)\\b`, 'iy');
const CURRENCY_AFTER_RE = new RegExp(
  `(?:\\s|-)?(?:(${CURRENCY_WORDS.map(([w]) => w).join('|')})|(${Object.keys(ISO_CODES).join('|')}))\\b`,
  'iy',
);
// A symbol that ends in letters may be glued too: "$US6.2 billion".
const LETTER_SYMBOLS = CURRENCY_SYMBOLS.map(([sym]) => sym).filter((sym) => /\p{L}$/u.test(sym)).map((sym) => sym.replace(/[$.]/g, '\\$&'));
const GLUED_CODE_RE = new RegExp(`(?:(?<![\\p{L}])(?:${Object.keys(ISO_CODES).join('|')})|${LETTER_SYMBOLS.join('|')})$`, 'u');
// Currencies whose bare name is a common English word ("won the tender", "the sum of"): money only after a scale.
const WORD_AFTER_SCALE_RE = /\s+(won|sums?)\b/iy;
const AFTER_SCALE_ONLY: Readonly<Record<string, string>> = { won: 'KRW', sum: 'UZS', sums: 'UZS' };
/** The smallest scale after which a bare "won" or "sum" is money: "420 billion sum", never "5 won". */
const SCALE_BEFORE_WON = 1e6;
const RANGE_DASH_RE = /\s?[-–—]\s?/y;
// "between US$ 17 to 25 million": after "between", "to" closes a range as "and" does.
const BETWEEN_AND_RE = /\s+(?:and|to)\s+/y;
// "350 million yuan ($54 million)" and "250 billion won, or about $180 million": a sum in another currency
// given beside the first is its conversion (FACTS.md "Amounts").
const CONVERSION_RE = /\s*\(([^()]{1,60})\)|,?\s+or\s+((?:about|around|roughly|some|nearly|almost|approximately|approx\.|over|more than|just over|just under)\s+)?([^\s,;()]{1,6}\s?[\d.,]+(?:\s?(?:thousand|million|billion|trillion|mln|bln|bn|m|k))?(?:\s+[A-Za-z.]+){0,2})/y;

/** Words before an amount that set its qualifier (FACTS.md "Where the line falls"). */
const QUALIFIERS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/\bup to\s*$/i, 'up to'],
  [/\b(?:almost|nearly|just under|under|less than|below|not more than|no more than|close to|just shy of)\s*$/i, 'under'],
  [
    /\b(?:over|more than|above|exceed(?:ed|ing|s)?|in excess of|upwards of|surpass(?:ed|ing|es)?(?: the)?|top(?:ped|s)?(?: the)?|at least|no less than|not less than)\s*$/i,
    'over',
  ],
  [
    /(?:\b(?:about|around|approximately|approx\.|roughly|some|circa|estimated at|an estimated|(?:forecast|expected|projected|estimated) to (?:reach|total|amount to|exceed))|~)\s*$/i,
    'about',
  ],
];

/** How far back (characters) qualifier words are looked for: "surpassed the " is the longest in use. */
const QUALIFIER_LOOKBACK = 40;

/** Upper bound on the amounts read from one text, so a pathological input cannot make the scan quadratic. */
const MAX_AMOUNTS_PER_TEXT = 200;

function parseDigits(raw: string): number | null {
  const s = raw.replace(/[ \u00a0]/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  // A comma followed by one, two or four+ digits is a decimal comma ("1,5 billion").
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function currencyFromWord(word: string): string | null {
  const lower = word.toLowerCase();
  for (const [source, code] of CURRENCY_WORDS) if (new RegExp(`^${source}$`, 'i').test(lower)) return code;
  return null;
}

/** A scaled number (money/range.ts) and where it starts. */
interface Core extends ScaledCore {
  start: number;
}

/** Reads number, scale, compound part and trailing currency starting at a number match. */
function readCore(text: string, m: RegExpExecArray): Core | null {
  const raw = m[0];
  const spelled = /[a-z]/i.test(raw);
  const base = spelled ? parseSpelledNumber(raw) : parseDigits(raw);
  if (base === null) return null;
  let start = m.index;
  let end = m.index + raw.length;
  let currency: string | null = null;
  const before = currencyBefore(text, start);
  if (before) {
    currency = before.currency;
    start -= before.length;
  }
  let value = base;
  let scale = 1;
  SCALE_RE.lastIndex = end;
  const sc = SCALE_RE.exec(text);
  // Single-letter scales only when glued to a number that has a symbol ("$5m") or a currency after a hyphen ("193m-dollar",
  // as "2bn-dollar" reads), never "5 m" (metres).
  if (sc && (sc[1] || (sc[2] && sc.index === end && (currency || currencyHyphenated(text, end + 1))))) {
    scale = SCALES[(sc[1] ?? sc[2] ?? '').toLowerCase().replace(/\.$/, '')] ?? 1;
    value *= scale;
    end = sc.index + sc[0].length;
    COMPOUND_RE.lastIndex = end;
    const comp = COMPOUND_RE.exec(text);
    const compValue = comp ? parseDigits(comp[1] ?? '') : null;
    const compScale = comp ? (SCALES[(comp[2] ?? '').toLowerCase()] ?? 0) : 0;
    // The part is of a smaller scale: "$210 million and 180 million euros" are two sums, not $390 million.
    if (comp && compValue !== null && compScale < scale && compScale * compValue < value) {
      value += compValue * compScale; // "$2 billion 300 million"
      end = comp.index + comp[0].length;
    }
    // "$4.1 billion" is 4100000000, not the float product 4099999999.9999995: a scaled sum is in whole units.
    if (scale >= 1000) value = Math.round(value);
  } else if (spelled) {
    return null; // "seven tenge" is rare; "seven projects" is common: a spelled number needs a scale word.
  } else if (/^[a-z]/i.test(text.slice(end, end + 1))) {
    return null; // "1H17", "48kg": glued letters that are not a scale.
  }
  if (!currency) {
    CURRENCY_AFTER_RE.lastIndex = end;
    const after = CURRENCY_AFTER_RE.exec(text);
    if (after) {
      currency = after[1] ? currencyFromWord(after[1]) : (ISO_CODES[after[2] ?? ''] ?? null);
      end = after.index + after[0].length;
    } else if (scale >= SCALE_BEFORE_WON) {
      // "250 billion won", "420 billion sum": after a scale word the word is the currency; alone it is a verb or a noun.
      WORD_AFTER_SCALE_RE.lastIndex = end;
      const word = WORD_AFTER_SCALE_RE.exec(text);
      if (word) {
        currency = AFTER_SCALE_ONLY[(word[1] ?? '').toLowerCase()] ?? null;
        end = word.index + word[0].length;
      }
    }
  }
  return { value, currency, start, end, scale };
}

/** Whether a currency word or code follows a hyphen at `at`: "-dollar", "-euro". */
function currencyHyphenated(text: string, at: number): boolean {
  if (text.charAt(at) !== '-') return false;
  CURRENCY_AFTER_RE.lastIndex = at;
  return CURRENCY_AFTER_RE.test(text);
}

export function qualifierBefore(text: string, start: number): Qualifier {
  const window = text.slice(Math.max(0, start - QUALIFIER_LOOKBACK), start);
  for (const [re, q] of QUALIFIERS) if (re.test(window)) return q;
  return 'exact';
}

function nextCore(text: string, from: number): Core | null {
  NUMBER_RE.lastIndex = from;
  const m = NUMBER_RE.exec(text);
  if (!m || m.index > from + 2) return null;
  return readCore(text, m);
}

/**
 * Every sum of money in `text`: value in whole units, ISO currency, qualifier, range lower bound and a
 * conversion given in brackets beside it. Numbers with no currency attached (years, capacities,
 * percentages, counts) are not money and are skipped.
 * @example findAmounts('350 million yuan ($54 million)')[0] // { value: 350e6, currency: 'CNY', converted: { value: 54e6, currency: 'USD' }, ... }
 */
export function findAmounts(original: string): AmountMatch[] {
  // Full-width digits and signs ("＄５００ million") read as ASCII; one UTF-16 unit each, so offsets and the
  // verbatim text of each sum stay those of the original.
  const text = FULL_WIDTH_RE.test(original) ? original.replace(FULL_WIDTH_RE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : original;
  const out: AmountMatch[] = [];
  NUMBER_RE.lastIndex = 0;
  let consumed = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    if (out.length >= MAX_AMOUNTS_PER_TEXT) break;
    const resume = m.index + Math.max(1, m[0].length);
    // A number glued to a letter is part of a word ("1H17", "COP29"), unless the letters are a currency code ("EUR30m").
    const glued = /[\p{L}\d]/u.test(text.charAt(m.index - 1)) && !GLUED_CODE_RE.test(text.slice(Math.max(0, m.index - 4), m.index));
    if (m.index < consumed || glued) {
      NUMBER_RE.lastIndex = resume;
      continue;
    }
    const core = readCore(text, m);
    if (!core) {
      NUMBER_RE.lastIndex = resume;
      continue;
    }
    let { value, currency, end } = core;
    // "the EURO2024 final": a year written onto a code, with no scale, is a name, not a sum.
    if (/\p{L}/u.test(text.charAt(m.index - 1)) && /^(?:19|20)\d\d$/.test(m[0]) && value === Number(m[0])) {
      NUMBER_RE.lastIndex = resume;
      continue;
    }
    let min: number | undefined;
    RANGE_DASH_RE.lastIndex = end;
    BETWEEN_AND_RE.lastIndex = end;
    // "$5-7 billion", and "between $300 and $400 million" (a range only after "between": "from X to Y" is a change).
    const dash = RANGE_DASH_RE.exec(text) ?? (/\bbetween\s+$/i.test(text.slice(Math.max(0, core.start - 10), core.start)) ? BETWEEN_AND_RE.exec(text) : null);
    const range = dash ? joinRange(core, nextCore(text, dash.index + dash[0].length)) : null;
    if (range) ({ value, min, currency, end } = range);
    if (!currency) {
      NUMBER_RE.lastIndex = resume;
      continue;
    }
    const qualifier: Qualifier = min !== undefined ? 'up to' : qualifierBefore(text, core.start);
    const amount: AmountMatch = { value, currency, qualifier, start: core.start, end, text: '' };
    if (min !== undefined) amount.min = min;
    CONVERSION_RE.lastIndex = end;
    const conv = CONVERSION_RE.exec(text);
    if (conv) {
      const inner = findAmounts(conv[1] ?? conv[3] ?? '')[0];
      // A bracketed sum in another currency is a conversion; in the same currency it is a figure of its own.
      if (inner && inner.currency !== currency) {
        amount.converted = { value: inner.value, currency: inner.currency };
        amount.end = conv.index + conv[0].length;
      }
    }
    amount.text = original.slice(amount.start, amount.end);
    // "$999,999,999,999,999,999,999 trillion" is no sum of money between parties: above MAX_PLAUSIBLE_USD (or the
    // unit cap where the rate is unknown) a figure is a typo, a joke or an attack, and is not read.
    if (!plausible(amount)) {
      consumed = amount.end;
      NUMBER_RE.lastIndex = amount.end;
      continue;
    }
    out.push(amount);
    consumed = amount.end;
    NUMBER_RE.lastIndex = amount.end;
  }
  return out;
}
