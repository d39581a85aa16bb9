import type { Alert, WebhookFormat } from '../schemas/index.js';
import type { EmailMessage } from './email-message.js';
import type { DigestChannel } from './send-digests.js';
import { postWebhook } from './post-webhook.js';
import { signatureHeaders } from './sign-webhook.js';
import { slackEscape } from './slack-message.js';
import { USER_AGENT } from './webhook-request.js';

/**
 * The body and headers of a digest POST: `{kind: "digest", day, subject, body, alertIds}` (Slack: one
 * message), the digest id as the Idempotency-Key, signed like every alert POST when there is a secret.
 */
export function digestRequest(id: string, digest: EmailMessage, alerts: readonly Alert[], day: string, format: WebhookFormat, secret: string | null, now: Date = new Date()): { body: string; headers: Record<string, string> } {
  const payload = format === 'slack'
    ? { text: `*${slackEscape(digest.subject)}*\n${slackEscape(digest.body)}` }
    : { kind: 'digest', day, subject: digest.subject, body: digest.body, alertIds: alerts.map((a) => a.alertId) };
  const body = JSON.stringify(payload);
  return {
    body,
    headers: { 'Content-Type': 'application/json', 'User-Agent': USER_AGENT, 'Idempotency-Key': id, ...(secret === null ? {} : signatureHeaders(secret, body, now)) },
  };
}

/** A webhook's digest channel: signed with the secret `secret()` gives, POSTed once (the next daily run retries a failure). */
export function webhookDigestChannel(url: string, format: WebhookFormat, secret: () => Promise<string | null>, options: { timeoutMs?: number; post?: typeof postWebhook } = {}): DigestChannel {
  return {
    async deliver(id, digest, alerts, day) {
      const { body, headers } = digestRequest(id, digest, alerts, day, format, await secret());
      await (options.post ?? postWebhook)(url, body, headers, { timeoutMs: options.timeoutMs });
    },
  };
}
