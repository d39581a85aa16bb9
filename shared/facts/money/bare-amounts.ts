import { qualifierBefore, type AmountMatch } from './parse-amount.js';

/**
 * Sums written without their currency in a list whose currency was given once: "$330 billion of foreign investment
 * ... including: Switzerland — 25.8 billion, France — 8.7 billion" (real-c kazinform-20190905-kz-fdi-330-bln-120-countries),
 * "Exports made up 2.5 billion of the total turnover and imports $1.6 billion" (real-b azernews-20211229-az-tr-ru-trade-11m).
 * A bare number with a scale word takes the currency of the nearest sum of its sentence, else of the sum just before it
 * in the paragraph. Only scaled numbers: "25.8 billion" is money beside dollars, "55 projects" never.
 */
// The scale word must close the number: "25.8 billion, France", "2.5 billion of the total". A noun after it is a unit
// ("3.8 billion kilowatt-hours", "71.3 million bottles", "200 billion forints"): no money of an inherited currency.
const BARE_RE = /(?<![\p{L}\d$€£¥₸₽₮.,])(\d{1,3}(?:[.,]\d{1,3})?)\s+(million|billion|trillion|mln|bln|bn)\b(?=\s*(?:[,.;:)—–]|$)|\s+(?:of|and|or|in|for|from|while|each|respectively)\b)/giu;
const SCALE: Readonly<Record<string, number>> = { million: 1e6, mln: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, trillion: 1e12 };

export interface CurrencyContext {
  /** Currency of the last sum in the paragraph so far, if any. */
  last: string | null;
}

/** Bare sums of `text` with an inherited currency; `amounts` are the sums already read there (with their currencies). */
export function bareAmounts(text: string, amounts: readonly AmountMatch[], context: CurrencyContext): AmountMatch[] {
  const out: AmountMatch[] = [];
  for (const m of text.matchAll(BARE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (amounts.some((a) => start < a.end && a.start < end)) continue;
    const before = [...amounts].reverse().find((a) => a.end <= start);
    const after = amounts.find((a) => a.start >= end);
    const currency = before?.currency ?? after?.currency ?? context.last;
    if (!currency) continue;
    const value = Math.round(Number((m[1] ?? '').replace(',', '.')) * (SCALE[(m[2] ?? '').toLowerCase()] ?? 1));
    out.push({ value, currency, qualifier: qualifierBefore(text, start), start, end, text: m[0] });
  }
  return out;
}
