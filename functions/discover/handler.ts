// discover Lambda: EventBridge schedule → sweep (open work) and discover → SQS. Dependencies are built
// once per execution environment; a bad env or feeds file fails the cold start with every problem listed.
import { SQSClient } from '@aws-sdk/client-sqs';
import { createHttpClient } from '../../shared/fetch/http-client.js';
import { loadFeedsFile } from '../../shared/config/feeds-file.js';
import { DiscoverEnvSchema, parseEnv, resolveFeedsFile } from '../../shared/config/env.js';
import { QUEUE_URL, SCHEDULE_PERIOD_MINUTES, STAGE, TABLE_NAME } from '../../shared/config/env-names.js';
import { createStores } from '../../shared/store/create-stores.js';
import { createSqsItemQueue } from '../../shared/store/sqs/sqs-item-queue.js';
import { wireDiscover, wireSweep } from '../../shared/pipeline/wiring.js';
import { createDocumentClient } from '../shared/aws-clients.js';
import { createPowertools, pipelineLog } from '../shared/powertools.js';
import { createDiscoverHandler } from './discover-handler.js';

const env = parseEnv(DiscoverEnvSchema);
const tools = createPowertools(env[STAGE]);
const feeds = loadFeedsFile(resolveFeedsFile(env)).feeds;
const stores = createStores({ doc: createDocumentClient(), tableName: env[TABLE_NAME] });
const config = { http: createHttpClient(), log: pipelineLog(tools.logger) };
const pipeline = { ...wireSweep(stores, config), ...wireDiscover(stores, config) };
const queue = createSqsItemQueue({ client: new SQSClient({}), queueUrl: env[QUEUE_URL] });

export const handler = createDiscoverHandler({ sweep: () => pipeline.sweep(queue), discover: () => pipeline.discover(feeds, queue, { schedulePeriodMinutes: env[SCHEDULE_PERIOD_MINUTES] }) }, tools);
