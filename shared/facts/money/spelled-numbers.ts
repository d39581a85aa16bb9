/** Spelled-out numbers ("seven", "twenty-five", "two hundred and fifty") as they precede a scale word. */

const UNITS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};

const WORD = `(?:${Object.keys(UNITS).join('|')}|hundred)`;

/**
 * Regex source for a spelled number: one or more number words joined by spaces, hyphens or "and",
 * "half a" ("half a billion dollars"), "a" ("a billion dollars") and "one and a half", which news uses
 * for round sums as often as digits.
 * A scale word must follow either form (parse-amount), so "half a year" or "half a dozen" are no sums.
 */
export const SPELLED_NUMBER_SOURCE = `\\bhalf\\s+an?\\b|\\ban?(?=\\s+(?:thousand|million|billion|trillion)\\b)|\\b${WORD}(?:(?:[\\s-]+|\\s+and\\s+)${WORD})*(?:\\s+and\\s+a\\s+half)?\\b`;

/**
 * The value of a spelled number, or null when the words do not form one.
 * @example parseSpelledNumber('two hundred and fifty') // 250
 */
export function parseSpelledNumber(words: string): number | null {
  if (/^half\s+an?$/i.test(words)) return 0.5;
  // "a billion dollars": the article stands for one.
  if (/^an?$/i.test(words)) return 1;
  // "one and a half billion": the half adds to the number before it.
  const half = /\s+and\s+a\s+half$/i.exec(words);
  if (half) {
    const whole = parseSpelledNumber(words.slice(0, half.index));
    return whole === null ? null : whole + 0.5;
  }
  const tokens = words.toLowerCase().split(/[\s-]+/).filter((t) => t && t !== 'and');
  let total = 0;
  let seen = false;
  for (const t of tokens) {
    if (t === 'hundred') {
      total = (total === 0 ? 1 : total) * 100;
    } else {
      const v = UNITS[t];
      if (v === undefined) return null;
      total += v;
    }
    seen = true;
  }
  return seen ? total : null;
}
