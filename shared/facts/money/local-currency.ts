/**
 * Bare "manat" and "som" each name two currencies: the Azerbaijani and the Turkmen manat, the Kyrgyz
 * som and the Uzbek so'm (which Uzbek outlets also write "som"). parse-amount reads them as AZN and
 * KGS; the article's own country decides.
 */
const BARE: ReadonlyArray<{ word: RegExp; from: string; to: string; country: string; other: string }> = [
  { word: /\bmanats?$/i, from: 'AZN', to: 'TMT', country: 'TM', other: 'AZ' },
  { word: /\bsoms?$/i, from: 'KGS', to: 'UZS', country: 'UZ', other: 'KG' },
];
/** A currency word with its country: "Azerbaijani manat", "Kyrgyz som" are never re-read. */
const QUALIFIED = /\b(?:azerbaijan|turkmen|kyrgyz|uzbek)/i;

const YEN_CONTEXT_RE = /\b(?:Japan(?:ese)?|JICA|JBIC|NEXI)\b/;

/**
 * The currency of a sum given the article's home country (its dateline) and main countries.
 * @example localCurrency({ currency: 'AZN', text: '1.47 billion manat' }, 'TM', ['TM', 'TR']) // 'TMT'
 */
export function localCurrency(amount: { currency: string; text: string }, home: string | null, main: readonly string[], sentence = ''): string {
  // "¥" is read as the yuan (the region's usual one); in an article about Japan or its agencies it is the yen:
  // "JICA will lend ¥37 billion", "the World Bank and JICA ... ¥15 billion".
  if (amount.currency === 'CNY' && amount.text.includes('¥') && (main.includes('JP') || YEN_CONTEXT_RE.test(sentence)) && !main.includes('CN')) return 'JPY';
  for (const b of BARE) {
    if (amount.currency !== b.from || !b.word.test(amount.text.trim()) || QUALIFIED.test(amount.text)) continue;
    const here = home ?? (main.includes(b.country) && !main.includes(b.other) ? b.country : null);
    if (here === b.country) return b.to;
  }
  return amount.currency;
}
