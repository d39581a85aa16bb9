import type { Subscription } from '../schemas/index.js';

/** How SNS itself delivers a subscription's alerts: the Subscribe call's protocol and endpoint. */
export interface SnsDelivery {
  protocol: 'email' | 'https';
  endpoint: string;
  /** Webhooks get the alert JSON itself as the body (raw), as the local runtime posts it. */
  rawMessageDelivery: boolean;
}

export type SnsDeliveryPlan =
  /** `topic`: the alert topic, or the digest topic (one message a day per subscriber, sent by deliver). */
  | { kind: 'sns'; topic: 'alerts' | 'digests'; delivery: SnsDelivery }
  /** Kept in the table, sent by something other than an SNS subscription (no Subscribe call). */
  | { kind: 'elsewhere'; why: string }
  /** Cannot be delivered on AWS as given: the add is refused. */
  | { kind: 'refused'; why: string };

/**
 * Which subscriptions get an SNS subscription of their own: e-mail only (SNS sends the plain-words
 * text the sink publishes for e-mail), on the alert topic, or for a digest on the digest topic, where
 * the deliver function publishes each subscriber's digest once a day. Webhooks are signed and POSTed
 * by the deliver function, which reads them from the table.
 */
export function snsDeliveryOf(s: Pick<Subscription, 'channel' | 'digest'>): SnsDeliveryPlan {
  if (s.channel.kind === 'webhook' && !s.channel.url.startsWith('https://')) {
    return { kind: 'refused', why: `SNS delivers webhooks over https:// only, not ${s.channel.url}` };
  }
  if (s.channel.kind === 'email') return { kind: 'sns', topic: s.digest ? 'digests' : 'alerts', delivery: { protocol: 'email', endpoint: s.channel.address, rawMessageDelivery: false } };
  if (s.digest) return { kind: 'elsewhere', why: 'the deliver function POSTs its digest once a day, signed, with the secret in SSM at /coop-facts/<stage>/webhooks/<id>' };
  // SNS cannot sign a POST with the subscriber's secret: the deliver Lambda (functions/deliver) reads
  // webhook subscriptions from the table, signs each alert and POSTs it (JSON or Slack).
  return { kind: 'elsewhere', why: 'the deliver function signs and POSTs it, with the secret in SSM at /coop-facts/<stage>/webhooks/<id>' };
}
