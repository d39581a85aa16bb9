import { describe, expect, it } from 'vitest';
import { blobKeys, factDay, keys, orgKey } from '../../../shared/store/keys.js';

describe('organisation keys', () => {
  it.each([
    ['JSC Uzbekneftegaz', 'uzbekneftegaz'],
    ['Uzbekneftegaz', 'uzbekneftegaz'],
    ['The Asian Development Bank', 'asian development bank'],
    ['China State Construction Engineering Corp., Ltd.', 'china state construction engineering'],
    ['Société Générale S.A.', 'societe generale'],
    ['Ministry of Energy of Uzbekistan', 'ministry energy uzbekistan'],
    // Aliases fold: the extractor's "Full Name (ABBR)", the bare abbreviation, the well-known table.
    ['Asian Development Bank (ADB)', 'asian development bank'],
    ['ADB', 'asian development bank'],
    ['EBRD', 'european bank for reconstruction and development'],
    ['Uzbekneftegaz (UNG)', 'uzbekneftegaz'],
    ['IsDB', 'islamic development bank'],
    ['World Bank', 'world bank'],
    ['IBRD', 'world bank'],
    // A known abbreviation names the organisation when the words before it are not a known name: an outlet's epithet.
    ['Beijing-backed Asian Infrastructure Investment Bank (AIIB)', 'asian infrastructure investment bank'],
    ["World Bank Group's International Bank for Reconstruction and Development (IBRD)", 'world bank'],
    ['Uzbek Oil and Gas Trading (UNG)', 'uzbek oil and gas trading'],
    // An unknown abbreviation alone stays itself: nothing says what it stands for.
    ['UNG', 'ung'],
  ])('%s → %s', (name, key) => expect(orgKey(name)).toBe(key));
});

describe('keys', () => {
  it('orders a country pair so either order meets one partition', () => {
    expect(keys.pair('uz', 'CN')).toBe('CP#CN-UZ');
    expect(keys.pair('CN', 'UZ')).toBe(keys.pair('UZ', 'CN'));
  });

  it('files a fact under its publication day in UTC, else the day it was extracted', () => {
    expect(factDay({ published: '2026-11-28T02:00:00+05:00', extractedAt: '2026-12-01T00:00:00Z' })).toBe('2026-11-27');
    expect(factDay({ published: null, extractedAt: '2026-12-01T00:00:00Z' })).toBe('2026-12-01');
    expect(blobKeys.raw('2026-11-27', 'abc')).toBe('raw/dt=2026-11-27/abc.html');
  });
});
