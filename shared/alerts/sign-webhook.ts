import { createHmac } from 'node:crypto';

/**
 * The webhook signature scheme (README, "Webhook signatures"): HMAC-SHA256, keyed with the
 * subscriber's secret, over `${timestamp}.${body}`, where the timestamp is unix seconds and the body
 * the exact bytes POSTed. Signing the timestamp with the body lets a receiver refuse an old request
 * replayed with its valid signature.
 */
export const TIMESTAMP_HEADER = 'X-Coop-Timestamp';
export const SIGNATURE_HEADER = 'X-Coop-Signature';
/** The scheme's version: a later scheme gets `v2=` and receivers can accept both while it rolls out. */
export const SIGNATURE_VERSION = 'v1';

/** The hex HMAC-SHA256 of `${timestamp}.${body}` under `secret`. */
export function signatureOf(secret: string, timestamp: number, body: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`, 'utf8').update(body).digest('hex');
}

/** The two headers that sign `body` at `now`: `X-Coop-Timestamp: 1767225600`, `X-Coop-Signature: v1=<hex>`. */
export function signatureHeaders(secret: string, body: string, now: Date = new Date()): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: `${SIGNATURE_VERSION}=${signatureOf(secret, timestamp, body)}`,
  };
}
