// deliver Lambda: SNS topic → deliveries queue (the alert JSON, raw) → signed POST to each webhook
// that wants it, with retries and backoff; what still fails goes to the webhook dead-letter queue.
import { SQSClient } from '@aws-sdk/client-sqs';
import { SSMClient } from '@aws-sdk/client-ssm';
import { DeliverEnvSchema, parseEnv } from '../../shared/config/env.js';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { STAGE, TABLE_NAME, WEBHOOK_FAILURES_URL } from '../../shared/config/env-names.js';
import { subscriptionWebhookDirectory } from '../../shared/alerts/webhook-directory.js';
import { createDynamoSubscriptionStore } from '../../shared/store/dynamo/subscription-store.js';
import { createSsmSecrets } from '../../shared/store/ssm/ssm-secrets.js';
import { createSqsDeadLetters } from '../../shared/store/sqs/sqs-dead-letters.js';
import { createPowertools, pipelineLog } from '../shared/powertools.js';
import { createDeliverHandler } from './deliver-handler.js';

const env = parseEnv(DeliverEnvSchema);
const tools = createPowertools(env[STAGE]);

// The webhook subscriptions are data in the table (npm run subscriptions -- add --aws), not config.
const subscriptions = createDynamoSubscriptionStore(DynamoDBDocumentClient.from(new DynamoDBClient({})), env[TABLE_NAME]);

export const handler = createDeliverHandler(subscriptionWebhookDirectory(subscriptions, env[STAGE]), {
  secretOf: createSsmSecrets({ client: new SSMClient({}) }),
  deadLetter: createSqsDeadLetters({ client: new SQSClient({}), queueUrl: env[WEBHOOK_FAILURES_URL] }),
  log: pipelineLog(tools.logger),
}, tools);
