import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { FactSchema, type Fact } from '../../shared/schemas/index.js';
import { ENTITY, ENTITY_ATTR } from '../../shared/store/table-design.js';

/** A stream record that should carry a fact but does not: it will fail the same way on every retry. */
export class BadFactRecordError extends Error {
  override readonly name = 'BadFactRecordError';
}

/**
 * The fact a stream record carries: the NewImage unmarshalled, and its `fact` attribute (the whole
 * fact object, as the DynamoDB fact store writes it) parsed with FactSchema. Null for a record that
 * is not a new fact (the event source filter should have dropped it; this is the second line).
 */
export function factFromRecord(record: DynamoDBRecord): Fact | null {
  const image = record.dynamodb?.NewImage;
  if (record.eventName !== 'INSERT' || !image) return null;
  const item = unmarshall(image as Record<string, AttributeValue>);
  if (item[ENTITY_ATTR] !== ENTITY.fact) return null;
  const result = FactSchema.safeParse(item.fact);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new BadFactRecordError(`stream record ${record.eventID} (${String(item.pk)} ${String(item.sk)}) has no valid fact: ${issues}`, { cause: result.error });
  }
  return result.data;
}
