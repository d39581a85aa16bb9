/**
 * What a data folder holds at the end of runs, for tests that break a run and compare what the next
 * one leaves with a clean run's: the stored articles, facts and deals, the new-deal alerts of
 * `alerts.jsonl` and any line repeated there, the work still open and the alerts still pending. Update
 * alerts are not compared: a broken run changes the order reports are processed in, and a deal first
 * announced from its "planned" report gets an update when its "signed" report follows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { startLocalStores } from '../../shared/local/stores.js';
import { ENTITY } from '../../shared/store/table-design.js';
import { DealSchema } from '../../shared/schemas/index.js';

export interface EndState {
  /** S3 keys under `articles/`, sorted. */
  articles: string[];
  /** Article ids of the DynamoDB article items, sorted. */
  articleItems: string[];
  /** Fact ids, sorted. */
  facts: string[];
  /** Deals: id, mention fact ids and whether alerted, sorted. */
  deals: string[];
  /** Alerts of alerts.jsonl that announce a new deal. */
  newAlerts: number;
  /** Alert ids written to alerts.jsonl more than once (must stay empty). */
  repeatedAlerts: string[];
  openWork: number;
  pendingAlerts: number;
}

export async function endState(data: string): Promise<EndState> {
  const stores = await startLocalStores({ dataDir: data });
  try {
    const facts: string[] = [];
    const articleItems: string[] = [];
    const deals: string[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await stores.doc.send(new ScanCommand({ TableName: stores.tableName, ExclusiveStartKey: start }));
      for (const i of out.Items ?? []) {
        if (i.entity === ENTITY.fact) facts.push(String(i.factId));
        if (i.entity === ENTITY.article) articleItems.push(String((i.article as { id: string }).id));
        if (i.entity === ENTITY.deal) {
          const d = DealSchema.parse(i.deal);
          deals.push(`${d.id}: ${d.mentions.map((m) => m.factId).sort().join(',')}${d.alerted ? ' alerted' : ''}`);
        }
      }
      start = out.LastEvaluatedKey;
    } while (start);
    const lines = readFileSync(join(data, 'alerts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { alertId: string; kind: string });
    const ids = lines.map((l) => l.alertId);
    const far = '2999-01-01T00:00:00.000Z';
    return {
      articles: (await stores.blobs.list('articles/')).sort(), articleItems: articleItems.sort(), facts: facts.sort(), deals: deals.sort(),
      newAlerts: lines.filter((l) => l.kind === 'new').length, repeatedAlerts: ids.filter((id, n) => ids.indexOf(id) !== n),
      openWork: (await stores.ledger.due({ at: far, abandonedBefore: far })).length, pendingAlerts: (await stores.outbox.pending()).length,
    };
  } finally {
    await stores.close();
  }
}
