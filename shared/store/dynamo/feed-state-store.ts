import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { FeedStateSchema, type FeedState } from '../../schemas/index.js';
import type { FeedStateStore } from '../ports.js';
import { keys } from '../keys.js';
import { ENTITY, ENTITY_ATTR, GSI } from '../table-design.js';

export function createDynamoFeedStateStore(doc: DynamoDBDocumentClient, table: string): FeedStateStore {
  return {
    async get(feedId) {
      const out = await doc.send(new GetCommand({ TableName: table, Key: keys.feed(feedId), ConsistentRead: true }));
      return out.Item ? FeedStateSchema.parse(out.Item.state) : null;
    },
    async put(state) {
      await doc.send(new PutCommand({
        TableName: table,
        Item: {
          ...keys.feed(state.feedId), [ENTITY_ATTR]: ENTITY.feed,
          [GSI.byKind.pk]: 'FEEDS', [GSI.byKind.sk]: state.feedId,
          state: FeedStateSchema.parse(state),
        },
      }));
    },
    async list() {
      const states: FeedState[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await doc.send(new QueryCommand({
          TableName: table, IndexName: GSI.byKind.name,
          KeyConditionExpression: '#pk = :feeds',
          ExpressionAttributeNames: { '#pk': GSI.byKind.pk },
          ExpressionAttributeValues: { ':feeds': 'FEEDS' },
          ExclusiveStartKey: start,
        }));
        for (const item of out.Items ?? []) states.push(FeedStateSchema.parse(item.state));
        start = out.LastEvaluatedKey;
      } while (start);
      return states;
    },
  };
}
