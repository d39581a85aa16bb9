import * as z from 'zod';
import { WebhookFormatSchema, type WebhookFormat } from '../schemas/index.js';
import { ALERT_WEBHOOK_FORMAT, ALERT_WEBHOOK_SECRET, ALERT_WEBHOOK_UNSIGNED, ALERT_WEBHOOK_URL } from './env-names.js';

/**
 * A secret this short could be found offline from one captured request (try every secret until the
 * HMAC matches); 16 random characters are out of reach. `openssl rand -hex 32` gives 64.
 */
export const MIN_SECRET_LENGTH = 16;

/** The local runtime's webhook: where, in which format, and the secret that signs (null: sent unsigned, by choice). */
export interface LocalWebhook {
  url: string;
  format: WebhookFormat;
  secret: string | null;
}

/** Webhook settings that cannot work; the message says what to set. */
export class WebhookConfigError extends Error {
  override readonly name = 'WebhookConfigError';
}

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const EnvSchema = z.object({
  [ALERT_WEBHOOK_URL]: z.preprocess(blank, z.url({ protocol: /^https?$/, error: `${ALERT_WEBHOOK_URL} must be an http(s) URL` }).optional()),
  [ALERT_WEBHOOK_SECRET]: z.preprocess(blank, z.string().min(MIN_SECRET_LENGTH, `${ALERT_WEBHOOK_SECRET} must be at least ${MIN_SECRET_LENGTH} characters (openssl rand -hex 32 makes one)`).optional()),
  [ALERT_WEBHOOK_FORMAT]: z.preprocess((v) => (blank(v) === undefined ? 'json' : String(v).trim().toLowerCase()),
    z.enum(WebhookFormatSchema.options, { error: `${ALERT_WEBHOOK_FORMAT} must be json or slack` })),
  [ALERT_WEBHOOK_UNSIGNED]: z.preprocess(blank, z.enum(['0', '1'], { error: `${ALERT_WEBHOOK_UNSIGNED} must be 1 or 0` }).optional()),
});

/**
 * The local webhook the environment asks for, or null without ALERT_WEBHOOK_URL. Every POST is
 * signed with ALERT_WEBHOOK_SECRET; without one the runtime refuses to start rather than send
 * alerts a receiver cannot tell from forgeries, unless ALERT_WEBHOOK_UNSIGNED=1 says unsigned is
 * meant (a receiver that does not verify, such as a Slack incoming webhook).
 * @example localWebhookConfig({ ALERT_WEBHOOK_URL: 'https://hooks.example.org/coop', ALERT_WEBHOOK_SECRET: 'f3a9…' })
 */
export function localWebhookConfig(env: NodeJS.ProcessEnv = process.env): LocalWebhook | null {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const messages = parsed.error.issues.map((i) => (i.message.startsWith('ALERT_') ? i.message : `${String(i.path[0])}: ${i.message}`));
    throw new WebhookConfigError(`Invalid webhook settings: ${messages.join('; ')}`);
  }
  const e = parsed.data;
  const url = e[ALERT_WEBHOOK_URL];
  if (url === undefined) return null;
  const secret = e[ALERT_WEBHOOK_SECRET] ?? null;
  if (secret === null && e[ALERT_WEBHOOK_UNSIGNED] !== '1') {
    throw new WebhookConfigError(`${ALERT_WEBHOOK_URL} is set but ${ALERT_WEBHOOK_SECRET} is not: set it to the secret the receiver verifies with (at least ${MIN_SECRET_LENGTH} characters), or ${ALERT_WEBHOOK_UNSIGNED}=1 to send unsigned`);
  }
  return { url, format: e[ALERT_WEBHOOK_FORMAT], secret };
}
