// discover Lambda: EventBridge schedule → runDiscover → summary. Dependencies are built once per
// execution environment; a bad env or feeds file fails the cold start with every problem listed.
import { SQSClient } from '@aws-sdk/client-sqs';
import { createHttpClient } from '../../shared/fetch/http-client.js';
import { loadFeedsFile } from '../../shared/feeds/feeds-file.js';
import { DiscoverEnvSchema, parseEnv, resolveFeedsFile } from '../../shared/config/env.js';
import { QUEUE_URL, STAGE, TABLE_NAME } from '../../shared/config/env-names.js';
import { createDynamoStores } from '../../shared/store/dynamo/index.js';
import { createDocumentClient } from '../shared/aws-clients.js';
import { createPowertools, pipelineLog } from '../shared/powertools.js';
import { createSqsItemQueue } from '../shared/sqs-item-queue.js';
import { createDiscoverHandler } from './discover-handler.js';

const env = parseEnv(DiscoverEnvSchema);
const tools = createPowertools(env[STAGE]);
const stores = createDynamoStores({ doc: createDocumentClient(), tableName: env[TABLE_NAME] });

export const handler = createDiscoverHandler({
  feeds: loadFeedsFile(resolveFeedsFile(env)).feeds,
  http: createHttpClient(),
  ledger: stores.ledger,
  feedState: stores.feedState,
  queue: createSqsItemQueue({ client: new SQSClient({}), queueUrl: env[QUEUE_URL] }),
  log: pipelineLog(tools.logger),
}, tools);
