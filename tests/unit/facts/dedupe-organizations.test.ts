import { describe, expect, it } from 'vitest';
import { dedupeOrganizations } from '../../../shared/facts/parties/dedupe-organizations.js';

describe('dedupeOrganizations', () => {
  it.each([
    [['KazMunayGas', 'KazMunayGas (KMG)', 'Hanil Energy'], ['KazMunayGas (KMG)', 'Hanil Energy']],
    [['Asian Development Bank (ADB)', 'ADB'], ['Asian Development Bank (ADB)']],
    [['EBRD', 'ebrd', 'Ministry of Energy'], ['EBRD', 'Ministry of Energy']],
    [['SOCAR', 'BOTAS'], ['SOCAR', 'BOTAS']],
    // A different party that merely shares a word stays.
    [['Asian Development Bank (ADB)', 'Asian Development Fund'], ['Asian Development Bank (ADB)', 'Asian Development Fund']],
    [[], []],
  ])('%j → %j', (names, expected) => expect(dedupeOrganizations(names)).toEqual(expected));
});
