import { describe, expect, it } from 'vitest';
import { sameOrganization } from '../../../shared/facts/parties/same-organization.js';

describe('sameOrganization', () => {
  it('meets a name and its form with the abbreviation, whatever the case and suffixes', () => {
    expect(sameOrganization('World Bank', 'World Bank (WB)')).toBe(true);
    expect(sameOrganization('JSC Uzbekneftegaz', 'uzbekneftegaz')).toBe(true);
  });

  it('meets a Russian name and its abbreviation through the organisation key', () => {
    expect(sameOrganization('Азиатский банк развития', 'АБР')).toBe(true);
    expect(sameOrganization('АБР', 'Asian Development Bank (ADB)')).toBe(true);
  });

  it('keeps different bodies apart', () => {
    expect(sameOrganization('Азиатский банк развития', 'ЕБРР')).toBe(false);
    expect(sameOrganization('World Bank', 'Asian Development Bank')).toBe(false);
    expect(sameOrganization('«Узбекнефтегаз»', '«Узбекистон темир йуллари»')).toBe(false);
  });
});
