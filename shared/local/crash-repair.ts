import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PutCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GSI, OUTBOX_INDEX_PK, SUBSCRIPTIONS_INDEX_PK, WORK_INDEX_PK } from '../store/table-design.js';

/**
 * Repairs for the local stores after a process died holding the data folder (its lock was stale).
 * dynalite and s3rver are not crash-safe the way DynamoDB and S3 are; these put back what a SIGKILL
 * between two of their writes can leave half done. Nothing here runs on AWS.
 */

/**
 * Restores the index entries of open work, pending alerts and subscriptions. dynalite writes an item and its index
 * entries as separate LevelDB writes (old entries deleted, new ones put, then the item), so a kill
 * in between can leave an item its index does not list: an open claim the sweep would never find.
 * Each item that should be listed is written again as it is, which puts its entry back; entries left
 * over the other way are skipped by the readers (they check each entry against its item).
 * @returns how many items were rewritten
 */
export async function repairSparseIndexes(doc: DynamoDBDocumentClient, table: string): Promise<number> {
  let repaired = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(new ScanCommand({
      TableName: table, ExclusiveStartKey: start,
      FilterExpression: '#p IN (:work, :outbox, :subs)',
      ExpressionAttributeNames: { '#p': GSI.byKind.pk },
      ExpressionAttributeValues: { ':work': WORK_INDEX_PK, ':outbox': OUTBOX_INDEX_PK, ':subs': SUBSCRIPTIONS_INDEX_PK },
    }));
    for (const item of out.Items ?? []) {
      await doc.send(new PutCommand({ TableName: table, Item: item }));
      repaired++;
    }
    start = out.LastEvaluatedKey;
  } while (start);
  return repaired;
}

const METADATA_SUFFIX = '._S3rver_metadata.json';
const MD5_SUFFIX = '._S3rver_object.md5';
const CONTENT_TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', json: 'application/json' };

/**
 * Mends s3rver's side files. s3rver writes an object, then its MD5 file, then its metadata file, each
 * in place: a kill while writing the metadata leaves it empty, and every listing of the bucket (even
 * HeadBucket) then fails with a 500, so the folder would never open again. The object itself was
 * complete by then (it is written first), so its metadata is written again from its key; a cut MD5
 * file is removed (s3rver computes it again). An object cut short is not touched: whoever wrote it
 * died before the write returned, and the pipeline writes it again when it redoes that item.
 * @returns how many files were mended
 */
export function repairS3rverFiles(dir: string): number {
  let mended = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(METADATA_SUFFIX) && !parses(path)) {
        const ext = entry.name.slice(0, -METADATA_SUFFIX.length).split('.').pop() ?? '';
        writeFileSync(path, JSON.stringify({ 'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream' }, null, 2));
        mended++;
      } else if (entry.name.endsWith(MD5_SUFFIX) && !/^[0-9a-f]{32}$/.test(readFileSync(path, 'utf8'))) {
        unlinkSync(path);
        mended++;
      }
    }
  };
  walk(dir);
  return mended;
}

function parses(path: string): boolean {
  try {
    JSON.parse(readFileSync(path, 'utf8'));
    return true;
  } catch {
    return false;
  }
}
