import type { Alert, WebhookFormat } from '../schemas/index.js';
import { slackMessage } from './slack-message.js';

/**
 * The body POSTed to a webhook: the alert itself as JSON (`json`, the default), or a message a
 * Slack incoming webhook accepts (`slack`). Either way it is the exact string that is signed.
 */
export function webhookBody(alert: Alert, format: WebhookFormat): string {
  return JSON.stringify(format === 'slack' ? slackMessage(alert) : alert);
}
