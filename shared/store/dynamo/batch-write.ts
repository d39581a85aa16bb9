import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };

/** DynamoDB's limit per BatchWriteItem call. */
const BATCH_LIMIT = 25;
/** Unprocessed items are re-sent this many times, with a growing pause, before giving up. */
const MAX_ATTEMPTS = 6;

/** Writes any number of requests in batches of 25, re-sending what DynamoDB left unprocessed. */
export async function batchWrite(doc: DynamoDBDocumentClient, table: string, requests: WriteRequest[]): Promise<void> {
  for (let i = 0; i < requests.length; i += BATCH_LIMIT) {
    let pending = requests.slice(i, i + BATCH_LIMIT);
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS) throw new Error(`batch write to ${table}: ${pending.length} items still unprocessed after ${MAX_ATTEMPTS} attempts`);
      const out = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
      pending = (out.UnprocessedItems?.[table] ?? []) as WriteRequest[];
      if (pending.length) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    }
  }
}
