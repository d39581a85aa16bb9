// deliver Lambda: SNS topic → deliveries queue (the alert JSON, raw) → signed POST to each webhook
// that wants it, with retries and backoff; what still fails goes to the webhook dead-letter queue.
import { SQSClient } from '@aws-sdk/client-sqs';
import { SSMClient } from '@aws-sdk/client-ssm';
import { DeliverEnvSchema, parseEnv } from '../../shared/config/env.js';
import { STAGE, WEBHOOK_FAILURES_URL, WEBHOOKS } from '../../shared/config/env-names.js';
import { configuredWebhookDirectory } from '../../shared/alerts/webhook-directory.js';
import { createSsmSecrets } from '../../shared/store/ssm/ssm-secrets.js';
import { createSqsDeadLetters } from '../../shared/store/sqs/sqs-dead-letters.js';
import { createPowertools, pipelineLog } from '../shared/powertools.js';
import { createDeliverHandler } from './deliver-handler.js';

const env = parseEnv(DeliverEnvSchema);
const tools = createPowertools(env[STAGE]);

export const handler = createDeliverHandler(configuredWebhookDirectory(env[WEBHOOKS]), {
  secretOf: createSsmSecrets({ client: new SSMClient({}) }),
  deadLetter: createSqsDeadLetters({ client: new SQSClient({}), queueUrl: env[WEBHOOK_FAILURES_URL] }),
  log: pipelineLog(tools.logger),
}, tools);
