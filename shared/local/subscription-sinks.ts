import { join } from 'node:path';
import type { Alert, Subscription } from '../schemas/index.js';
import type { AlertDeliveries, AlertSink, SubscriptionStore } from '../store/ports.js';
import { createSubscriptionRouter } from '../alerts/route-alerts.js';
import { createLocalAlertSink, createWebhookAlertSink, withCircuitBreaker } from './alert-sinks.js';
import { createEmailOutboxSink, createMailbox, type EmailText } from './email-outbox.js';
import type { DigestChannel } from '../alerts/send-digests.js';
import { webhookDigestChannel } from '../alerts/digest-channels.js';
import { emailMessage } from '../alerts/email-message.js';
import type { LocalWebhook } from '../config/webhook-config.js';

/** Where local e-mail goes: one mbox file per subscription under the data folder. */
export const EMAIL_OUTBOX_DIR = 'outbox-email';

/** The e-mail file of a subscription. */
export const emailOutboxPath = (dataDir: string, subscriptionId: string) => join(dataDir, EMAIL_OUTBOX_DIR, `${subscriptionId}.mbox`);

export interface LocalRoutingOptions {
  dataDir: string;
  stores: { subscriptions: SubscriptionStore; deliveries: AlertDeliveries };
  /** ALERT_WEBHOOK_URL (with its secret and format): every alert, unfiltered, as before subscriptions were data. */
  webhook?: LocalWebhook | null;
  /** ALERT_WEBHOOK_SECRET: signs the subscriptions' webhooks too (one secret locally; on AWS one per subscription in SSM). */
  secret?: string | null;
  webhookOptions?: { timeoutMs?: number };
  render?: { email?: (alert: Alert) => EmailText };
}

/** The sink of one subscription's channel, on this machine. */
function localChannel(o: LocalRoutingOptions, s: Subscription): AlertSink {
  if (s.channel.kind === 'email') return createEmailOutboxSink(emailOutboxPath(o.dataDir, s.id), s.channel.address, o.render?.email ?? emailMessage);
  // Signed like the AWS deliver function's POSTs (alerts/webhook-request.ts), JSON or Slack.
  return withCircuitBreaker(createWebhookAlertSink({ url: s.channel.url, format: s.channel.format, secret: o.secret ?? null }, o.webhookOptions));
}

/**
 * The local runtime's alerts: .data/alerts.jsonl and ALERT_WEBHOOK_URL as always, then every stored
 * subscription the alert matches (alerts/route-alerts.ts). Every part is tried even when one fails,
 * and each is idempotent (the file and the e-mail files by alert id, subscriptions by their delivery
 * records), so the retry of a failed alert repeats nothing that went through.
 */
export function createRoutedLocalAlertSink(o: LocalRoutingOptions): AlertSink {
  const channels = new Map<string, AlertSink>();
  const router = createSubscriptionRouter({
    subscriptions: () => o.stores.subscriptions.list(),
    deliveries: o.stores.deliveries,
    channelOf: (s) => channels.get(s.id) ?? channels.set(s.id, localChannel(o, s)).get(s.id)!,
  });
  return tryEvery([createLocalAlertSink(join(o.dataDir, 'alerts.jsonl'), o.webhook, o.webhookOptions), router]);
}

/** Sends to every sink whatever the others do; fails with every error when any failed. */
function tryEvery(sinks: AlertSink[]): AlertSink {
  return {
    async send(alert) {
      const errors: string[] = [];
      for (const s of sinks) await s.send(alert).catch((err: unknown) => { errors.push(err instanceof Error ? err.message : String(err)); });
      if (errors.length > 0) throw new Error(errors.join('; '));
    },
  };
}

/**
 * A subscription's channel for its daily digest, on this machine: e-mail to its mbox file (once per
 * digest id), a webhook POST of `{kind: "digest", day, subject, body, alertIds}` (or a Slack message),
 * signed like every alert POST and carrying the digest id as its Idempotency-Key.
 */
export function localDigestChannel(o: Pick<LocalRoutingOptions, 'dataDir' | 'secret' | 'webhookOptions'>, s: Subscription): DigestChannel {
  if (s.channel.kind === 'email') {
    const mailbox = createMailbox(emailOutboxPath(o.dataDir, s.id), s.channel.address);
    return { async deliver(id, digest) { await mailbox.deliver(id, digest); } };
  }
  return webhookDigestChannel(s.channel.url, s.channel.format, async () => o.secret ?? null, o.webhookOptions);
}
