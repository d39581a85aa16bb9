import { timingSafeEqual } from 'node:crypto';
import { SIGNATURE_HEADER, SIGNATURE_VERSION, TIMESTAMP_HEADER, signatureOf } from './sign-webhook.js';

/** A request older (or further in the future) than this is refused: a replay, or a clock far off. */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

export type Verdict = { ok: true; timestamp: number } | { ok: false; reason: string };

export interface VerifyInput {
  /** The raw body as received, before any JSON parsing (re-serialising changes the bytes). */
  body: string | Buffer;
  /** The request headers; names in any case (node:http gives them lower-cased). */
  headers: Record<string, string | string[] | undefined>;
  /** The shared secret; several while a secret is being rotated (any one may have signed). */
  secret: string | readonly string[];
  /** @default 300 (five minutes) */
  toleranceSeconds?: number;
  /** @default the current time */
  now?: Date;
}

function header(headers: VerifyInput['headers'], name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() === wanted) return Array.isArray(v) ? v[0] : v;
  }
  return undefined;
}

/**
 * For receivers: checks that a webhook request was signed by us, recently. The timestamp must be
 * within the tolerance of `now` (a replayed request is refused), and one of the `v1=` signatures
 * must equal the HMAC of `${timestamp}.${body}` under one of the secrets, compared in constant
 * time so the comparison leaks nothing about how much of a forged signature was right.
 */
export function verifySignature(input: VerifyInput): Verdict {
  const tolerance = input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const rawTimestamp = header(input.headers, TIMESTAMP_HEADER);
  const rawSignature = header(input.headers, SIGNATURE_HEADER);
  if (rawTimestamp === undefined) return { ok: false, reason: `no ${TIMESTAMP_HEADER} header` };
  if (rawSignature === undefined) return { ok: false, reason: `no ${SIGNATURE_HEADER} header` };
  if (!/^\d{1,12}$/.test(rawTimestamp)) return { ok: false, reason: `${TIMESTAMP_HEADER} is not unix seconds: "${rawTimestamp}"` };
  const timestamp = Number(rawTimestamp);
  const now = Math.floor((input.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - timestamp) > tolerance) {
    return { ok: false, reason: `${TIMESTAMP_HEADER} ${timestamp} is ${now - timestamp} s from now, outside the ${tolerance} s window` };
  }
  const offered = rawSignature.split(',').map((s) => s.trim())
    .filter((s) => s.startsWith(`${SIGNATURE_VERSION}=`))
    .map((s) => Buffer.from(s.slice(SIGNATURE_VERSION.length + 1), 'utf8'));
  if (offered.length === 0) return { ok: false, reason: `${SIGNATURE_HEADER} has no ${SIGNATURE_VERSION}= signature` };
  const secrets = typeof input.secret === 'string' ? [input.secret] : input.secret;
  for (const secret of secrets) {
    const expected = Buffer.from(signatureOf(secret, timestamp, input.body), 'utf8');
    // timingSafeEqual needs equal lengths; a length mismatch says only that it is not a hex SHA-256.
    if (offered.some((o) => o.length === expected.length && timingSafeEqual(o, expected))) return { ok: true, timestamp };
  }
  return { ok: false, reason: 'no signature matches the body' };
}
