import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { signatureHeaders } from '../../../shared/alerts/sign-webhook.js';
import { verifySignature } from '../../../shared/alerts/verify-signature.js';

const SECRET = 'whsec-0123456789abcdef';
const AT = new Date('2026-11-20T06:00:00Z');
const BODY = '{"alertId":"x","amountUsd":150000000}';
const signed = (secret = SECRET, at = AT, body = BODY) => signatureHeaders(secret, body, at);

describe('signatureHeaders', () => {
  it('gives unix seconds and v1= the hex HMAC-SHA256 of "timestamp.body"', () => {
    expect(signed()).toEqual({
      'X-Coop-Timestamp': '1795154400',
      'X-Coop-Signature': `v1=${createHmac('sha256', SECRET).update(`1795154400.${BODY}`).digest('hex')}`,
    });
  });
});

describe('verifySignature', () => {
  it.each([
    ['the same second', 0],
    ['five minutes later', 300],
    ['five minutes earlier (a receiver clock behind ours)', -300],
  ])('accepts a request checked %s', (_, seconds) => {
    expect(verifySignature({ body: BODY, headers: signed(), secret: SECRET, now: new Date(AT.getTime() + seconds * 1000) }))
      .toEqual({ ok: true, timestamp: 1795154400 });
  });

  it.each([
    ['a replay after the window', { now: new Date(AT.getTime() + 301_000) }, 'X-Coop-Timestamp 1795154400 is 301 s from now, outside the 300 s window'],
    ['a timestamp from the future', { now: new Date(AT.getTime() - 301_000) }, 'X-Coop-Timestamp 1795154400 is -301 s from now, outside the 300 s window'],
    ['a narrower window', { now: new Date(AT.getTime() + 61_000), toleranceSeconds: 60 }, 'X-Coop-Timestamp 1795154400 is 61 s from now, outside the 60 s window'],
    ['another secret', { secret: 'whsec-not-the-right-one' }, 'no signature matches the body'],
    ['a changed body', { body: BODY.replace('150', '950') }, 'no signature matches the body'],
    ['a body with one more space', { body: `${BODY} ` }, 'no signature matches the body'],
  ])('refuses %s', (_, over, reason) => {
    expect(verifySignature({ body: BODY, headers: signed(), secret: SECRET, now: AT, ...over })).toEqual({ ok: false, reason });
  });

  it.each([
    ['no timestamp', { 'X-Coop-Signature': 'v1=00' }, 'no X-Coop-Timestamp header'],
    ['no signature', { 'X-Coop-Timestamp': '1795154400' }, 'no X-Coop-Signature header'],
    ['a date as the timestamp', { 'X-Coop-Timestamp': '2026-11-20T06:00:00Z', 'X-Coop-Signature': 'v1=00' }, 'X-Coop-Timestamp is not unix seconds: "2026-11-20T06:00:00Z"'],
    ['only another scheme', { 'X-Coop-Timestamp': '1795154400', 'X-Coop-Signature': 'v0=abc' }, 'X-Coop-Signature has no v1= signature'],
    ['a short signature', { 'X-Coop-Timestamp': '1795154400', 'X-Coop-Signature': 'v1=abc' }, 'no signature matches the body'],
  ])('refuses a request with %s', (_, headers, reason) => {
    expect(verifySignature({ body: BODY, headers, secret: SECRET, now: AT })).toEqual({ ok: false, reason });
  });

  it('reads headers in any case, a Buffer body, several v1 signatures, and any of several secrets (rotation)', () => {
    const h = signed();
    const lower = { 'x-coop-timestamp': h['X-Coop-Timestamp'], 'x-coop-signature': `v1=${'0'.repeat(64)}, ${h['X-Coop-Signature']}` };
    expect(verifySignature({ body: Buffer.from(BODY), headers: lower, secret: ['whsec-new-secret-000000', SECRET], now: AT }).ok).toBe(true);
  });
});
