import type { Alert, Subscription } from '../schemas/index.js';
import type { AlertDeliveries, AlertOutbox, SubscriptionStore } from '../store/ports.js';
import { dailyDigest } from './daily-digest.js';
import type { EmailMessage } from './email-message.js';
import { matchesSubscription } from './match-subscription.js';

/** How one subscription's channel takes a digest: `id` is the same on a retry, so a receiver can drop a repeat. */
export interface DigestChannel {
  deliver(id: string, digest: EmailMessage, alerts: readonly Alert[], day: string): Promise<void>;
}

export interface DigestReport {
  /** Subscriptions sent their digest now. */
  sent: string[];
  /** Subscriptions with no alert that day, or sent their digest before. */
  skipped: string[];
  failed: Array<{ id: string; error: string }>;
}

/** The delivery record of a day's digests: one per subscription, like an alert's (store/ports.ts AlertDeliveries). */
export const digestKey = (day: string) => `DIGEST-${day}`;

/**
 * Sends each digest subscription the day's alerts it asked for, in one message (daily-digest.ts): the
 * alerts sent that UTC day, filtered by the same matcher as per-alert delivery. Once per subscription
 * and day: each digest is recorded as delivered when its channel took it, so a re-run sends only
 * the ones that failed or were not due before. A failing channel fails its digest only.
 */
export async function sendDigests(day: string, deps: {
  subscriptions: Pick<SubscriptionStore, 'list'>;
  outbox: Pick<AlertOutbox, 'sentOn'>;
  deliveries: AlertDeliveries;
  channelOf: (subscription: Subscription) => DigestChannel;
  at: string;
}): Promise<DigestReport> {
  const report: DigestReport = { sent: [], skipped: [], failed: [] };
  const digestSubscriptions = (await deps.subscriptions.list()).filter((s) => s.digest);
  if (digestSubscriptions.length === 0) return report;
  const alerts = (await deps.outbox.sentOn(day)).map((e) => e.alert);
  const done = await deps.deliveries.deliveredTo(digestKey(day));
  for (const s of digestSubscriptions) {
    const digest = dailyDigest(alerts.filter((a) => matchesSubscription(s, a)), day);
    if (!digest || done.has(s.id)) {
      report.skipped.push(s.id);
      continue;
    }
    try {
      await deps.channelOf(s).deliver(`${digestKey(day)}-${s.id}`, digest, alerts.filter((a) => matchesSubscription(s, a)), day);
      await deps.deliveries.record(digestKey(day), s.id, deps.at);
      report.sent.push(s.id);
    } catch (err) {
      report.failed.push({ id: s.id, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return report;
}
