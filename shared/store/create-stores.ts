import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { BlobStore, Stores } from './ports.js';
import { createDynamoStores } from './dynamo/index.js';

/**
 * The one composition of the adapters, for the Lambdas and the local runtime alike: the DynamoDB
 * stores over the one table, and the blob store when the runtime has a bucket (the caller builds it,
 * so a Lambda without one does not carry the S3 client in its bundle).
 */
export function createStores(o: { doc: DynamoDBDocumentClient; tableName: string; blobs?: BlobStore }): Stores {
  return { ...createDynamoStores({ doc: o.doc, tableName: o.tableName }), blobs: o.blobs ?? null };
}
