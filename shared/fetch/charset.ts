/**
 * Bytes → text for pages and feeds. The order follows the HTML standard's encoding sniffing, cut
 * down to what regional news sites need: a byte order mark, then the HTTP header, then a
 * declaration in the document itself, then "is it valid UTF-8?", then windows-1252.
 */
import { isUtf8 } from 'node:buffer';

/** How far into the document a <meta charset> or XML declaration is looked for. The HTML standard
 * prescans 1024 bytes; 2 KiB (the agreed contract) also catches heads with a few long tags first. */
export const SNIFF_BYTES = 2048;

/** When nothing declares a charset and the bytes are not UTF-8: what browsers assume for
 * undeclared legacy pages in most locales, and a superset of ISO-8859-1 and ASCII. */
export const FALLBACK_CHARSET = 'windows-1252';

/** Labels seen in the wild → the name we report and decode with. WHATWG maps latin1 and ASCII
 * labels to windows-1252 because servers that say latin1 send windows-1252 punctuation. */
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  cp1251: 'windows-1251',
  'x-cp1251': 'windows-1251',
  'win-1251': 'windows-1251',
  windows1251: 'windows-1251',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  iso8859_1: 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  koi8r: 'koi8-r',
  koi8: 'koi8-r',
  'koi8-ru': 'koi8-u',
  'utf-16': 'utf-16le',
  utf16: 'utf-16le',
  unicode: 'utf-16le',
  'ucs-2': 'utf-16le',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
};

/**
 * Node's own WHATWG TextDecoder (full ICU, as in official builds and the Lambda runtime) decodes
 * every legacy charset these outlets use; it replaced iconv-lite, which weighed 481 KB in each
 * Lambda bundle. Decoders are cached: decode() without `stream` keeps no state between calls.
 */
const decoders = new Map<string, TextDecoder | null>();
function decoderFor(name: string): TextDecoder | null {
  if (!decoders.has(name)) {
    let decoder: TextDecoder | null = null;
    try {
      decoder = new TextDecoder(name);
    } catch {
      decoder = null;
    }
    decoders.set(name, decoder);
  }
  return decoders.get(name) ?? null;
}

/**
 * Node's 'windows-1252' decoder is plain ISO-8859-1 (its fast latin1 path), so 0x80-0x9F come out as
 * C1 controls instead of curly quotes, dashes and the euro sign. This row of the WHATWG index puts
 * them right; the five undefined bytes keep their control character, as in the index.
 */
const WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWith(charset: string, bytes: Buffer): string {
  const text = decoderFor(charset)!.decode(bytes);
  if (charset !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** The canonical name for a charset label, or null when it names no charset we can decode. */
export function normalizeCharset(label: string): string | null {
  const clean = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (clean === '') return null;
  const name = ALIASES[clean] ?? clean;
  return decoderFor(name) ? name : null;
}

/** The charset a byte order mark announces, and the BOM's length. */
function charsetFromBom(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The `charset=` parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return match?.[2] ? normalizeCharset(match[2]) : null;
}

const XML_DECLARATION = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
// Covers both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/** The charset declared in the document's first {@link SNIFF_BYTES} bytes. */
export function charsetFromDocument(bytes: Buffer): string | null {
  // latin1 maps every byte to one char, so ASCII markup is readable whatever the real charset.
  const head = bytes.subarray(0, SNIFF_BYTES).toString('latin1');
  const label = XML_DECLARATION.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
  if (!label) return null;
  const name = normalizeCharset(label);
  // A UTF-16 document could not have been read as ASCII here, so the label is wrong: the HTML
  // standard says to take UTF-8 instead.
  return name === 'utf-16le' || name === 'utf-16be' ? 'utf-8' : name;
}

/** Decoded text, the charset used, and why it is not the declared one when it is not. */
export interface Decoded {
  text: string;
  charset: string;
  /** Set when the declared charset was overruled, e.g. "declared utf-8 (Content-Type) but …". */
  note: string | null;
}

/**
 * Decodes a page or feed: BOM, then the Content-Type charset, then <meta charset> /
 * <meta http-equiv> / <?xml encoding?> in the first 2 KiB, then UTF-8 if the bytes are valid
 * UTF-8, else windows-1252. A declared UTF-8 that the bytes are not (a cp1251 feed that says UTF-8,
 * which would come out as replacement characters) is overruled by a legacy charset guessed from
 * the bytes, and `note` says so. The BOM is never part of `text`.
 * @returns the text and the canonical charset name used, e.g. 'utf-8', 'windows-1251'.
 */
export function decodeBytes(bytes: Buffer, contentType: string | null): Decoded {
  const bom = charsetFromBom(bytes);
  const header = bom ? null : charsetFromContentType(contentType);
  const document = bom || header ? null : charsetFromDocument(bytes);
  const declared = bom ?? header ?? document;
  if (declared === 'utf-8' && !bom && !isUtf8(bytes)) {
    const guess = guessLegacyCharset(bytes);
    const where = header ? 'in the Content-Type' : 'in the document';
    return { text: decodeWith(guess, bytes), charset: guess, note: `declared utf-8 ${where}, but the bytes are not UTF-8: decoded as ${guess}` };
  }
  const charset = declared ?? (isUtf8(bytes) ? 'utf-8' : FALLBACK_CHARSET);
  // TextDecoder drops a leading BOM of its own charset (ignoreBOM defaults to false).
  return { text: decodeWith(charset, bytes), charset, note: null };
}

/**
 * windows-1251 or windows-1252 for bytes that are neither UTF-8 nor what they say. Cyrillic in
 * cp1251 is words of high bytes in a row ("Ташкент" is seven); accented Latin in cp1252 is a high
 * byte alone between ASCII letters ("Café"). More than half the high bytes beside another: Cyrillic.
 */
export function guessLegacyCharset(bytes: Buffer): 'windows-1251' | 'windows-1252' {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    high++;
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) paired++;
  }
  return high > 0 && paired / high > 0.5 ? 'windows-1251' : 'windows-1252';
}
