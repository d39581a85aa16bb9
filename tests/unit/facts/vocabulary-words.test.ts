import { describe, expect, it } from 'vitest';
import { DOCUMENT_NOUNS } from '../../../shared/facts/vocabulary/en.js';
import { capitalised } from '../../../shared/facts/vocabulary/words.js';

describe('capitalised', () => {
  const named = new RegExp(`^(?:\\p{Lu}[\\p{L}-]+ )+(?:${capitalised(DOCUMENT_NOUNS)})$`, 'u');

  it('capitalises each top-level alternative, not the pieces of a group', () => {
    expect(capitalised([{ one: 'roadmap|road map', many: 'roadmaps' }])).toBe('(?:Roadmap|Road map)');
    expect(capitalised([{ one: '(?<=(?:a|b) )program(?:me)?', many: 'x' }])).toBe('(?:(?<=(?:a|b) )Program(?:me)?)');
  });

  it('names documents whose noun needs the words around it', () => {
    expect(named.test('Comprehensive Cooperation Program')).toBe(true);
    expect(named.test('Investment Agreement')).toBe(true);
    expect(named.test('State Investment Program')).toBe(false);
  });
});
