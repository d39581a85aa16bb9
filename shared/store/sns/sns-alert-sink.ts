import { PublishCommand, type MessageAttributeValue, type SNSClient } from '@aws-sdk/client-sns';
import { AlertSchema, type Alert } from '../../schemas/index.js';
import type { AlertSink } from '../ports.js';
import { alertAttributesOf } from '../../alerts/alert-attributes.js';
import { emailMessage, type EmailMessage } from '../../alerts/email-message.js';

/**
 * The longest Subject we send: the Publish API reference says "less than 100 characters long" (and
 * no line breaks or control characters), so 99 stays inside it however the limit is counted.
 */
export const SNS_SUBJECT_MAX = 99;

/** Kept here too: the SNS adapter is where callers looked for it. */
export { SNS_NUMBER_MAX } from '../../alerts/sns-limits.js';

/** Publishing an alert failed; the notify pipeline releases its ledger claim so a retry sends it. */
export class AlertPublishError extends Error {
  override readonly name = 'AlertPublishError';
}

/** The e-mail subject on one line, cut at a word to the SNS limit with an ellipsis (the body keeps it whole). */
export function snsSubject(subject: string): string {
  const line = subject.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').replace(/\s{2,}/g, ' ').trim();
  if (line.length <= SNS_SUBJECT_MAX) return line;
  const head = line.slice(0, SNS_SUBJECT_MAX);
  const word = head.slice(0, head.lastIndexOf(' ')).replace(/[\s,;:(-]+$/, '');
  return `${word || head.slice(0, SNS_SUBJECT_MAX - 1)}…`;
}

/**
 * The message for MessageStructure 'json': e-mail subscribers get the alert in plain words
 * (`email`), every other protocol the alert JSON (`default`: HTTPS, SQS and Lambda subscribers, the
 * webhook deliveries queue among them, parse it as AlertSchema).
 */
export function messageOf(alert: Alert, email: EmailMessage): string {
  return JSON.stringify({ default: JSON.stringify(alert), email: email.body });
}

/**
 * The attributes subscription filter policies match on (alerts/alert-attributes.ts: type, kind,
 * countries, country_pairs, organizations, and sector, status and amount_usd when known).
 */
export function attributesOf(alert: Alert): Record<string, MessageAttributeValue> {
  return alertAttributesOf(alert);
}

/**
 * The AlertSink over SNS: one publish per alert, with filterable attributes; the alert JSON for
 * machines and its plain-words e-mail (alerts/email-message.ts) for people, in one message.
 */
export function createSnsAlertSink({ client, topicArn }: { client: SNSClient; topicArn: string }): AlertSink {
  return {
    async send(input: Alert) {
      const alert = AlertSchema.parse(input);
      const email = emailMessage(alert);
      try {
        await client.send(new PublishCommand({
          TopicArn: topicArn,
          Subject: snsSubject(email.subject),
          Message: messageOf(alert, email),
          MessageStructure: 'json',
          MessageAttributes: attributesOf(alert),
        }));
      } catch (err) {
        throw new AlertPublishError(`alert for fact ${alert.factId} not published to ${topicArn}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      }
    },
  };
}
