import { describe, expect, it } from 'vitest';
import { findPeople, locationOf } from '../../../shared/facts/parties/people.js';

describe('findPeople', () => {
  it.each([
    ['Georgian Economy Minister Levan Davitashvili said on Monday.', { name: 'Levan Davitashvili', role: 'Georgian Economy Minister' }],
    ['President of Tajikistan Emomali Rahmon met the delegation.', { name: 'Emomali Rahmon', role: 'President of Tajikistan' }],
    ['Talks with Lars Berg, Chairman of Baltic Wind Partners, were held.', { name: 'Lars Berg', role: 'Chairman of Baltic Wind Partners' }],
    ['Aliya Nurova, head of the Almaty Investment Agency, said the plant will open in May.', { name: 'Aliya Nurova', role: 'head of the Almaty Investment Agency' }],
  ])('reads the person and role of: %s', (text, person) => {
    expect(findPeople(text)).toContainEqual(person);
  });

  it.each(['The Ministry of Energy of Uzbekistan signed it.', 'Trade between Kazakhstan and China grew.', 'The President said so.'])('finds nobody in: %s', (text) => {
    expect(findPeople(text)).toEqual([]);
  });
});

describe('locationOf', () => {
  it.each([
    ['a plant in the Navoi region', 'Navoi region'],
    ['a cotton cluster in Turkistan region worth $420 million', 'Turkistan region'],
    ['warehouses in the city of Termez', 'Termez'],
  ])('places %s', (text, location) => {
    expect(locationOf(text)).toBe(location);
  });

  it('gives null when no region is named', () => {
    expect(locationOf('Trade grew by 10 percent.')).toBeNull();
  });
});
