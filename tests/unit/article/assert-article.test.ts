import { describe, expect, it } from 'vitest';
import { assertArticle } from '../../../shared/article/assert-article.js';
import { NotAnArticleError } from '../../../shared/article/errors.js';
import type { ParsedArticle } from '../../../shared/schemas/article.js';

const URL = 'https://en.trend.az/business/4100000.html';

function article(over: Partial<ParsedArticle>): ParsedArticle {
  return {
    title: 'Kazakhstan, China sign grain deal', published: null, author: null, language: 'en', image: null, tags: [],
    description: '', paragraphs: [], paywalled: false, extractedBy: 'generic', canonicalUrl: null, ...over,
  };
}

function errorOf(a: ParsedArticle): NotAnArticleError {
  try {
    assertArticle(a, URL);
  } catch (e) {
    if (e instanceof NotAnArticleError) return e;
    throw e;
  }
  throw new Error('assertArticle did not throw');
}

describe('assertArticle', () => {
  it('accepts a short agency item of real prose', () => {
    const p = 'ASTANA, Kazakhstan, May 3. Kazakhstan and China signed a contract for the supply of 1 million tonnes of wheat worth $250 million, Trend reports.';
    expect(() => assertArticle(article({ paragraphs: [p, 'The deliveries start in June.'] }), URL)).not.toThrow();
  });

  it('accepts a paywalled page with a title and no body', () => {
    expect(() => assertArticle(article({ paywalled: true }), URL)).not.toThrow();
  });

  it('rejects a page without a title, naming the URL and the reason', () => {
    const e = errorOf(article({ title: '  ', paragraphs: ['x'.repeat(600)] }));
    expect(e.name).toBe('NotAnArticleError');
    expect(e.message).toContain(URL);
    expect(e.reason).toBe('no title');
  });

  it('rejects a near-empty body', () => {
    expect(errorOf(article({ paragraphs: ['Photo: Trend'] })).reason).toMatch(/under 120/);
  });

  it('rejects short lines with no prose (a contact page)', () => {
    const lines = ['Address: 12 Nizami street, Baku', 'Phone: +994 12 000 00 00', 'Email: info@example.az', 'Editor-in-chief: Name Surname', 'Advertising department: +994 12 000 00 01', 'Working hours: 09:00-18:00'];
    expect(errorOf(article({ paragraphs: lines })).reason).toMatch(/no prose paragraph/);
  });
});
