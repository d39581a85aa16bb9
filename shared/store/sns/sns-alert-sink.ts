import { PublishCommand, type MessageAttributeValue, type SNSClient } from '@aws-sdk/client-sns';
import { AlertSchema, type Alert } from '../../schemas/index.js';
import type { AlertSink } from '../ports.js';
import { alertAttributesOf } from '../../alerts/alert-attributes.js';

/** SNS caps a Subject at 100 characters (and refuses line breaks in it). */
export const SNS_SUBJECT_MAX = 100;

/** Kept here too: the SNS adapter is where callers looked for it. */
export { SNS_NUMBER_MAX } from '../../alerts/sns-limits.js';

/** Publishing an alert failed; the notify pipeline releases its ledger claim so a retry sends it. */
export class AlertPublishError extends Error {
  override readonly name = 'AlertPublishError';
}

/** "Agreement: Uzbekistan and Korea sign…" on one line, cut to the SNS limit with an ellipsis. */
export function subjectOf(alert: Alert): string {
  const type = alert.type.charAt(0).toUpperCase() + alert.type.slice(1);
  const title = (alert.title || alert.evidence).replace(/[\r\n\t]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
  const full = title ? `${type}: ${title}` : type;
  return full.length <= SNS_SUBJECT_MAX ? full : `${full.slice(0, SNS_SUBJECT_MAX - 1).trimEnd()}…`;
}

/**
 * The attributes subscription filter policies match on (alerts/alert-attributes.ts: type, kind,
 * countries, country_pairs, organizations, and sector, status and amount_usd when known).
 */
export function attributesOf(alert: Alert): Record<string, MessageAttributeValue> {
  return alertAttributesOf(alert);
}

/** The AlertSink over SNS: the alert (AlertSchema) as the JSON message, with filterable attributes. */
export function createSnsAlertSink({ client, topicArn }: { client: SNSClient; topicArn: string }): AlertSink {
  return {
    async send(input: Alert) {
      const alert = AlertSchema.parse(input);
      try {
        await client.send(new PublishCommand({
          TopicArn: topicArn,
          Subject: subjectOf(alert),
          Message: JSON.stringify(alert),
          MessageAttributes: attributesOf(alert),
        }));
      } catch (err) {
        throw new AlertPublishError(`alert for fact ${alert.factId} not published to ${topicArn}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      }
    },
  };
}
