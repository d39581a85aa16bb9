import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { Stores } from './ports.js';
import { createDynamoStores } from './dynamo/index.js';
import { createS3BlobStore } from './s3/s3-blob-store.js';

/**
 * The one composition of the adapters, for the Lambdas and the local runtime alike: the DynamoDB
 * stores over the one table, and the S3 blob store when a bucket is bound.
 */
export function createStores(o: { doc: DynamoDBDocumentClient; tableName: string; s3?: { client: S3Client; bucket: string } }): Stores {
  return {
    ...createDynamoStores({ doc: o.doc, tableName: o.tableName }),
    blobs: o.s3 ? createS3BlobStore(o.s3) : null,
  };
}
