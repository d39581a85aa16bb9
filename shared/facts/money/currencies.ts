/**
 * Currency tables: symbols, ISO 4217 codes and currency words, as data. An amount is money only when
 * one of these is attached to the number, which is what keeps capacities, counts and years out.
 */

/** Symbols written before the number. Longest first so "US$" wins over "$". */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'],
  ['U.S.$', 'USD'],
  ['USD$', 'USD'],
  // The sign before the country, as Australian and some wire copy writes it: "the $US6.2 billion Oyu Tolgoi mine" (real-m mongoliaeconomy-nodate-…).
  ['$US', 'USD'],
  ['$A', 'AUD'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['HK$', 'HKD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  // ¥ is both yuan and yen; in this region's business news it is nearly always the yuan.
  ['¥', 'CNY'],
  ['₸', 'KZT'],
  ['₽', 'RUB'],
  ['₼', 'AZN'],
  ['₺', 'TRY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₾', 'GEL'],
  ['֏', 'AMD'],
  // The tugrik: "$235 млн (₮848 млрд)" (ru-n centralasiamedia-20250901-mn-cn-gashuunsukhait-railway).
  ['₮', 'MNT'],
  // The dirham as the Emirates' own papers write it: "concessional loans worth Dh75 million ($20.42m)" (real-r thenational-nodate-kz-ae-adfd-projects).
  ['Dh', 'AED'],
  // The Saudi riyal as Saudi papers write it: "over 10 investment agreements worth more than SR45 billion ($12 billion)" (real-zzi
  // arabnews-20220818-uz-sa-investment-deals, real-zzc arabnews-nodate-uz-sa-acwa-wind-deal).
  ['SR', 'SAR'],
];

/**
 * ISO codes accepted before or after a number ("USD 5 million", "60 mln USD"); RMB is the yuan's other code, and TL the
 * lira's as Turkish outlets write it ("22 billion euros (TL 62.13 billion)": real-h dailysabah-20140610-tr-az-promising-developments).
 * XDR is the IMF's special drawing right, in which the IMF and the World Bank's IDA lend: written "SDR" ("SDR 22.3 million
 * (US$34.5 million equivalent)", «128,8 млн SDR»: ru-z reportaz-20251204-am-imf-new-credit-sdr). Some wire copy writes the euro in
 * capitals as a code, glued or not: "pledging a total of EURO365 million", "Kyrgyzstan will get EURO50 million" (real-zo menafn-20250406-
 * kg-tj-uz-eib-mous), "measures to support businesses totaling EURO 4 billion" (real-d corriere-20200921-uz-umurzakov-interview).
 */
export const ISO_CODES: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'USD', 'EUR', 'CNY', 'UZS', 'KZT', 'AZN', 'RUB', 'KGS', 'TJS', 'TMT', 'GEL', 'AMD', 'TRY', 'SAR', 'AED', 'GBP',
    'JPY', 'KRW', 'INR', 'CHF', 'QAR', 'KWD', 'MNT', 'IRR', 'PKR', 'AFN', 'BYN', 'UAH', 'OMR', 'BHD', 'CAD', 'AUD',
    'HKD', 'SGD', 'MYR', 'EGP', 'PLN', 'SEK', 'NOK', 'CZK', 'HUF', 'XDR',
  ]
    .map((c) => [c, c] as const)
    .concat([['RMB', 'CNY'], ['TL', 'TRY'], ['SDR', 'XDR'], ['EURO', 'EUR']]),
);

/**
 * Currency words written after the number ("seven billion tenge"), as lower-case regex sources.
 * Qualified forms come first so "Turkmen manat" wins over "manat" and "Kyrgyz som" over "som".
 */
export const CURRENCY_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['(?:u\\.?s\\.?|us|american) dollars?', 'USD'],
  ['canadian dollars?', 'CAD'],
  ['australian dollars?', 'AUD'],
  ['hong kong dollars?', 'HKD'],
  ['singapore dollars?', 'SGD'],
  ['dollars?', 'USD'],
  ['euros?', 'EUR'],
  ['(?:chinese )?(?:yuans?|renminbi)', 'CNY'],
  ['turkmen(?:istan)? manats?', 'TMT'],
  ['(?:azerbaijani )?manats?', 'AZN'],
  ['(?:kazakh(?:stani)? )?tenges?', 'KZT'],
  ['uzbek(?:istani)? (?:soums?|sums?|soms?)', 'UZS'],
  ['soums?', 'UZS'],
  ['(?:kyrgyz )?soms?', 'KGS'],
  ['somonis?', 'TJS'],
  ['(?:russian )?(?:rubles?|roubles?)', 'RUB'],
  ['(?:saudi )?riyals?', 'SAR'],
  ['qatari riyals?', 'QAR'],
  ['omani rials?', 'OMR'],
  ['iranian rials?', 'IRR'],
  ['rials?', 'IRR'],
  ['(?:uae |emirati )?dirhams?', 'AED'],
  ['kuwaiti dinars?', 'KWD'],
  ['bahraini dinars?', 'BHD'],
  ['pounds? sterling', 'GBP'],
  // bare "pounds" is as often a weight; only the qualified forms are money.
  ['british pounds?', 'GBP'],
  ['(?:georgian )?laris?', 'GEL'],
  ['(?:armenian )?drams?', 'AMD'],
  ['(?:turkish )?liras?', 'TRY'],
  ['(?:japanese )?yen', 'JPY'],
  // "won" alone is the verb far more often than the currency.
  ['(?:south )?korean won', 'KRW'],
  ['(?:indian )?rupees?', 'INR'],
  ['pakistani rupees?', 'PKR'],
  ['(?:mongolian )?(?:tugriks?|tögrögs?|togrogs?)', 'MNT'],
  ['swiss francs?', 'CHF'],
  ['hryvnias?', 'UAH'],
  ['afghanis?', 'AFN'],
  ['special drawing rights?', 'XDR'],
];

/** Scale words and abbreviations. Single letters ("$5m", "$2b") only count glued to a number after a symbol. */
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  mln: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  billions: 1e9,
  bln: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  trln: 1e12,
  tln: 1e12,
  tn: 1e12,
};

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A symbol, or an ISO code not glued to a letter before it (Cyrillic too: \b knows only Latin), then at most one space.
const SYMBOL_BEFORE_RE = new RegExp(`(?:(${CURRENCY_SYMBOLS.map(([s]) => escapeRe(s)).join('|')})|(?<![\\p{L}])(${Object.keys(ISO_CODES).join('|')}))\\s?$`, 'u');

/**
 * The currency a symbol or ISO code written just before a number gives ("$5", "USD 5", "€ 150 млн"), and how many
 * characters it takes; null when there is none. Shared by the English and the Russian parsers.
 */
export function currencyBefore(text: string, start: number): { currency: string | null; length: number } | null {
  const m = SYMBOL_BEFORE_RE.exec(text.slice(Math.max(0, start - 6), start));
  if (!m) return null;
  const currency = m[1] ? (CURRENCY_SYMBOLS.find(([s]) => s === m[1])?.[1] ?? null) : (ISO_CODES[m[2] ?? ''] ?? null);
  return { currency, length: m[0].length };
}
