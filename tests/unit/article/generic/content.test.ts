import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractContent } from '../../../../shared/article/generic/content.js';

const PROSE = (n: number, topic: string): string[] =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} on ${topic}: the ministry said the plant, worth $${i + 2}0 million, will open next year, and that exports will follow, according to officials.`);

describe('extractContent', () => {
  it('picks the story container over a link-heavy sidebar and a footer', () => {
    const html = `<html><body><div id="menu"><a href="/">Home</a><a href="/b">Business</a></div>
      <div class="layout"><div class="story-text">${PROSE(5, 'cement').map((p) => `<p>${p}</p>`).join('')}</div>
      <div class="rail">${Array.from({ length: 8 }, (_, i) => `<p><a href="/n/${i}">Headline ${i} about a $${i}00 million deal in the region today</a></p>`).join('')}</div></div>
      <footer><p>© Outlet, all rights reserved, reproduction prohibited, contact us at the address below.</p></footer></body></html>`;
    const r = extractContent(load(html), null);
    expect(r.paragraphs).toEqual(PROSE(5, 'cement'));
    expect(r.pass).toBe(1);
  });

  it('relaxes the cascade when the strict pass finds too little, and keeps the text', () => {
    // The story sits in a container whose class looks like furniture ("sidebar-layout"), so the strict
    // pass (unlikely candidates stripped) finds nothing and a later pass must.
    const html = `<html><body><div class="sidebar-layout">${PROSE(6, 'textiles').map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const r = extractContent(load(html), null);
    expect(r.paragraphs).toEqual(PROSE(6, 'textiles'));
    expect(r.pass).toBeGreaterThan(1);
  });

  it('keeps sub-headings and lists inside the story but drops the title heading', () => {
    const html = `<html><body><article><h1>Plant opens</h1><div class="entry-content"><p>${PROSE(1, 'steel')[0]}</p><h2>What comes next</h2>
      <ul><li>A second line in 2027, the company said in its statement.</li><li>Exports to Afghanistan, officials said.</li></ul><p>${PROSE(2, 'steel')[1]}</p></div></article></body></html>`;
    const r = extractContent(load(html), 'Plant opens');
    expect(r.paragraphs).toEqual([PROSE(1, 'steel')[0], 'What comes next', 'A second line in 2027, the company said in its statement.', 'Exports to Afghanistan, officials said.', PROSE(2, 'steel')[1]]);
  });

  it('returns nothing for a page of links only (a listing)', () => {
    const html = `<html><body><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/n/${i}">Kazakhstan and partner ${i} sign a deal worth $${i}0 million, officials say</a></li>`).join('')}</ul></body></html>`;
    expect(extractContent(load(html), null).paragraphs).toEqual([]);
  });

  it('never scores reader comments, even in the lenient passes', () => {
    const comments = Array.from({ length: 10 }, (_, i) => `<div class="comment-body"><p>Comment ${i}: I think, honestly, that this investment, like the last one, will not pay off for years, if ever.</p></div>`).join('');
    const html = `<html><body><article><p>${PROSE(1, 'wind')[0]}</p><p>${PROSE(2, 'wind')[1]}</p></article><section id="comments">${comments}</section></body></html>`;
    expect(extractContent(load(html), null).paragraphs.join(' ')).not.toMatch(/Comment \d/);
  });
});
