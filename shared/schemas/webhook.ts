import * as z from 'zod';

/** What a webhook receives: the alert as JSON (the default) or a Slack incoming-webhook message. */
export const WebhookFormatSchema = z.enum(['json', 'slack']);
export type WebhookFormat = z.infer<typeof WebhookFormatSchema>;

/**
 * One webhook an alert is delivered to on AWS (functions/deliver): where, in which format, and the
 * SSM parameter (a SecureString) that holds its signing secret. The secret itself never travels in
 * config, events or logs.
 * @example { "id": "desk-1", "url": "https://hooks.example.org/coop", "format": "json", "secretParameter": "/coop-facts/prod/webhooks/desk-1" }
 */
export const WebhookTargetSchema = z.object({
  /** Names the webhook in logs and on dead letters (message attribute `webhook`), so a redrive goes back to it alone. */
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, _ or -'),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  format: WebhookFormatSchema.default('json'),
  /** An SSM parameter name: "/coop-facts/<stage>/webhooks/<id>" by convention (config/webhook-secret-name.ts). */
  secretParameter: z.string().regex(/^\/[A-Za-z0-9_.\-/]{1,1010}$/, 'must be an SSM parameter name starting with /'),
});
export type WebhookTarget = z.infer<typeof WebhookTargetSchema>;
