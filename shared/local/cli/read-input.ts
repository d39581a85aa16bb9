import { readFileSync, statSync } from 'node:fs';
import { MAX_DOCUMENT_BYTES } from '../../config/limits.js';
import { decodeBytes } from '../../fetch/charset.js';

/** A file a command cannot read as a document; the message names the file and why. */
export class UnreadableInputError extends Error {
  override name = 'UnreadableInputError';
}

/** Share of control characters above which a file is binary, not text (text has almost none). */
const MAX_CONTROL_SHARE = 0.05;

/**
 * The bytes of a page, feed or article file, refused (before reading) above the size the pipeline
 * fetches, so a command answers for exactly what the pipeline would take.
 */
export function readDocumentBytes(source: string): Buffer {
  const size = statSync(source).size;
  if (size > MAX_DOCUMENT_BYTES) {
    throw new UnreadableInputError(`${source}: ${size} bytes is over the ${MAX_DOCUMENT_BYTES}-byte limit the pipeline fetches`);
  }
  return readFileSync(source);
}

/**
 * A text or HTML file decoded as the pipeline decodes a page: a byte order mark (UTF-8, UTF-16 LE or
 * BE: Windows editors save "Unicode" text as UTF-16), a <meta charset>, UTF-8 when valid, else
 * windows-1252. Binary data is refused.
 */
export function readDocumentText(source: string): string {
  const { text } = decodeBytes(readDocumentBytes(source), null);
  const sample = text.slice(0, 64 * 1024);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  if (sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE) {
    throw new UnreadableInputError(`${source}: binary data, not text (${Math.round((100 * control) / sample.length)}% control characters)`);
  }
  return text;
}
