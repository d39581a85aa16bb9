import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBytes, normalizeCharset } from '../../../shared/fetch/charset.js';

// Our own sample text: a Russian sentence, and a Latin line with characters that only windows-1252 (not latin1) has.
const RU = 'Казахстан и Узбекистан подписали соглашение о торговле';
const LATIN = 'Tashkent “signed” a €40 million loan — café';

const html = (charset: string | null, body: string) =>
  `<!doctype html><html><head>${charset ? `<meta charset="${charset}">` : ''}<title>t</title></head><body><p>${body}</p></body></html>`;

describe('decodeBytes', () => {
  it.each([
    ['utf-8 BOM over a contrary header', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RU)]), 'text/html; charset=windows-1251', 'utf-8'],
    ['UTF-16LE BOM', iconv.encode(RU, 'utf-16le', { addBOM: true }), 'text/html', 'utf-16le'],
    ['UTF-16BE BOM', iconv.encode(RU, 'utf-16be', { addBOM: true }), null, 'utf-16be'],
    ['header windows-1251', iconv.encode(RU, 'windows-1251'), 'text/html; charset=windows-1251', 'windows-1251'],
    ['header alias cp1251, quoted', iconv.encode(RU, 'windows-1251'), 'text/html; charset="cp1251"', 'windows-1251'],
    ['header koi8-r', iconv.encode(RU, 'koi8-r'), 'text/html;charset=KOI8-R', 'koi8-r'],
    ['header utf-16 without BOM', iconv.encode(RU, 'utf-16le'), 'text/plain; charset=utf-16', 'utf-16le'],
  ])('%s', (_name, bytes, contentType, charset) => {
    const decoded = decodeBytes(bytes, contentType);
    expect(decoded.charset).toBe(charset);
    expect(decoded.text).toBe(RU);
  });

  it('overrules a declared UTF-8 that the bytes are not, guesses cp1251 for Cyrillic, and says so', () => {
    const fromHeader = decodeBytes(iconv.encode(RU, 'windows-1251'), 'application/rss+xml; charset=utf-8');
    const fromDocument = decodeBytes(iconv.encode(html('utf-8', RU), 'windows-1251'), 'text/html');
    expect(fromHeader).toEqual({ text: RU, charset: 'windows-1251', note: 'declared utf-8 in the Content-Type, but the bytes are not UTF-8: decoded as windows-1251' });
    expect(fromDocument).toMatchObject({ text: html('utf-8', RU), charset: 'windows-1251', note: expect.stringMatching(/declared utf-8 in the document/) });
  });

  it('guesses cp1252 for accented Latin that claims to be UTF-8', () => {
    const decoded = decodeBytes(iconv.encode(LATIN, 'windows-1252'), 'text/html; charset=UTF-8');
    expect(decoded).toMatchObject({ text: LATIN, charset: 'windows-1252', note: expect.stringMatching(/not UTF-8: decoded as windows-1252/) });
  });

  it('reads <meta charset> when the header has none', () => {
    const page = html('windows-1251', RU);
    const decoded = decodeBytes(iconv.encode(page, 'windows-1251'), 'text/html');
    expect(decoded).toEqual({ text: page, charset: 'windows-1251', note: null });
  });

  it('reads <meta http-equiv="Content-Type" content="…; charset=…">', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body>${RU}</body></html>`;
    expect(decodeBytes(iconv.encode(page, 'koi8-r'), null)).toEqual({ text: page, charset: 'koi8-r', note: null });
  });

  it('reads the XML declaration of a feed read from disk', () => {
    const feed = `<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>${RU}</title></channel></rss>`;
    expect(decodeBytes(iconv.encode(feed, 'windows-1251'), null)).toEqual({ text: feed, charset: 'windows-1251', note: null });
  });

  it('lets the header win over <meta>', () => {
    const page = html('windows-1251', RU);
    expect(decodeBytes(Buffer.from(page), 'text/html; charset=utf-8').text).toBe(page);
  });

  it('ignores a <meta> past the first 2 KiB', () => {
    const page = `<html><head><!-- ${'x'.repeat(2100)} --><meta charset="koi8-r"></head><body>${RU}</body></html>`;
    expect(decodeBytes(Buffer.from(page), null)).toEqual({ text: page, charset: 'utf-8', note: null });
  });

  it('takes a <meta> claiming UTF-16 in an ASCII-readable page as UTF-8', () => {
    const page = html('utf-16', RU);
    expect(decodeBytes(Buffer.from(page), null)).toEqual({ text: page, charset: 'utf-8', note: null });
  });

  it('skips an unknown declared charset and falls through to the UTF-8 check', () => {
    const page = html('x-no-such-charset', RU);
    expect(decodeBytes(Buffer.from(page), 'text/html; charset=bogus')).toEqual({ text: page, charset: 'utf-8', note: null });
  });

  it('uses UTF-8 for undeclared valid UTF-8', () => {
    expect(decodeBytes(Buffer.from(html(null, RU)), 'text/html').charset).toBe('utf-8');
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    const page = html(null, LATIN);
    expect(decodeBytes(iconv.encode(page, 'windows-1252'), null)).toEqual({ text: page, charset: 'windows-1252', note: null });
  });

  it('treats a latin1 label as windows-1252, as browsers do', () => {
    const bytes = iconv.encode(LATIN, 'windows-1252');
    expect(decodeBytes(bytes, 'text/html; charset=ISO-8859-1')).toEqual({ text: LATIN, charset: 'windows-1252', note: null });
  });
});

describe('charset labels', () => {
  it.each([
    ['UTF8', 'utf-8'],
    ['win-1251', 'windows-1251'],
    ['"koi8-r"', 'koi8-r'],
    ['us-ascii', 'windows-1252'],
    ['shift_jis', 'shift_jis'],
    ['no-such', null],
    ['', null],
  ])('normalizeCharset(%j) = %j', (label, expected) => {
    expect(normalizeCharset(label)).toBe(expected);
  });

  it.each([
    ['text/html; charset=UTF-8', 'utf-8'],
    ['text/html; boundary=x; charset="windows-1251"', 'windows-1251'],
    ['text/html', null],
    [null, null],
  ])('charsetFromContentType(%j) = %j', (value, expected) => {
    expect(charsetFromContentType(value)).toBe(expected);
  });
});
