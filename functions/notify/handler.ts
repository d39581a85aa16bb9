// notify Lambda: table stream (new outbox alerts only, by the event source filter) and the schedule
// (pending alerts that are due) → the alert dispatcher → SNS.
import { SNSClient } from '@aws-sdk/client-sns';
import { NotifyEnvSchema, parseEnv } from '../../shared/config/env.js';
import { STAGE, TABLE_NAME, TOPIC_ARN } from '../../shared/config/env-names.js';
import { createStores } from '../../shared/store/create-stores.js';
import { createSnsAlertSink } from '../../shared/store/sns/sns-alert-sink.js';
import { wireDispatcher } from '../../shared/pipeline/wiring.js';
import { createDocumentClient } from '../shared/aws-clients.js';
import { createPowertools, pipelineLog } from '../shared/powertools.js';
import { createNotifyHandler } from './notify-handler.js';

const env = parseEnv(NotifyEnvSchema);
const tools = createPowertools(env[STAGE]);

export const handler = createNotifyHandler(wireDispatcher(createStores({ doc: createDocumentClient(), tableName: env[TABLE_NAME] }), {
  sink: createSnsAlertSink({ client: new SNSClient({}), topicArn: env[TOPIC_ARN] }), log: pipelineLog(tools.logger),
}), tools);
