import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Alert, WebhookTarget } from '../../schemas/index.js';

/** SQS message attribute values are capped by the 256 KiB message; an error string needs far less. */
const ERROR_ATTRIBUTE_MAX = 1000;

/**
 * Dead letters of webhook deliveries: the message body is the alert itself (AlertSchema JSON, as
 * the deliveries queue carries it), so a redrive to that queue delivers it again with nothing to
 * look up; the attribute `webhook` names the one webhook it failed for (a redrive goes to that one
 * only) and `error` says why.
 */
export function createSqsDeadLetters({ client, queueUrl }: { client: SQSClient; queueUrl: string }) {
  return async function deadLetter(alert: Alert, target: WebhookTarget, error: string): Promise<void> {
    await client.send(new SendMessageCommand({
      QueueUrl: queueUrl,
      MessageBody: JSON.stringify(alert),
      MessageAttributes: {
        webhook: { DataType: 'String', StringValue: target.id },
        error: { DataType: 'String', StringValue: error.slice(0, ERROR_ATTRIBUTE_MAX) || 'unknown' },
      },
    }));
  };
}
