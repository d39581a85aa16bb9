import { SubscribeCommand, UnsubscribeCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { Subscription } from '../../schemas/index.js';
import type { SubscriptionTopic } from '../ports.js';
import { filterPolicyOf } from '../../alerts/filter-policy.js';
import { snsDeliveryOf } from '../../alerts/sns-delivery.js';

/** A Subscribe or Unsubscribe call failed; the message names the subscription and the topic. */
export class SubscriptionTopicError extends Error {
  override readonly name = 'SubscriptionTopicError';
}

/** The Subscribe input of a subscription: its channel, and its filter policy on the message attributes. */
export function subscribeInput(topics: SubscriptionTopicArns, s: Subscription) {
  const plan = snsDeliveryOf(s);
  if (plan.kind !== 'sns') throw new SubscriptionTopicError(`subscription ${s.id} gets no SNS subscription: ${plan.why}`);
  const topicArn = plan.topic === 'digests' ? topics.digestTopicArn : topics.topicArn;
  if (!topicArn) throw new SubscriptionTopicError(`subscription ${s.id} is a digest: it needs the digest topic (the stack output DigestTopicArn)`);
  const policy = filterPolicyOf(s);
  return {
    TopicArn: topicArn,
    Protocol: plan.delivery.protocol,
    Endpoint: plan.delivery.endpoint,
    Attributes: {
      ...(policy ? { FilterPolicy: JSON.stringify(policy), FilterPolicyScope: 'MessageAttributes' } : {}),
      ...(plan.delivery.rawMessageDelivery ? { RawMessageDelivery: 'true' } : {}),
    },
    // The ARN even while an e-mail or webhook subscription waits for confirmation, so remove can unsubscribe it.
    ReturnSubscriptionArn: true,
  };
}

/** The alert topic, and the digest topic for digest subscribers (absent: digest e-mails cannot be added). */
export interface SubscriptionTopicArns {
  topicArn: string;
  digestTopicArn?: string | null;
}

/** The alert topic's subscriptions on SNS, one per subscription SNS delivers (alerts/sns-delivery.ts). */
export function createSnsSubscriptionTopic({ client, topicArn, digestTopicArn = null }: { client: SNSClient } & SubscriptionTopicArns): SubscriptionTopic {
  const fail = (what: string, err: unknown): never => {
    throw new SubscriptionTopicError(`${what} on ${topicArn}: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`, { cause: err });
  };
  return {
    async subscribe(s) {
      const out = await client.send(new SubscribeCommand(subscribeInput({ topicArn, digestTopicArn }, s))).catch((err: unknown) => fail(`subscribing ${s.id}`, err));
      if (!out.SubscriptionArn) throw new SubscriptionTopicError(`subscribing ${s.id} on ${topicArn}: SNS returned no subscription ARN`);
      return out.SubscriptionArn;
    },
    async unsubscribe(arn) {
      try {
        await client.send(new UnsubscribeCommand({ SubscriptionArn: arn }));
      } catch (err) {
        // Already gone (unsubscribed by hand, or an unconfirmed one SNS dropped): nothing left to do.
        if (err instanceof Error && err.name === 'NotFoundException') return;
        fail(`unsubscribing ${arn}`, err);
      }
    },
  };
}
