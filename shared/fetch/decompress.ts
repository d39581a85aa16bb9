/**
 * Content-Encoding decoders. The body cap is enforced by the reader on the DECOMPRESSED stream,
 * so a small gzip bomb is stopped after maxBytes of output, never inflated in full.
 */
import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';

/** Thrown for a Content-Encoding we cannot decode (e.g. zstd, compress). */
export class UnsupportedEncodingError extends Error {
  override readonly name = 'UnsupportedEncodingError';
  constructor(readonly encoding: string) {
    super(`unsupported Content-Encoding "${encoding}"`);
  }
}

/** What we send as Accept-Encoding: exactly what {@link createDecoders} can undo. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/** A zlib stream starts with a CMF/FLG pair: method 8 in the low nibble, and the pair divisible by 31 (RFC 1950). */
function looksLikeZlib(head: Buffer): boolean {
  const cmf = head[0] ?? 0;
  const flg = head[1] ?? 0;
  return (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
}

/**
 * "deflate" should mean zlib-wrapped (RFC 9110), but some servers send raw deflate, which browsers
 * accept; so the first two bytes decide which inflater to use.
 */
class DeflateDecoder extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | undefined;
  private pending = Buffer.alloc(0);

  override _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback): void {
    if (!this.inner) {
      this.pending = Buffer.concat([this.pending, chunk]);
      if (this.pending.length < 2) return callback();
      this.start(this.pending);
      chunk = this.pending;
    }
    this.inner?.write(chunk, () => callback());
  }

  override _flush(callback: TransformCallback): void {
    if (!this.inner) this.start(this.pending).write(this.pending);
    this.inner?.once('end', () => callback());
    this.inner?.end();
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    this.inner?.destroy();
    callback(err);
  }

  private start(head: Buffer): zlib.Inflate | zlib.InflateRaw {
    const inner = looksLikeZlib(head) ? zlib.createInflate() : zlib.createInflateRaw();
    inner.on('data', (data: Buffer) => this.push(data));
    inner.on('error', (err) => this.destroy(err));
    this.inner = inner;
    return inner;
  }
}

function createDecoder(encoding: string): Transform {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      // Truncated gzip is reported as an error rather than silently returning a partial page.
      return zlib.createGunzip();
    case 'deflate':
      return new DeflateDecoder();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      throw new UnsupportedEncodingError(encoding);
  }
}

/**
 * The decoders for a Content-Encoding header value, in the order to apply them (the header lists
 * them in the order they were applied). Empty for identity.
 * @throws UnsupportedEncodingError for an encoding we do not know.
 */
export function createDecoders(contentEncoding: string | undefined): Transform[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  return codings.reverse().map(createDecoder);
}
