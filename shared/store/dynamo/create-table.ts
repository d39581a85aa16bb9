import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { GSI, KEY } from '../table-design.js';

/** The table as the local runtime and tests create it; infra/constructs/storage.ts declares the same. */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const gsi = (g: { name: string; pk: string; sk: string }) => ({
    IndexName: g.name,
    KeySchema: [{ AttributeName: g.pk, KeyType: 'HASH' as const }, { AttributeName: g.sk, KeyType: 'RANGE' as const }],
    Projection: { ProjectionType: 'ALL' as const },
  });
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [KEY.pk, KEY.sk, GSI.byType.pk, GSI.byType.sk, GSI.byKind.pk, GSI.byKind.sk].map((name) => ({
      AttributeName: name, AttributeType: 'S' as const,
    })),
    KeySchema: [{ AttributeName: KEY.pk, KeyType: 'HASH' }, { AttributeName: KEY.sk, KeyType: 'RANGE' }],
    GlobalSecondaryIndexes: [gsi(GSI.byType), gsi(GSI.byKind)],
  };
}
