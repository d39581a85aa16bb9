// process Lambda: SQS batch → processItem per record (alerts written to the outbox) → batch item
// failures for retryable ones.
import { S3Client } from '@aws-sdk/client-s3';
import { createHttpClient } from '../../shared/fetch/http-client.js';
import { parseEnv, ProcessEnvSchema } from '../../shared/config/env.js';
import { ALERT_THRESHOLD_USD, BUCKET_NAME, STAGE, TABLE_NAME } from '../../shared/config/env-names.js';
import { createStores } from '../../shared/store/create-stores.js';
import { createS3BlobStore } from '../../shared/store/s3/s3-blob-store.js';
import { wireProcess } from '../../shared/pipeline/wiring.js';
import { createDocumentClient } from '../shared/aws-clients.js';
import { createPowertools, pipelineLog } from '../shared/powertools.js';
import { createProcessHandler } from './process-handler.js';

/**
 * One retry inside the Lambda; beyond that SQS retries (the message comes back after the visibility
 * timeout), which costs no Lambda time while a host recovers.
 */
const PAGE_FETCH_RETRIES = 1;

const env = parseEnv(ProcessEnvSchema);
const tools = createPowertools(env[STAGE]);
const stores = createStores({
  doc: createDocumentClient(), tableName: env[TABLE_NAME], blobs: createS3BlobStore({ client: new S3Client({}), bucket: env[BUCKET_NAME] }),
});

export const handler = createProcessHandler(wireProcess(stores, {
  http: createHttpClient({ retries: PAGE_FETCH_RETRIES }), thresholdUsd: env[ALERT_THRESHOLD_USD], log: pipelineLog(tools.logger),
}), tools);
