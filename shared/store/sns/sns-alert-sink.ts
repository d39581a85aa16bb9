import { PublishCommand, type MessageAttributeValue, type SNSClient } from '@aws-sdk/client-sns';
import { AlertSchema, type Alert } from '../../schemas/index.js';
import type { AlertSink } from '../ports.js';
import { emailMessage, type EmailMessage } from '../../alerts/email-message.js';

/**
 * The longest Subject we send: the Publish API reference says "less than 100 characters long" (and
 * no line breaks or control characters), so 99 stays inside it however the limit is counted.
 */
export const SNS_SUBJECT_MAX = 99;

/**
 * SNS numeric filter matching only covers -1e9..1e9 (SNS filter policy constraints), and deals of
 * several billion dollars are common: the attribute is clamped, so "amount_usd >= 1e9" still
 * matches them. The exact figure is in the message body.
 */
export const SNS_NUMBER_MAX = 1_000_000_000;

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
 * The attributes subscription filter policies match on: type, countries (String.Array), and sector,
 * status and amount_usd when known. An absent attribute never matches a filter on it, which is
 * what a subscriber asking for "amount_usd >= 100M" wants for a fact without an amount.
 */
export function attributesOf(alert: Alert): Record<string, MessageAttributeValue> {
  const attrs: Record<string, MessageAttributeValue> = {
    type: { DataType: 'String', StringValue: alert.type },
    countries: { DataType: 'String.Array', StringValue: JSON.stringify(alert.countries) },
  };
  if (alert.sector) attrs.sector = { DataType: 'String', StringValue: alert.sector };
  if (alert.status) attrs.status = { DataType: 'String', StringValue: alert.status };
  if (alert.amountUsd !== null) {
    attrs.amount_usd = { DataType: 'Number', StringValue: String(Math.min(Math.round(alert.amountUsd), SNS_NUMBER_MAX)) };
  }
  return attrs;
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
