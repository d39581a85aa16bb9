import { join } from 'node:path';
import type { Alert, Subscription } from '../schemas/index.js';
import type { AlertDeliveries, AlertSink, SubscriptionStore } from '../store/ports.js';
import { createSubscriptionRouter } from '../alerts/route-alerts.js';
import { createLocalAlertSink, createWebhookAlertSink, withCircuitBreaker } from './alert-sinks.js';
import { createEmailOutboxSink, plainEmailText, type EmailText } from './email-outbox.js';
import { subjectOf } from '../store/sns/sns-alert-sink.js';

/** Where local e-mail goes: one mbox file per subscription under the data folder. */
export const EMAIL_OUTBOX_DIR = 'outbox-email';

/** The e-mail file of a subscription. */
export const emailOutboxPath = (dataDir: string, subscriptionId: string) => join(dataDir, EMAIL_OUTBOX_DIR, `${subscriptionId}.mbox`);

/** A Slack incoming-webhook message: the subject and the link (a plain default until a richer one is passed in). */
export function plainSlackPayload(alert: Alert): unknown {
  return { text: `${subjectOf(alert)}\n${alert.link}` };
}

export interface LocalRoutingOptions {
  dataDir: string;
  stores: { subscriptions: SubscriptionStore; deliveries: AlertDeliveries };
  /** ALERT_WEBHOOK_URL: every alert, unfiltered, as before subscriptions were data. */
  webhookUrl?: string | null;
  webhook?: { timeoutMs?: number };
  render?: { email?: (alert: Alert) => EmailText; slack?: (alert: Alert) => unknown };
}

/** The sink of one subscription's channel, on this machine. */
function localChannel(o: LocalRoutingOptions, s: Subscription): AlertSink {
  if (s.channel.kind === 'email') return createEmailOutboxSink(emailOutboxPath(o.dataDir, s.id), s.channel.address, o.render?.email ?? plainEmailText);
  const body = s.channel.format === 'slack' ? (o.render?.slack ?? plainSlackPayload) : undefined;
  return withCircuitBreaker(createWebhookAlertSink(s.channel.url, { ...o.webhook, body }));
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
  return tryEvery([createLocalAlertSink(join(o.dataDir, 'alerts.jsonl'), o.webhookUrl, o.webhook), router]);
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
