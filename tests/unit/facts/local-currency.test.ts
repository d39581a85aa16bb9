import { describe, expect, it } from 'vitest';
import { localCurrency } from '../../../shared/facts/money/local-currency.js';

describe('localCurrency: a bare "manat" or "som" takes the article’s country', () => {
  it.each([
    ['1.47 billion manat in a Turkmen article', { currency: 'AZN', text: '1.47 billion manat' }, 'TM', [], 'TMT'],
    ['manat in an Azerbaijani article', { currency: 'AZN', text: '290 million manat' }, 'AZ', [], 'AZN'],
    ['manat with no dateline, Turkmenistan the only manat country named', { currency: 'AZN', text: '68 mln manats' }, null, ['TM', 'TR'], 'TMT'],
    ['manat with no dateline and both manat countries named', { currency: 'AZN', text: '68 mln manats' }, null, ['TM', 'AZ'], 'AZN'],
    ['"Azerbaijani manat" in a Turkmen article', { currency: 'AZN', text: '5 million Azerbaijani manat' }, 'TM', [], 'AZN'],
    ['soms in an Uzbek article', { currency: 'KGS', text: '500 billion soms' }, 'UZ', [], 'UZS'],
    ['soms in a Kyrgyz article', { currency: 'KGS', text: '6.5 billion soms' }, 'KG', ['KG', 'UZ'], 'KGS'],
    ['another currency', { currency: 'USD', text: '$5 million' }, 'TM', [], 'USD'],
  ] as const)('%s', (_what, amount, home, main, expected) => {
    expect(localCurrency(amount, home, main)).toBe(expected);
  });

  // Real text: real-a timesca-nodate-uz-jp-jica-246m-loan ("¥37 billion" from JICA) and kunuz-20210308-uz-jp-jica-loans-plan.
  it.each([
    ['¥ in an article about Japan', { currency: 'CNY', text: '¥37 billion' }, 'UZ', ['UZ', 'JP'], '', 'JPY'],
    ['¥ beside JICA', { currency: 'CNY', text: '¥15 billion' }, 'UZ', ['UZ'], 'the World Bank and JICA will allot ¥15 billion', 'JPY'],
    ['¥ in an article about China', { currency: 'CNY', text: '¥2 billion' }, 'KZ', ['KZ', 'CN'], '', 'CNY'],
    ['yuan named in words', { currency: 'CNY', text: '2 billion yuan' }, 'KZ', ['KZ', 'JP'], '', 'CNY'],
  ] as const)('%s', (_what, amount, home, main, sentence, expected) => {
    expect(localCurrency(amount, home, main, sentence)).toBe(expected);
  });
});
