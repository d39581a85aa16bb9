import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import { DIGEST_FOR_ATTRIBUTE } from '../../alerts/alert-attributes.js';
import type { DigestChannel } from '../../alerts/send-digests.js';
import { snsSubject } from './sns-alert-sink.js';

/**
 * An e-mail subscriber's digest on AWS: published to the digest topic with the subscriber's id as the
 * `digest_for` attribute, which its SNS subscription's filter policy asks for (alerts/filter-policy.ts),
 * so each subscriber receives its own digest only. The text is the digest in plain words.
 */
export function snsDigestChannel({ client, topicArn }: { client: SNSClient; topicArn: string }, subscriptionId: string): DigestChannel {
  return {
    async deliver(id, digest) {
      await client.send(new PublishCommand({
        TopicArn: topicArn,
        Subject: snsSubject(digest.subject),
        Message: digest.body,
        MessageAttributes: {
          [DIGEST_FOR_ATTRIBUTE]: { DataType: 'String', StringValue: subscriptionId },
          digest_id: { DataType: 'String', StringValue: id },
        },
      }));
    },
  };
}
