import { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createHttpClient } from '../../shared/fetch/http-client.js';
import { parseEnv, ProcessEnvSchema } from '../../shared/config/env.js';
import { ALERT_THRESHOLD_USD, BUCKET_NAME, STAGE, TABLE_NAME } from '../../shared/config/env-names.js';
import type { FactExtractor } from '../../shared/facts/extractor.js';
import type { PipelineLog } from '../../shared/pipeline/types.js';
import { createStores } from '../../shared/store/create-stores.js';
import type { BlobStore } from '../../shared/store/ports.js';
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

/** What an extractor may need from the Lambda: its clients, table and log. */
export interface LambdaParts {
  doc: DynamoDBDocumentClient;
  blobs: BlobStore;
  tableName: string;
  log: PipelineLog;
}

/**
 * The process Lambda's handler, built once per cold start: the environment checked, the stores and
 * clients made, and the extractor `extractorOf` gives (the rules when it gives none).
 */
export async function processLambda(extractorOf: (parts: LambdaParts) => Promise<FactExtractor | undefined> = async () => undefined) {
  const env = parseEnv(ProcessEnvSchema);
  const tools = createPowertools(env[STAGE]);
  const doc = createDocumentClient();
  const blobs = createS3BlobStore({ client: new S3Client({}), bucket: env[BUCKET_NAME] });
  const stores = createStores({ doc, tableName: env[TABLE_NAME], blobs });
  const log = pipelineLog(tools.logger);
  const extractor = await extractorOf({ doc, blobs, tableName: env[TABLE_NAME], log });
  return createProcessHandler(wireProcess(stores, {
    http: createHttpClient({ retries: PAGE_FETCH_RETRIES }), thresholdUsd: env[ALERT_THRESHOLD_USD], log, extractor,
  }), tools);
}
