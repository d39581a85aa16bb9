import { describe, expect, it } from 'vitest';
import { cut, href, link, text } from '../../../shared/report/html.js';
import { renderReport } from '../../../shared/report/render-report.js';
import { statedAmount, usd } from '../../../shared/report/format.js';
import { HOSTILE_EVIDENCE, buildDeal, reportFixture } from '../../helpers/report-fixtures.js';

const data = () => ({ generatedAt: '2026-06-30T12:00:00.000Z', ...reportFixture() });

describe('html helpers', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(text(`<a href="x" onclick='y'>&`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
  });

  it('links only http(s) URLs, and shows anything else as text', () => {
    expect(href('https://kun.uz/en/news?a=1&b="2"')).toBe('https://kun.uz/en/news?a=1&amp;b=%222%22');
    expect(href('javascript:alert(1)')).toBeNull();
    expect(href('data:text/html,<b>')).toBeNull();
    expect(href('not a url')).toBeNull();
    expect(link('javascript:alert(1)', '<b>Trend</b>')).toBe('&lt;b&gt;Trend&lt;/b&gt;');
  });

  it('cuts long evidence at a word boundary', () => {
    expect(cut('one two three four', 15)).toBe('one two three…');
    expect(cut('abcdefghijklmnop', 5)).toBe('abcde…');
    expect(cut('short', 12)).toBe('short');
  });
});

describe('amount formats', () => {
  it('writes USD short and the stated amount with its currency and qualifier', () => {
    expect(usd(1.46e9)).toBe('$1.46 bn');
    expect(usd(48.3e6)).toBe('$48.3 mn');
    expect(statedAmount({ value: 2e12, currency: 'UZS', qualifier: 'about' })).toBe('about UZS 2 tn');
  });
});

describe('renderReport', () => {
  it('shows article text as text: no markup from an article reaches the page', async () => {
    // Act
    const html = await renderReport(data());
    // Assert: the tags in the evidence, title and organisation arrive escaped, never as tags.
    expect(html).not.toMatch(/<script|<img|<hpp/i);
    expect(html).toContain(text(HOSTILE_EVIDENCE).slice(0, 60));
    expect(html).toContain('Kambarata &lt;HPP-1&gt; &quot;Project&quot; &amp; Co');
  });

  it('is self-contained: no script, no external resource, a policy that forbids loading any', async () => {
    const html = await renderReport(data());
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html.match(/\s(src|href)="(?!https?:\/\/[^"]+")/g) ?? []).toEqual([]);
    expect(html.match(/<link|@import|url\(http/gi) ?? []).toEqual([]);
    expect(html.match(/<svg/g)).toHaveLength(2);
    // Small: the whole fixture page, two charts included.
    expect(Buffer.byteLength(html)).toBeLessThan(80_000);
  });

  it('gives the same page for the same data (chart ids included)', async () => {
    expect(await renderReport(data())).toBe(await renderReport(data()));
  });

  it('says so, instead of drawing empty charts and tables, when there are no deals', async () => {
    const html = await renderReport({ ...data(), deals: [] });
    expect(html).not.toContain('<svg');
    expect(html).toContain('id="chart-monthly-empty"');
    expect(html).toContain('id="largest-deals-empty"');
    expect(html).toContain('17 articles read from 13 outlets, 2026-01-14 to 2026-06-10: 18 facts, 0 deals (0 with a USD amount).');
  });

  it('links a deal’s best mention first and one mention per other outlet', async () => {
    const deal = buildDeal({ tag: 'x', amountUsd: 5e6, outlets: [['Trend', '2026-01-10T10:00:00+04:00'], ['APA', '2026-01-10T11:00:00+04:00'], ['APA', '2026-01-11T11:00:00+04:00']] });
    const html = await renderReport({ generatedAt: '2026-06-30T12:00:00.000Z', articles: [], facts: [], deals: [deal] });
    const row = html.split('\n').find((l) => l.includes(`data-key="${deal.id}"`))!;
    expect(row.match(/href="[^"]+"/g)).toEqual(['href="https://example.com/Trend/0"', 'href="https://example.com/APA/1"']);
    expect(row).toContain('3 mentions, first by Trend');
  });
});
