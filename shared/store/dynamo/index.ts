import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoArticleStore } from './article-store.js';
import { createDynamoItemLedger } from './item-ledger.js';
import { createDynamoFactStore } from './fact-store.js';
import { createDynamoFeedStateStore } from './feed-state-store.js';
import { createDynamoAlertOutbox } from './alert-outbox.js';
import { createDynamoDealStore } from './deal-store.js';

/** Every DynamoDB-backed port over the one table. */
export function createDynamoStores({ doc, tableName }: { doc: DynamoDBDocumentClient; tableName: string }) {
  return {
    articles: createDynamoArticleStore(doc, tableName),
    ledger: createDynamoItemLedger(doc, tableName),
    facts: createDynamoFactStore(doc, tableName),
    feedState: createDynamoFeedStateStore(doc, tableName),
    outbox: createDynamoAlertOutbox(doc, tableName),
    deals: createDynamoDealStore(doc, tableName),
  };
}
export type DynamoStores = ReturnType<typeof createDynamoStores>;
export { createTableInput } from './create-table.js';
export { createDynamoTokenBudget } from './token-budget.js';
// Not among createDynamoStores: the Lambdas do not read subscriptions (SNS filters for them on AWS).
export { createDynamoSubscriptionStore } from './subscription-store.js';
export { createDynamoAlertDeliveries } from './alert-deliveries.js';
