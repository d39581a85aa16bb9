import { DeleteCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AlertLedger } from '../ports.js';
import { keys } from '../keys.js';
import { ENTITY, ENTITY_ATTR } from '../table-design.js';
import { isConditionFailed } from './errors.js';

/**
 * How long a pending claim holds before another sender may take it over. Well above the notify
 * Lambda's 30 s timeout, so a live sender is never overtaken; a crashed one is, on the stream's retry.
 */
export const ALERT_CLAIM_LEASE_MS = 5 * 60 * 1000;

export function createDynamoAlertLedger(doc: DynamoDBDocumentClient, table: string): AlertLedger {
  return {
    async claim(key, at) {
      const leaseEnd = new Date(new Date(at).getTime() - ALERT_CLAIM_LEASE_MS).toISOString();
      try {
        await doc.send(new PutCommand({
          TableName: table,
          Item: { ...keys.alert(key), [ENTITY_ATTR]: ENTITY.alert, status: 'pending', claimedAt: at },
          ConditionExpression: 'attribute_not_exists(pk) OR (#s = :pending AND claimedAt < :leaseEnd)',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':pending': 'pending', ':leaseEnd': leaseEnd },
        }));
        return true;
      } catch (err) {
        if (isConditionFailed(err)) return false;
        throw err;
      }
    },
    async confirm(key, at) {
      await doc.send(new UpdateCommand({
        TableName: table,
        Key: keys.alert(key),
        UpdateExpression: 'SET #s = :sent, sentAt = :at',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':sent': 'sent', ':at': at },
      }));
    },
    async release(key) {
      await doc.send(new DeleteCommand({ TableName: table, Key: keys.alert(key) }));
    },
  };
}
