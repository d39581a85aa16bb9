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
 * Which subscriptions get an SNS subscription of their own. SNS sends e-mail, and POSTs the alert
 * JSON to an https:// webhook. A digest (one message a day) and a Slack-format webhook need their
 * message built first, which SNS cannot do: they are stored for the function that builds them.
 */
export function snsDeliveryOf(s: Pick<Subscription, 'channel' | 'digest'>): SnsDeliveryPlan {
  if (s.channel.kind === 'webhook' && !s.channel.url.startsWith('https://')) {
    return { kind: 'refused', why: `SNS delivers webhooks over https:// only, not ${s.channel.url}` };
  }
  if (s.digest) return { kind: 'elsewhere', why: 'a digest is one message a day, built from the stored alerts, not an SNS delivery' };
  if (s.channel.kind === 'email') return { kind: 'sns', delivery: { protocol: 'email', endpoint: s.channel.address, rawMessageDelivery: false } };
  if (s.channel.format === 'slack') return { kind: 'elsewhere', why: 'a Slack message is built from the alert, which SNS cannot do' };
  return { kind: 'sns', delivery: { protocol: 'https', endpoint: s.channel.url, rawMessageDelivery: true } };
}
