import { describe, expect, it } from 'vitest';
import { articleLanguage } from '../../../shared/pipeline/article-language.js';
import { assembleArticle, assembleParsed, messageFromStored } from '../../../shared/pipeline/assemble-article.js';
import type { ItemMessage } from '../../../shared/schemas/index.js';

// Our own sentences, long enough for the text to say its language.
const RU = ['Азиатский банк развития выделит Кыргызстану кредит на 40 млн долларов на ремонт дорог в Чуйской области.', 'Соглашение подписали в Бишкеке во вторник, работы начнутся в будущем году.',
  'По условиям соглашения кредит выдается на 25 лет под 1,5% годовых, а правительство добавит еще 6 млн долларов из бюджета на проектирование, выкуп земли и надзор за строительством.'];
const EN = ['The Asian Development Bank will lend Kyrgyzstan $40 million to repair roads in the Chui region.', 'The agreement was signed in Bishkek on Tuesday and work will start next year.',
  'Under the agreement the loan runs for 25 years at 1.5% a year, and the government will add another $6 million from the budget for design, land purchase and supervision of the works.'];

/** A page with no language of its own, on a host without a site rule (the generic path). */
const page = (paragraphs: string[], lang?: string) =>
  `<html${lang ? ` lang="${lang}"` : ''}><head><title>Кредит на дороги</title></head><body><article><h1>Кредит на дороги</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

const message = (language: string | null): ItemMessage => ({
  articleId: '0123456789abcdef0123456789abcdef', canonicalUrl: 'https://news.example.kg/a/1', outlet: 'Example', site: null, language,
  item: { feedId: 'example-ru', title: 'Кредит на дороги', link: 'https://news.example.kg/a/1', guid: null, published: null, description: '', contentHtml: null, categories: [], image: null },
});

describe('articleLanguage', () => {
  it('takes the page first, then the feed, then the text', () => {
    expect(articleLanguage({ page: 'ky', feed: 'ru', text: RU.join(' ') })).toBe('ky');
    expect(articleLanguage({ page: null, feed: 'ru', text: EN.join(' ') })).toBe('ru');
    expect(articleLanguage({ page: null, feed: null, text: RU.join(' ') })).toBe('ru');
    expect(articleLanguage({ page: null, feed: null, text: EN.join(' ') })).toBe('en');
  });

  it('gives null, not a guess, when nothing is declared and the text is too short to tell', () => {
    expect(articleLanguage({ page: null, feed: null, text: 'USD 87.45' })).toBeNull();
  });
});

describe('the article language through the real parser', () => {
  it('keeps the language the page declares over the feed', () => {
    const article = assembleArticle(message('ru'), { html: page(RU, 'ky'), url: 'https://news.example.kg/a/1' }, '2026-12-05T10:00:00.000Z');
    expect(article.language).toBe('ky');
  });

  it("uses the feed's declared language when the page declares none", () => {
    // English words under a Russian feed: the declaration wins over detection, so this is 'ru'.
    const article = assembleArticle(message('ru'), { html: page(EN), url: 'https://news.example.kg/a/1' }, '2026-12-05T10:00:00.000Z');
    expect(article.language).toBe('ru');
  });

  it('detects the language from the text when neither page nor feed declares one', () => {
    const fromFile = assembleParsed({ html: page(RU), url: 'https://news.example.kg/a/1', item: null, site: null });
    expect(fromFile.language).toBe('ru');
    const fromOldMessage = assembleArticle(message(null), { html: page(EN), url: 'https://news.example.kg/a/1' }, '2026-12-05T10:00:00.000Z');
    expect(fromOldMessage.language).toBe('en');
  });

  it('keeps a stored article\'s language when its page is read again', () => {
    const stored = assembleArticle(message('ru'), { html: page(EN), url: 'https://news.example.kg/a/1' }, '2026-12-05T10:00:00.000Z');
    const again = assembleArticle(messageFromStored(stored), { html: page(EN), url: stored.url }, stored.fetchedAt);
    expect(again.language).toBe('ru');
  });
});
