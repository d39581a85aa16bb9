import { DeleteCommand, GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SubscriptionSchema, type Subscription } from '../../schemas/index.js';
import type { SubscriptionStore } from '../ports.js';
import { keys } from '../keys.js';
import { ENTITY, ENTITY_ATTR, GSI, SUBSCRIPTIONS_INDEX_PK } from '../table-design.js';
import { isConditionFailed } from './errors.js';

const itemOf = (s: Subscription) => ({
  ...keys.subscription(s.id), [ENTITY_ATTR]: ENTITY.subscription,
  [GSI.byKind.pk]: SUBSCRIPTIONS_INDEX_PK, [GSI.byKind.sk]: `${s.createdAt}#${s.id}`,
  subscription: SubscriptionSchema.parse(s),
});

/** Subscriptions as SUB#<id> / SUBSCRIPTION items, listed on gsi2 under SUBSCRIPTIONS. */
export function createDynamoSubscriptionStore(doc: DynamoDBDocumentClient, table: string): SubscriptionStore {
  const conditionalPut = async (s: Subscription, condition: string) => {
    try {
      await doc.send(new PutCommand({ TableName: table, Item: itemOf(s), ConditionExpression: condition }));
      return true;
    } catch (err) {
      if (isConditionFailed(err)) return false;
      throw err;
    }
  };
  return {
    add: (s) => conditionalPut(s, 'attribute_not_exists(pk)'),
    update: (s) => conditionalPut(s, 'attribute_exists(pk)'),

    async get(id) {
      const out = await doc.send(new GetCommand({ TableName: table, Key: keys.subscription(id), ConsistentRead: true }));
      return out.Item ? SubscriptionSchema.parse(out.Item.subscription) : null;
    },

    async list() {
      const subs: Subscription[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await doc.send(new QueryCommand({
          TableName: table, IndexName: GSI.byKind.name,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': GSI.byKind.pk },
          ExpressionAttributeValues: { ':pk': SUBSCRIPTIONS_INDEX_PK },
          ExclusiveStartKey: start,
        }));
        for (const entry of out.Items ?? []) {
          // An index entry is a hint (a killed dynalite can leave one behind its removed item): read the item.
          const item = (await doc.send(new GetCommand({ TableName: table, Key: { pk: entry.pk, sk: entry.sk }, ConsistentRead: true }))).Item;
          if (!item || item[GSI.byKind.pk] !== SUBSCRIPTIONS_INDEX_PK) continue;
          const parsed = SubscriptionSchema.safeParse(item.subscription);
          // A stored item that no longer fits (hand-edited) is named, not skipped: its subscriber would silently miss alerts.
          if (!parsed.success) throw new Error(`subscription item ${String(item.pk)} in ${table} does not fit the schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
          subs.push(parsed.data);
        }
        start = out.LastEvaluatedKey;
      } while (start);
      return subs;
    },

    async remove(id) {
      const out = await doc.send(new DeleteCommand({ TableName: table, Key: keys.subscription(id), ReturnValues: 'ALL_OLD' }));
      if (!out.Attributes) return null;
      const raw: unknown = out.Attributes.subscription;
      const parsed = SubscriptionSchema.safeParse(raw);
      const arn = parsed.success ? parsed.data.snsSubscriptionArn : (raw as { snsSubscriptionArn?: unknown } | undefined)?.snsSubscriptionArn;
      return { subscription: parsed.success ? parsed.data : null, snsSubscriptionArn: typeof arn === 'string' ? arn : null };
    },
  };
}
