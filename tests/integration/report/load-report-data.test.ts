// The report's loader against dynalite: every article, fact and deal item comes back through its
// schema; index entries, claims and other items are not counted; a broken item is named and skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { loadReportData } from '../../../shared/local/load-report-data.js';
import { keys } from '../../../shared/store/keys.js';
import { reportFixture, writeReportFixture } from '../../helpers/report-fixtures.js';

const fx = reportFixture();
const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
let stores: LocalStores;

beforeAll(async () => {
  stores = await startLocalStores();
  await writeReportFixture(stores, fx);
  // A deal item written by an older or broken writer: no mentions.
  const { mentions: _, ...broken } = fx.deals[0]!;
  await stores.doc.send(new PutCommand({ TableName: stores.tableName, Item: { ...keys.deal('f'.repeat(32)), entity: 'deal', deal: { ...broken, id: 'f'.repeat(32) } } }));
});
afterAll(async () => {
  await stores.close();
});

describe('loadReportData', () => {
  it('reads every article, fact and deal as the schemas give them, and nothing else', async () => {
    // Act
    const { data } = await loadReportData(stores.doc, stores.tableName, '2026-06-30T12:00:00.000Z');
    // Assert: the fact index entries (same `fact` attribute, entity fact-index) are not counted twice.
    expect(data.generatedAt).toBe('2026-06-30T12:00:00.000Z');
    expect(byId(data.deals)).toEqual(byId(fx.deals));
    expect(byId(data.facts)).toEqual(byId(fx.facts));
    expect(byId(data.articles)).toEqual(byId(fx.articles).map((a) => ({ id: a.id, url: a.url, outlet: a.outlet, title: a.title, published: a.published, fetchedAt: a.fetchedAt })));
  });

  it('skips an item that fails its schema, naming its keys and the problem', async () => {
    const { skipped } = await loadReportData(stores.doc, stores.tableName, '2026-06-30T12:00:00.000Z');
    expect(skipped).toEqual([{ key: `DEAL#${'f'.repeat(32)} / DEAL`, reason: expect.stringMatching(/^not a valid deal: deal\.mentions: /) }]);
  });
});
