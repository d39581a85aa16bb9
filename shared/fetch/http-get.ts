/**
 * One GET, one hop: no redirects, no retries. Uses node:http/https directly so the client controls
 * the DNS lookup (private-address guard), the connect timeout and the byte cap.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction, Socket } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import { FetchError } from './errors.js';
import { createDecoders, UnsupportedEncodingError } from './decompress.js';

export interface HopRequest {
  url: URL;
  headers: Record<string, string>;
  lookup: LookupFunction;
  connectTimeoutMs: number;
  maxBytes: number;
  /** Aborted when the attempt's total time is up; its `reason` is the error to report. */
  signal: AbortSignal;
  /** Certificates to trust for HTTPS, replacing Node's defaults (the caller adds the roots). */
  ca?: string[];
  /** Called once the request has been handed to the connection (the pacer measures its interval from here). */
  onSent?: () => void;
}

export interface HopResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** Decompressed body; empty for 1xx/3xx/4xx/5xx, whose bodies are not read. */
  bytes: Buffer;
}

function flattenHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function tooLarge(url: URL, maxBytes: number, seen: string): FetchError {
  return new FetchError({ url: url.href, reason: 'too-large', detail: `too large: body of ${url.href} is over the ${maxBytes}-byte cap (${seen})` });
}

/** Node and zlib errors on the wire → FetchError; our own FetchErrors pass through. */
function toFetchError(err: unknown, req: HopRequest): FetchError {
  if (err instanceof FetchError) return err;
  if (req.signal.aborted && req.signal.reason instanceof FetchError) return req.signal.reason;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const message = err instanceof Error ? err.message : String(err);
  return new FetchError({ url: req.url.href, reason: 'network', detail: `network error${code ? ` ${code}` : ''} on ${req.url.href}: ${message}`, cause: err });
}

/** Reads and decompresses the body, aborting as soon as the decompressed size passes the cap. */
async function readBody(res: http.IncomingMessage, req: HopRequest): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  const encoding = res.headers['content-encoding'];
  // Uncompressed and announced too big: refuse before reading a byte.
  if (!encoding && Number.isFinite(declared) && declared > req.maxBytes) {
    throw tooLarge(req.url, req.maxBytes, `Content-Length ${declared}`);
  }
  let decoders;
  try {
    decoders = createDecoders(encoding);
  } catch (cause) {
    const detail = `decode error: ${cause instanceof Error ? cause.message : String(cause)} from ${req.url.href}`;
    throw new FetchError({ url: req.url.href, reason: 'decode', detail, cause });
  }
  let decodeError: unknown;
  for (const d of decoders) d.on('error', (e) => (decodeError ??= e));
  // pipeline forwards errors and destroys every stage when one fails or the reader stops early.
  if (decoders.length > 0) pipeline([res, ...decoders], () => undefined);
  const source: Readable = decoders.at(-1) ?? res;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source) {
      const buf = chunk as Buffer;
      total += buf.length;
      if (total > req.maxBytes) throw tooLarge(req.url, req.maxBytes, 'stopped reading');
      chunks.push(buf);
    }
  } catch (err) {
    if (decodeError !== undefined && !(err instanceof FetchError) && !req.signal.aborted) {
      const message = decodeError instanceof Error ? decodeError.message : String(decodeError);
      throw new FetchError({ url: req.url.href, reason: 'decode', detail: `decode error: cannot decode the ${encoding} body of ${req.url.href}: ${message}`, cause: decodeError });
    }
    throw toFetchError(err, req);
  } finally {
    res.destroy();
  }
  return Buffer.concat(chunks, total);
}

/** Fails the request if the TCP (and TLS) connection is not up within connectTimeoutMs. */
function armConnectTimeout(request: http.ClientRequest, req: HopRequest): void {
  request.once('socket', (socket: Socket) => {
    if (!socket.connecting) return;
    const timer = setTimeout(() => {
      request.destroy(new FetchError({ url: req.url.href, reason: 'timeout', detail: `timed out: no connection to ${req.url.host} within ${req.connectTimeoutMs} ms` }));
    }, req.connectTimeoutMs);
    const clear = () => clearTimeout(timer);
    socket.once(req.url.protocol === 'https:' ? 'secureConnect' : 'connect', clear);
    socket.once('close', clear);
  });
}

/**
 * Sends one GET and returns the status, headers and (for 2xx only) the decompressed body.
 * @throws FetchError: 'timeout', 'too-large', 'network', 'decode', or 'private-address' from the lookup.
 */
export function sendGet(req: HopRequest): Promise<HopResponse> {
  return new Promise<HopResponse>((resolve, reject) => {
    if (req.signal.aborted) return reject(toFetchError(req.signal.reason, req));
    const transport = req.url.protocol === 'https:' ? https : http;
    // agent: false = a fresh connection per hop, so every connect goes through our lookup and
    // connect timeout (pacing at ~1 request per second per host leaves little to gain from reuse).
    const request = transport.request(req.url, {
      method: 'GET',
      headers: req.headers,
      lookup: req.lookup,
      agent: false,
      signal: req.signal,
      ...(req.ca ? { ca: req.ca } : {}),
    });
    armConnectTimeout(request, req);
    // 'finish': the request is written to the socket, so after the connect: what the server sees.
    if (req.onSent) request.once('finish', req.onSent);
    // on, not once: a destroyed request can emit a second error, which must not go unhandled.
    request.on('error', (err) => reject(toFetchError(err, req)));
    request.once('response', (res) => {
      const status = res.statusCode ?? 0;
      const headers = flattenHeaders(res.headers);
      if (status < 200 || status >= 300) {
        res.destroy();
        return resolve({ status, headers, bytes: Buffer.alloc(0) });
      }
      readBody(res, req).then((bytes) => resolve({ status, headers, bytes }), reject);
    });
    request.end();
  });
}
