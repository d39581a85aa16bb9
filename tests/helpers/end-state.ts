/**
 * What a data folder holds at the end of runs, for tests that break a run and compare what the next
 * one leaves with a clean run's: the stored articles and facts, the alerts of `alerts.jsonl` (every
 * line, so a repeat shows), the work still open and the alerts still pending.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { startLocalStores } from '../../shared/local/stores.js';
import { ENTITY } from '../../shared/store/table-design.js';

export interface EndState {
  /** S3 keys under `articles/`, sorted. */
  articles: string[];
  /** Article ids of the DynamoDB article items, sorted. */
  articleItems: string[];
  /** Fact ids, sorted. */
  facts: string[];
  /** Alert ids of alerts.jsonl, one per line, sorted. */
  alerts: string[];
  openWork: number;
  pendingAlerts: number;
}

export async function endState(data: string): Promise<EndState> {
  const stores = await startLocalStores({ dataDir: data });
  try {
    const facts: string[] = [];
    const articleItems: string[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await stores.doc.send(new ScanCommand({ TableName: stores.tableName, ExclusiveStartKey: start }));
      for (const i of out.Items ?? []) {
        if (i.entity === ENTITY.fact) facts.push(String(i.factId));
        if (i.entity === ENTITY.article) articleItems.push(String((i.article as { id: string }).id));
      }
      start = out.LastEvaluatedKey;
    } while (start);
    const alerts = readFileSync(join(data, 'alerts.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { alertId: string }).alertId);
    const far = '2999-01-01T00:00:00.000Z';
    return {
      articles: (await stores.blobs.list('articles/')).sort(), articleItems: articleItems.sort(), facts: facts.sort(), alerts: alerts.sort(),
      openWork: (await stores.ledger.due({ at: far, abandonedBefore: far })).length, pendingAlerts: (await stores.outbox.pending()).length,
    };
  } finally {
    await stores.close();
  }
}
