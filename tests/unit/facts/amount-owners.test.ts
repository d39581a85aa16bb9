import { describe, expect, it } from 'vitest';
import { ownersOfAmounts, partiesOfAmount } from '../../../shared/facts/amount-owners.js';
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

describe('partiesOfAmount', () => {
  it('puts the owner first and keeps the parties no sum owns', () => {
    expect(partiesOfAmount(1, ['TR', 'RU'], ['TR', 'GE', 'RU'])).toEqual(['RU', 'GE']);
  });
});
