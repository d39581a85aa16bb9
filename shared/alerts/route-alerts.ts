import type { Alert, Subscription } from '../schemas/index.js';
import type { AlertDeliveries, AlertSink } from '../store/ports.js';
import { matchesSubscription } from './match-subscription.js';

export interface RouterDeps {
  /** The subscriptions to route to (read once per router: a run sees the subscriptions of its start). */
  subscriptions: () => Promise<Subscription[]>;
  deliveries: AlertDeliveries;
  /** The sink of a subscription's channel (the caller keeps one per subscription, with its circuit breaker). */
  channelOf: (subscription: Subscription) => AlertSink;
  now?: () => Date;
}

/** An alert that did not reach every subscription it matches; the outbox tries it again later. */
export class AlertRoutingError extends Error {
  override readonly name = 'AlertRoutingError';
}

/**
 * The local stand-in for SNS's fan-out: sends each alert to every subscription it matches (the same
 * rule as their SNS filter policies), except digest subscriptions, which get the day's deals at once.
 * Exactly once per alert and subscription: a delivery is recorded as soon as the channel accepts it,
 * and a retry of the alert (because another subscription failed) skips the subscriptions it reached.
 * A crash between a channel's answer and the record repeats that one delivery; the alert id travels
 * with it (the webhook's Idempotency-Key, the e-mail's X-Alert-Id) so the receiver can drop it.
 */
export function createSubscriptionRouter(deps: RouterDeps): AlertSink {
  const now = deps.now ?? (() => new Date());
  let loaded: Promise<Subscription[]> | null = null;
  return {
    async send(alert: Alert) {
      // A failed read is not kept: the next alert reads again.
      const all = await (loaded ??= deps.subscriptions().catch((err: unknown) => { loaded = null; throw err; }));
      const matching = all.filter((s) => !s.digest && matchesSubscription(s, alert));
      if (matching.length === 0) return;
      const done = await deps.deliveries.deliveredTo(alert.alertId);
      const failed: string[] = [];
      for (const s of matching) {
        if (done.has(s.id)) continue;
        try {
          await deps.channelOf(s).send(alert);
          await deps.deliveries.record(alert.alertId, s.id, now().toISOString());
        } catch (err) {
          failed.push(`${s.id}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      if (failed.length > 0) {
        throw new AlertRoutingError(`not delivered to ${failed.length} of ${matching.length} subscriptions (${failed.join('; ')})`);
      }
    },
  };
}
