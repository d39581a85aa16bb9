import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AlertDeliveries } from '../ports.js';
import { keys } from '../keys.js';
import { ENTITY, ENTITY_ATTR } from '../table-design.js';

/**
 * Deliveries as ALERT#<key> / DELIVERY#<subscriptionId> items, beside the outbox item of the alert
 * (the stream filter passes only the outbox item's INSERT: these have their own entity).
 */
export function createDynamoAlertDeliveries(doc: DynamoDBDocumentClient, table: string): AlertDeliveries {
  return {
    async deliveredTo(alertKey) {
      const ids = new Set<string>();
      let start: Record<string, unknown> | undefined;
      do {
        const out = await doc.send(new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :d)',
          ExpressionAttributeValues: { ':pk': keys.alert(alertKey).pk, ':d': keys.deliveryPrefix },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }));
        for (const item of out.Items ?? []) ids.add(String(item.subscriptionId));
        start = out.LastEvaluatedKey;
      } while (start);
      return ids;
    },

    async record(alertKey, subscriptionId, at) {
      await doc.send(new PutCommand({
        TableName: table,
        Item: { ...keys.delivery(alertKey, subscriptionId), [ENTITY_ATTR]: ENTITY.alertDelivery, subscriptionId, deliveredAt: at },
      }));
    },
  };
}
