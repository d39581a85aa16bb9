import { describe, expect, it } from 'vitest';
import { ownersByItem, ownersOfAmounts, partiesOfAmount } from '../../../shared/facts/amount-owners.js';
import { findAmounts } from '../../../shared/facts/money/parse-amount.js';
import { findCountries } from '../../../shared/facts/parties/countries.js';
import { findOrganizations } from '../../../shared/facts/parties/organizations.js';

const countryOwners = (text: string) =>
  ownersOfAmounts(findAmounts(text), findCountries(text).map((c) => ({ key: c.code, start: c.start, end: c.end })));
const orgOwners = (text: string) =>
  ownersOfAmounts(findAmounts(text), findOrganizations(text).map((o) => ({ key: o.name, start: o.start, end: o.end })));

describe('ownersOfAmounts', () => {
  it('gives each sum of a list the country beside it', () => {
    expect(countryOwners('Armenia’s partners are Russia ($2.1 billion), China ($1.2 billion) and Iran ($0.7 billion).')).toEqual(['RU', 'CN', 'IR']);
  });

  it('gives each sum the lender glued to it, the same lender for two sums included', () => {
    expect(orgOwners('The package has a $40 million EBRD loan, a $10 million ADB loan and a $5 million ADB grant.')).toEqual(['EBRD', 'ADB', 'ADB']);
  });

  it('gives each sum of a dash list the party before it, not the next item after it', () => {
    expect(countryOwners('Exports to Georgia amounted to $800 million, to Armenia – $300 million, and to Iran – $100 million.')).toEqual(['GE', 'AM', 'IR']);
  });

  it('gives null when one party stands beside every sum or a sum has none', () => {
    expect(countryOwners('Trade with Turkey rose from $1 billion to $2 billion.')).toBeNull();
    expect(countryOwners('Georgia ($1 billion) and others, with total trade of $9 billion over the whole reporting period.')).toBeNull();
    expect(countryOwners('Exports reached $5 billion.')).toBeNull();
  });
});

describe('ownersOfAmounts with "respectively"', () => {
  const respectively = (text: string) =>
    ownersOfAmounts(findAmounts(text), findOrganizations(text).map((o) => ({ key: o.name, start: o.start, end: o.end })), /\brespectively\b/.test(text));

  it.each([
    ['the parties named first own the sums in order', 'Halyk Bank and the Eurasian Development Bank lent $30 million and $45 million respectively.', ['Halyk Bank', 'Eurasian Development Bank']],
    // Not as many parties as sums: the sentence's parties stay shared.
    ['three parties for two sums give no pairing', 'Halyk Bank, Kaspi Bank and the Eurasian Development Bank lent $30 million and $45 million respectively.', null],
    ['two sums with no "respectively" and no glued party are shared', 'Halyk Bank and the Eurasian Development Bank lent $30 million and later another $45 million.', null],
  ] as const)('%s', (_name, text, expected) => {
    expect(respectively(text)).toEqual(expected);
  });
});

describe('ownersOfAmounts with the lead of a ranking', () => {
  it('gives the first sum the one party named before it, however far, and the others the party beside them', () => {
    const text = 'Turkey headed the list of trading partners in January-June with $944 million, followed by Russia with $730 million.';
    const mentions = findCountries(text).map((c) => ({ key: c.code, start: c.start, end: c.end }));
    expect(ownersOfAmounts(findAmounts(text), mentions, false, text)).toBeNull();
    expect(ownersOfAmounts(findAmounts(text), mentions, false, text, true)).toEqual(['TR', 'RU']);
  });
});

describe('partiesOfAmount', () => {
  it('puts the owner first and keeps the parties no sum owns', () => {
    expect(partiesOfAmount(1, ['TR', 'RU'], ['TR', 'GE', 'RU'])).toEqual(['RU', 'GE']);
  });
});

describe('ownersByItem', () => {
  const amount = (text: string, sum: string) => {
    const start = text.indexOf(sum);
    return { value: 1, currency: 'USD', qualifier: 'exact' as const, text: sum, start, end: start + sum.length };
  };
  const mention = (text: string, word: string, key: string) => {
    const start = text.indexOf(word);
    return { key, start, end: start + word.length };
  };

  it('gives each sum the last party of its own item', () => {
    const text = 'товарооборот Азербайджана с Турцией уменьшился до 3,4 млрд, с Кыргызстаном вырос вдвое и достиг 40 млн, а с Казахстаном – 517 млн';
    const amounts = [amount(text, '3,4 млрд'), amount(text, '40 млн'), amount(text, '517 млн')];
    const mentions = [mention(text, 'Азербайджана', 'AZ'), mention(text, 'Турцией', 'TR'), mention(text, 'Кыргызстаном', 'KG'), mention(text, 'Казахстаном', 'KZ')];
    expect(ownersByItem(amounts, mentions, text)).toEqual(['TR', 'KG', 'KZ']);
  });

  it('keeps the parties shared when an item has none of its own or does not open after a comma', () => {
    const none = 'ЕБРР выделит Казахстану 100 млн, а к 2027 году еще 200 млн';
    expect(ownersByItem([amount(none, '100 млн'), amount(none, '200 млн')], [mention(none, 'Казахстану', 'KZ')], none)).toBeNull();
    const oneClause = 'Китай выделит 100 млн Таджикистану и 50 млн Кыргызстану';
    expect(ownersByItem([amount(oneClause, '100 млн'), amount(oneClause, '50 млн')], [mention(oneClause, 'Китай', 'CN'), mention(oneClause, 'Таджикистану', 'TJ')], oneClause)).toBeNull();
  });
});
