import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/facts/text/language.js';

describe('detectLanguage', () => {
  it('tells Russian from English by script and common words', () => {
    expect(detectLanguage('Азиатский банк развития выделит Узбекистану кредит на $100 млн для строительства дорог.')).toBe('ru');
    expect(detectLanguage('The Asian Development Bank approved a $100 million loan for roads in Uzbekistan.')).toBe('en');
  });

  it('keeps a Russian story Russian when it quotes a Kazakh name, and names Kazakh text by its letters', () => {
    expect(detectLanguage('Компания «Қазақстан темір жолы» подписала соглашение с китайской стороной о строительстве терминала в Алматы.')).toBe('ru');
    expect(detectLanguage('Қазақстан мен Өзбекстан арасындағы тауар айналымы өсті, деп хабарлады министрлік өкілі бүгін.')).toBe('kk');
    expect(detectLanguage('Ўзбекистон ва Хитой ўртасидаги савдо ҳажми ўсди, деб хабар берди вазирлик.')).toBe('uz');
  });

  it('says undetermined for too little text, numbers or markup', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('12 345 678 — $')).toBe('und');
    expect(detectLanguage(undefined as unknown as string)).toBe('und');
  });
});

describe('articleLanguage', () => {
  it('reads the text first, then the declared language, then English', async () => {
    const { articleLanguage } = await import('../../../shared/facts/extract-facts.js');
    // A Russian edition that kept its English template's lang="en": the text decides.
    expect(articleLanguage({ title: 'АБР выделит кредит', paragraphs: ['Азиатский банк развития выделит Узбекистану кредит на $100 млн.'], language: 'en' })).toBe('ru');
    // Too little text to tell: the page's or feed's declaration ("ru-RU" is "ru").
    expect(articleLanguage({ title: '', paragraphs: ['$100 млн'], language: 'ru-RU' })).toBe('ru');
    expect(articleLanguage({ title: '', paragraphs: ['12 345'] })).toBe('en');
    // Kazakh text is named as such, and the extractor gives it no facts rather than misread ones.
    const kk = { title: 'Қазақстан мен Қытай', paragraphs: ['Қазақстан мен Қытай арасындағы тауар айналымы 30 миллиард долларға жетті, деп хабарлады министрлік өкілі.'] };
    expect(articleLanguage(kk)).toBe('kk');
    const { extractFacts } = await import('../../../shared/facts/extract-facts.js');
    expect(extractFacts(kk)).toEqual([]);
  });
});
