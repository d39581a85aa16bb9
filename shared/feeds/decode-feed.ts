import iconv from 'iconv-lite';
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
export function decodeFeedBytes(bytes: Buffer, contentType: string | null): { text: string; charset: string } {
  for (const [signature, charset] of WIDE_SIGNATURES) {
    if (signature.every((b, i) => bytes[i] === b)) {
      return { text: iconv.decode(bytes, charset).replace(/^\uFEFF/, ''), charset };
    }
  }
  const decoded = decodeBytes(bytes, contentType);
  return { text: decoded.text.replace(/^\uFEFF/, ''), charset: decoded.charset };
}
