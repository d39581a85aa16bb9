import { describe, expect, it } from 'vitest';
import { englishName } from '../../../shared/parties/english-name.js';

describe('englishName (alerts and the report stay in English)', () => {
  it('gives a known body its English short form, in any Russian form', () => {
    expect(englishName('Азиатский банк развития (АБР)')).toBe('ADB');
    expect(englishName('АБР')).toBe('ADB');
    expect(englishName('Европейский банк реконструкции и развития')).toBe('EBRD');
  });

  it('romanises any other Russian name, without its Russian legal form, and leaves Latin names alone', () => {
    expect(englishName('АО «Навоийазот»')).toBe('Navoiyazot');
    expect(englishName('Министерство энергетики')).toBe('Ministerstvo energetiki');
    expect(englishName('China National Chemical Engineering Co., Ltd.')).toBe('China National Chemical Engineering Co., Ltd.');
  });
});
