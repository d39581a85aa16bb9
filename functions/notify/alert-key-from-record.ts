import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { ENTITY, ENTITY_ATTR } from '../../shared/store/table-design.js';

/** A stream record that should carry an outbox alert but does not: it will fail the same way on every retry. */
export class BadAlertRecordError extends Error {
  override readonly name = 'BadAlertRecordError';
}

/**
 * The outbox key of the alert a stream record carries: the NewImage of an INSERT of an alert item
 * (process writes it pending). Null for a record that is not one (the event source filter should
 * have dropped it; this is the second line).
 */
export function alertKeyFromRecord(record: DynamoDBRecord): string | null {
  const image = record.dynamodb?.NewImage;
  if (record.eventName !== 'INSERT' || !image) return null;
  const item = unmarshall(image as Record<string, AttributeValue>);
  if (item[ENTITY_ATTR] !== ENTITY.alert) return null;
  if (typeof item.key !== 'string' || !/^[0-9a-f]{32}$/.test(item.key)) {
    throw new BadAlertRecordError(`stream record ${record.eventID} (${String(item.pk)} ${String(item.sk)}) has no alert key`);
  }
  return item.key;
}
