// deliver Lambda: SNS topic → deliveries queue (the alert JSON, raw) → signed POST to each webhook
// that wants it, with retries and backoff; what still fails goes to the webhook dead-letter queue.
import { SQSClient } from '@aws-sdk/client-sqs';
import { SSMClient } from '@aws-sdk/client-ssm';
import { DeliverEnvSchema, parseEnv } from '../../shared/config/env.js';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { DIGEST_TOPIC_ARN, STAGE, TABLE_NAME, WEBHOOK_FAILURES_URL } from '../../shared/config/env-names.js';
import { sendDigests } from '../../shared/alerts/send-digests.js';
import { webhookDigestChannel } from '../../shared/alerts/digest-channels.js';
import { webhookSecretParameter } from '../../shared/config/webhook-secret-name.js';
import { createDynamoAlertOutbox } from '../../shared/store/dynamo/alert-outbox.js';
import { createDynamoAlertDeliveries } from '../../shared/store/dynamo/alert-deliveries.js';
import { snsDigestChannel } from '../../shared/store/sns/sns-digest-channel.js';
import { subscriptionWebhookDirectory } from '../../shared/alerts/webhook-directory.js';
import { createDynamoSubscriptionStore } from '../../shared/store/dynamo/subscription-store.js';
import { createSsmSecrets } from '../../shared/store/ssm/ssm-secrets.js';
import { createSqsDeadLetters } from '../../shared/store/sqs/sqs-dead-letters.js';
import { createPowertools, pipelineLog } from '../shared/powertools.js';
import { createDeliverHandler } from './deliver-handler.js';

const env = parseEnv(DeliverEnvSchema);
const tools = createPowertools(env[STAGE]);

// The webhook subscriptions are data in the table (npm run subscriptions -- add --aws), not config.
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const subscriptions = createDynamoSubscriptionStore(doc, env[TABLE_NAME]);
const secretOf = createSsmSecrets({ client: new SSMClient({}) });
const sns = new SNSClient({});

/** Once a day: each digest subscriber's alerts of the day, by e-mail (the digest topic) or a signed POST. */
const digests = (day: string) => sendDigests(day, {
  subscriptions, outbox: createDynamoAlertOutbox(doc, env[TABLE_NAME]), deliveries: createDynamoAlertDeliveries(doc, env[TABLE_NAME]),
  channelOf: (s) => (s.channel.kind === 'email'
    ? snsDigestChannel({ client: sns, topicArn: env[DIGEST_TOPIC_ARN] }, s.id)
    : webhookDigestChannel(s.channel.url, s.channel.format, () => secretOf(webhookSecretParameter(env[STAGE], s.id)))),
  at: new Date().toISOString(),
});

export const handler = createDeliverHandler(subscriptionWebhookDirectory(subscriptions, env[STAGE]), {
  secretOf,
  deadLetter: createSqsDeadLetters({ client: new SQSClient({}), queueUrl: env[WEBHOOK_FAILURES_URL] }),
  log: pipelineLog(tools.logger),
}, tools, digests);
