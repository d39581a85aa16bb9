// What a deal told subscribers survives another process's regrouping of the deal. The load bench (2,000 articles, four
// at a time) once left a deal that deserved an alert with nothing told: an update read the deal, an announcement then
// recorded what it told on it, and the update wrote its regrouping over it (or deleted it for its replacement) without
// that record. Writes and deletes now go over the deal as read (its revision), and a stale round reads again.
// Played step by step against dynalite.
import { afterAll, describe, expect, it } from 'vitest';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { ENTITY } from '../../../shared/store/table-design.js';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { updateDeals } from '../../../shared/deals/update-deals.js';
import { articleIdOf } from '../../../shared/pipeline/ids.js';
import type { AlertedSnapshot, Fact } from '../../../shared/schemas/index.js';
import type { DealStore } from '../../../shared/store/ports.js';
import { buildFact } from '../../helpers/builders.js';

const opened: LocalStores[] = [];
afterAll(async () => { await Promise.all(opened.map((s) => s.close())); });

const report = (n: number, over: Partial<Fact> = {}): Fact => {
  const url = `https://outlet-${n}.example/news/adb-water`;
  return buildFact({
    articleId: articleIdOf(url), sourceUrl: url, published: `2026-11-${String(Math.min(10 + n, 28))}T09:00:00Z`, type: 'financing', status: 'signed',
    countries: ['UZ'], organizations: ['Asian Development Bank (ADB)'], amount: { value: 150e6, currency: 'USD', qualifier: 'exact' },
    evidence: `The ADB and Uzbekistan signed a $150 million water loan (report ${n}).`, ...over,
  });
};

const told: AlertedSnapshot = {
  alertId: 'a'.repeat(32), status: 'signed', amount: { value: 150e6, currency: 'USD', qualifier: 'exact' }, amountUsd: 150e6,
  countries: ['UZ'], organizationKeys: ['asian development bank'],
};

/** Records `told` on the deal as an announcement does: over the deal as read. */
async function recordTold(deals: DealStore, dealId: string): Promise<void> {
  const read = await deals.readDeal(dealId);
  expect(await deals.putDeal({ ...read!.deal, alerted: told }, { memberships: false, ifRevision: read!.revision })).toBe(true);
}

describe('what a deal told, under concurrent regrouping', () => {
  it.each([
    // The second report joins the first's deal, which keeps its name: the update reads it at the start of its round and
    // again just before rewriting it; the announcement lands after the second read.
    ['rewritten', 2, 2],
    // The second report's fact id is smaller: the deal of both takes a new name, and the update deletes the old deal, read
    // once at the start of its round; the announcement lands after that read.
    ['replaced', 0, 1],
  ])('is kept when it is recorded between an update\'s reading of the deal and its write (%s)', async (_kind, wantSmaller, recordAfterRead) => {
    // Prepare: the first report's deal is stored.
    const stores = await startLocalStores();
    opened.push(stores);
    const deps = { deals: stores.deals, facts: stores.facts, now: () => new Date('2026-11-20T12:00:00Z') };
    let [first, second] = [report(1), report(2)];
    for (let n = 3; (second.id < first.id ? 0 : 2) !== wantSmaller; n++) second = report(n);
    await stores.facts.replaceFacts(first.articleId, [first]);
    const [dealOfFirst] = (await updateDeals({ articleId: first.articleId, facts: [first] }, deps)).deals;
    // The second report's update, with the announcement recorded right after one of its reads of the first deal.
    let reads = 0;
    const racing: DealStore = {
      ...stores.deals,
      readDeal: async (id) => {
        const read = await stores.deals.readDeal(id);
        if (id === dealOfFirst!.id && read && ++reads === recordAfterRead) await recordTold(stores.deals, id);
        return read;
      },
    };
    await stores.facts.replaceFacts(second.articleId, [second]);
    // Act
    const { deals } = await updateDeals({ articleId: second.articleId, facts: [second] }, { ...deps, deals: racing });
    // Assert: one deal of both reports, and it still says what was told.
    expect(deals).toHaveLength(1);
    expect(deals[0]!.mentions.map((m) => m.factId).sort()).toEqual([first.id, second.id].sort());
    const stored = await stores.deals.getDeal(deals[0]!.id);
    expect(stored?.alerted).toEqual(told);
    // And no other deal is left behind.
    const items = await stores.doc.send(new ScanCommand({ TableName: stores.tableName }));
    expect((items.Items ?? []).filter((i) => i.entity === ENTITY.deal).map((i) => i.dealId)).toEqual([deals[0]!.id]);
    expect(reads).toBeGreaterThanOrEqual(recordAfterRead);
  });
});

// An update that could not delete the deal it replaces (written since it was read) must not move that deal's facts away in the
// same round: a process that died before its next round left the old deal with nothing leading to it, a duplicate that kept
// what it told while its replacement told nothing (CI saw the duplicate at 69c43b7 in tests/integration/cli/crash.test.ts).
describe('a deal an update could not delete, and a crash before the next round', () => {
  it('is found again by the retry, which leaves one deal that keeps what was told', async () => {
    // Prepare: the first report's deal is stored; the second report's fact id is smaller, so the deal of both takes a new name.
    const stores = await startLocalStores();
    opened.push(stores);
    const deps = { deals: stores.deals, facts: stores.facts, now: () => new Date('2026-11-20T12:00:00Z') };
    const first = report(1);
    let second = report(2);
    for (let n = 3; second.id > first.id; n++) second = report(n);
    await stores.facts.replaceFacts(first.articleId, [first]);
    const [dealOfFirst] = (await updateDeals({ articleId: first.articleId, facts: [first] }, deps)).deals;
    // The announcement lands right after the update first reads the old deal, so the update's delete of it is refused; the
    // process then dies as its next round begins.
    let reads = 0;
    let rounds = 0;
    const dying: DealStore = {
      ...stores.deals,
      readDeal: async (id) => {
        const read = await stores.deals.readDeal(id);
        if (id === dealOfFirst!.id && read && ++reads === 1) await recordTold(stores.deals, id);
        return read;
      },
      dealIdsOf: async (factIds) => {
        if (++rounds === 2) throw new Error('killed');
        return stores.deals.dealIdsOf(factIds);
      },
    };
    await stores.facts.replaceFacts(second.articleId, [second]);
    await expect(updateDeals({ articleId: second.articleId, facts: [second] }, { ...deps, deals: dying })).rejects.toThrow('killed');
    // Act: the retry, as the queue redelivers the article.
    const { deals } = await updateDeals({ articleId: second.articleId, facts: [second] }, deps);
    // Assert: one deal of both reports, which says what was told, and no other deal stored.
    expect(deals).toHaveLength(1);
    expect(deals[0]!.id).not.toBe(dealOfFirst!.id);
    expect(deals[0]!.mentions.map((m) => m.factId).sort()).toEqual([first.id, second.id].sort());
    expect((await stores.deals.getDeal(deals[0]!.id))?.alerted).toEqual(told);
    const items = await stores.doc.send(new ScanCommand({ TableName: stores.tableName }));
    expect((items.Items ?? []).filter((i) => i.entity === ENTITY.deal).map((i) => i.dealId)).toEqual([deals[0]!.id]);
  });
});
