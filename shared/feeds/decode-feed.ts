import { decodeBytes } from '../fetch/charset.js';

/**
 * Feed bytes → text. The shared decoder (BOM, header, prolog, UTF-8 validity, windows-1252) is
 * used for everything it can see; in front of it, the XML specification's autodetection
 * (Appendix F) for UTF-16 and UTF-32 documents without a BOM, whose `<?xml` prolog the shared
 * decoder cannot read because every ASCII character is padded with zero bytes.
 */

/** First four bytes of `<?xm` (or `<` plus padding) in the wide encodings, per XML 1.0 Appendix F. */
const WIDE_SIGNATURES: ReadonlyArray<[number[], string]> = [
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x00, 0x00, 0x3c], 'utf-32be'],
  [[0x3c, 0x00, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x3c, 0x00, 0x3f], 'utf-16be'],
  [[0x3c, 0x00, 0x3f, 0x00], 'utf-16le'],
];

/** Decoded text of a feed and the charset used. */
export function decodeFeedBytes(bytes: Buffer, contentType: string | null): { text: string; charset: string; note: string | null } {
  for (const [signature, charset] of WIDE_SIGNATURES) {
    if (signature.every((b, i) => bytes[i] === b)) {
      return { text: decodeWide(bytes, charset).replace(/^\uFEFF/, ''), charset, note: null };
    }
  }
  const decoded = decodeBytes(bytes, contentType);
  return { text: decoded.text.replace(/^\uFEFF/, ''), charset: decoded.charset, note: decoded.note };
}

/** UTF-16 through TextDecoder; UTF-32, which TextDecoder lacks, code point by code point. */
function decodeWide(bytes: Buffer, charset: string): string {
  if (charset.startsWith('utf-16')) return new TextDecoder(charset).decode(bytes);
  const littleEndian = charset === 'utf-32le';
  const points: number[] = [];
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const cp = littleEndian ? bytes.readUInt32LE(i) : bytes.readUInt32BE(i);
    points.push(cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? cp : 0xfffd);
  }
  let text = '';
  // In slices: String.fromCodePoint with a whole feed's worth of arguments overflows the stack.
  for (let i = 0; i < points.length; i += 8192) text += String.fromCodePoint(...points.slice(i, i + 8192));
  return text;
}
