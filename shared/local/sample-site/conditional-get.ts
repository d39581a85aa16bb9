import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A fixed document the site serves, with what a client needs to revalidate it. */
export interface StaticDocument {
  contentType: string;
  body: string;
  /** When the document last changed (the newest item for a feed); null when unknown. */
  lastModified: Date | null;
  /** False: send neither ETag nor Last-Modified and never 304, like servers that do not revalidate. */
  validators?: boolean;
}

/** A strong validator: the same bytes always give the same tag (RFC 9110 §8.8.3). */
export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 32)}"`;
}

/** Whether an If-None-Match list names the tag; "*" matches any current document. */
function etagMatches(header: string, etag: string): boolean {
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === etag);
}

/**
 * Whether the client's copy is current. If-None-Match wins over If-Modified-Since when both are
 * sent (RFC 9110 §13.2.2), as real servers do; HTTP dates have whole seconds, so compare seconds.
 */
export function isNotModified(req: IncomingMessage, etag: string, lastModified: Date | null): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) return etagMatches(inm, etag);
  const ims = req.headers['if-modified-since'];
  if (ims === undefined || lastModified === null) return false;
  const since = Date.parse(ims);
  if (Number.isNaN(since)) return false;
  return Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

/** Sends a document with ETag and Last-Modified, or a bodiless 304 when the client's copy is current. */
export function sendDocument(req: IncomingMessage, res: ServerResponse, doc: StaticDocument): void {
  const bytes = Buffer.from(doc.body, 'utf8');
  if (doc.validators === false) {
    res.writeHead(200, { 'Content-Type': doc.contentType, 'Content-Length': String(bytes.length), 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : bytes);
    return;
  }
  const etag = strongEtag(doc.body);
  const headers: Record<string, string> = { ETag: etag, 'Cache-Control': 'public, max-age=60' };
  if (doc.lastModified) headers['Last-Modified'] = doc.lastModified.toUTCString();
  if (isNotModified(req, etag, doc.lastModified)) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Type': doc.contentType, 'Content-Length': String(bytes.length) });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}
