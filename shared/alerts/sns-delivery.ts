import type { Subscription } from '../schemas/index.js';

/** How SNS itself delivers a subscription's alerts: the Subscribe call's protocol and endpoint. */
export interface SnsDelivery {
  protocol: 'email' | 'https';
  endpoint: string;
  /** Webhooks get the alert JSON itself as the body (raw), as the local runtime posts it. */
  rawMessageDelivery: boolean;
}

export type SnsDeliveryPlan =
  | { kind: 'sns'; delivery: SnsDelivery }
  /** Kept in the table, sent by something other than an SNS subscription (no Subscribe call). */
  | { kind: 'elsewhere'; why: string }
  /** Cannot be delivered on AWS as given: the add is refused. */
  | { kind: 'refused'; why: string };

/**
 * Which subscriptions get an SNS subscription of their own: e-mail only (SNS sends the plain-words
 * text the sink publishes for e-mail). Webhooks are signed and POSTed by the deliver function, which
 * reads them from the table; a digest (one message a day) is built from the stored alerts.
 */
export function snsDeliveryOf(s: Pick<Subscription, 'channel' | 'digest'>): SnsDeliveryPlan {
  if (s.channel.kind === 'webhook' && !s.channel.url.startsWith('https://')) {
    return { kind: 'refused', why: `SNS delivers webhooks over https:// only, not ${s.channel.url}` };
  }
  if (s.digest) return { kind: 'elsewhere', why: 'a digest is one message a day, built from the stored alerts, not an SNS delivery' };
  if (s.channel.kind === 'email') return { kind: 'sns', delivery: { protocol: 'email', endpoint: s.channel.address, rawMessageDelivery: false } };
  // SNS cannot sign a POST with the subscriber's secret: the deliver Lambda (functions/deliver) reads
  // webhook subscriptions from the table, signs each alert and POSTs it (JSON or Slack).
  return { kind: 'elsewhere', why: 'the deliver function signs and POSTs it, with the secret in SSM at /coop-facts/<stage>/webhooks/<id>' };
}
