import { localWebhookConfig, WebhookConfigError, type LocalWebhook } from '../../config/webhook-config.js';

/**
 * The webhook of ALERT_WEBHOOK_URL, ALERT_WEBHOOK_SECRET, ALERT_WEBHOOK_FORMAT and
 * ALERT_WEBHOOK_UNSIGNED, checked (shared/config/webhook-config.ts); null when no URL is set.
 * Exits 2 with the reason when they cannot work (a URL without a secret, unless unsigned is allowed).
 */
export function webhookFromEnv(env: NodeJS.ProcessEnv = process.env): LocalWebhook | null {
  try {
    return localWebhookConfig(env);
  } catch (err) {
    if (!(err instanceof WebhookConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
}
