import { describe, expect, it } from 'vitest';
import { countryCodes, countryOf } from '../../../shared/facts/parties/countries.js';
import { COUNTRY_NEGATIVE, COUNTRY_POSITIVE } from '../../corpora/countries.js';

describe('countryCodes', () => {
  it.each(COUNTRY_POSITIVE)('reads %s', (text, codes) => {
    expect(countryCodes(text)).toEqual(codes);
  });

  it.each(COUNTRY_NEGATIVE)('finds no country in %s', (text) => {
    expect(countryCodes(text)).toEqual([]);
  });

  it('maps one exact name and nothing else', () => {
    expect(countryOf('Kyrgyz')).toBe('KG');
    expect(countryOf('Kyrgyzstan Airways')).toBeNull();
  });
});
