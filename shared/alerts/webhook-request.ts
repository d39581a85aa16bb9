import type { Alert, WebhookFormat } from '../schemas/index.js';
import { signatureHeaders } from './sign-webhook.js';
import { webhookBody } from './webhook-body.js';

export const USER_AGENT = 'coop-facts-alerts/0.2';

/**
 * The body and headers of one webhook POST: the body in the webhook's format, the alert id as the
 * Idempotency-Key (a repeated delivery carries the same key, so a receiver can drop it), and the
 * signature headers over that exact body when there is a secret. Signed at `now`, so a retry is
 * signed afresh and stays inside the receiver's replay window.
 */
export function webhookRequest(alert: Alert, format: WebhookFormat, secret: string | null, now: Date = new Date()): { body: string; headers: Record<string, string> } {
  const body = webhookBody(alert, format);
  return {
    body,
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': USER_AGENT,
      'Idempotency-Key': alert.alertId,
      ...(secret === null ? {} : signatureHeaders(secret, body, now)),
    },
  };
}
