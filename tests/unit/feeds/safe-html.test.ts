import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../shared/feeds/safe-html.js';

describe('sanitizeHtml', () => {
  it.each([
    ['keeps harmless markup and entities as written', '<b>AT&#38;T</b> &amp; <i>co</i>', '<b>AT&#38;T</b> &amp; <i>co</i>'],
    ['drops a script with its code', 'safe<script>location.href="x"</script> title', 'safe title'],
    ['drops a style with its rules', 'a<style>b{color:red}</style>b', 'ab'],
    ['drops comments, closed or not', 'sa<!-- c -->fe<!-- open', 'safe'],
    ['keeps the fallback text of a plugin, not the plugin', 'safe<object classid="clsid:1"> text', 'safe text'],
    ['drops event handlers, inline style and script URLs', '<a href="java&#x09;script:alert(1)" onclick="x()" style="a" title="t">x</a>', '<a title="t">x</a>'],
    ['keeps an http link', '<a href="https://site.test/a?b=1&amp;c=2">x</a>', '<a href="https://site.test/a?b=1&amp;c=2">x</a>'],
    ['escapes markup characters inside attribute values', '<img alt="cat<br />dog" src="https://site.test/c.jpg">', '<img alt="cat&lt;br /&gt;dog" src="https://site.test/c.jpg">'],
    ['escapes a bare ampersand and a stray angle bracket', 'Q&A 1 < 2', 'Q&amp;A 1 &lt; 2'],
    ['closes what the fragment left open', '<div><b>bold', '<div><b>bold</b></div>'],
    ['unwraps document scaffolding', '<html><head><title>T</title></head><body><p>P</p></body></html>', 'T<p>P</p>'],
  ])('%s', (_what, input, expected) => {
    expect(sanitizeHtml(input)).toBe(expected);
  });
});
