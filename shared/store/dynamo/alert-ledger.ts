import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AlertLedger } from '../ports.js';
import { keys } from '../keys.js';
import { ENTITY, ENTITY_ATTR } from '../table-design.js';
import { isConditionFailed } from './errors.js';

export function createDynamoAlertLedger(doc: DynamoDBDocumentClient, table: string): AlertLedger {
  return {
    async claim(key, at) {
      try {
        await doc.send(new PutCommand({
          TableName: table,
          Item: { ...keys.alert(key), [ENTITY_ATTR]: ENTITY.alert, alertedAt: at },
          ConditionExpression: 'attribute_not_exists(pk)',
        }));
        return true;
      } catch (err) {
        if (isConditionFailed(err)) return false;
        throw err;
      }
    },
    async release(key) {
      await doc.send(new DeleteCommand({ TableName: table, Key: keys.alert(key) }));
    },
  };
}
