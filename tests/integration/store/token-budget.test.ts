import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { createDynamoTokenBudget } from '../../../shared/store/dynamo/token-budget.js';

let stores: LocalStores;
beforeAll(async () => { stores = await startLocalStores({ tableName: 'token-budget' }); });
afterAll(async () => { await stores?.close(); });

/** A clock the test moves; each test uses its own day, so the counters do not meet. */
const clock = (iso: string) => {
  let t = new Date(iso);
  return { now: () => t, set: (next: string) => { t = new Date(next); } };
};
const budget = (dailyLimit: number, now: () => Date) => createDynamoTokenBudget(stores.doc, stores.tableName, { dailyLimit, now });
const stored = async (day: string) =>
  (await stores.doc.send(new GetCommand({ TableName: stores.tableName, Key: { pk: 'BUDGET#tokens', sk: `DAY#${day}` }, ConsistentRead: true }))).Item;

describe('DynamoDB token budget (one counter a day, on dynalite)', () => {
  it('takes estimates while the day stays within its limit, and refuses the one that would pass it', async () => {
    // Prepare
    const { now } = clock('2026-12-01T08:00:00.000Z');
    const a = budget(1_000, now);
    // Act
    const results = [await a.take(600), await a.take(400), await a.take(1)];
    // Assert
    expect(results).toEqual([true, true, false]);
    expect(a.used()).toBe(1_000);
    expect(await stored('2026-12-01')).toEqual({ pk: 'BUDGET#tokens', sk: 'DAY#2026-12-01', entity: 'token-budget', used: 1_000 });
  });

  it('settles on what the service counted: an over-estimate is given back to every instance, an under-estimate charged', async () => {
    const { now } = clock('2026-12-02T08:00:00.000Z');
    const a = budget(1_000, now);
    const b = budget(1_000, now);
    expect(await a.take(500)).toBe(true);
    await a.settle(500, 320);
    expect([a.used(), (await stored('2026-12-02'))?.used]).toEqual([320, 320]);
    // Another Lambda sees the room the settle gave back: 680 fits, 681 does not.
    expect(await b.take(681)).toBe(false);
    expect(await b.take(680)).toBe(true);
    // Spent is spent: settling above the estimate may pass the limit, and then nothing more is taken.
    await b.settle(680, 700);
    expect([b.used(), (await stored('2026-12-02'))?.used]).toEqual([700, 1_020]);
    expect(await a.take(1)).toBe(false);
  });

  it('lets only one of two budgets take the last tokens of the day', async () => {
    const { now } = clock('2026-12-03T08:00:00.000Z');
    const first = budget(1_000, now);
    expect(await first.take(900)).toBe(true);
    const [a, b] = [budget(1_000, now), budget(1_000, now)];
    // Act: both ask for the last 100 at once.
    const won = await Promise.all([a.take(100), b.take(100)]);
    // Assert
    expect(won.filter(Boolean)).toHaveLength(1);
    expect(a.used() + b.used()).toBe(100);
    expect((await stored('2026-12-03'))?.used).toBe(1_000);
  });

  it('holds under many concurrent takers: the day never passes its limit', async () => {
    const { now } = clock('2026-12-04T08:00:00.000Z');
    const budgets = Array.from({ length: 12 }, () => budget(1_000, now));
    const won = await Promise.all(budgets.map((b) => b.take(150)));
    expect(won.filter(Boolean)).toHaveLength(6);
    expect((await stored('2026-12-04'))?.used).toBe(900);
  });

  it('starts each UTC day afresh, and settles a call that crossed midnight on the day it was taken', async () => {
    const c = clock('2026-12-05T23:59:30.000Z');
    const a = budget(1_000, c.now);
    expect(await a.take(1_000)).toBe(true);
    c.set('2026-12-06T00:00:10.000Z');
    await a.settle(1_000, 400);
    expect(await a.take(1_000)).toBe(true);
    expect([(await stored('2026-12-05'))?.used, (await stored('2026-12-06'))?.used]).toEqual([400, 1_000]);
    expect(a.used()).toBe(1_400);
  });

  it('refuses an estimate above the whole limit without writing, and rejects a count that is not a whole number', async () => {
    const { now } = clock('2026-12-07T08:00:00.000Z');
    const a = budget(1_000, now);
    expect(await a.take(1_001)).toBe(false);
    expect(await stored('2026-12-07')).toBeUndefined();
    await expect(a.take(-5)).rejects.toThrow(RangeError);
    await expect(a.take(2.5)).rejects.toThrow('token budget: an estimate must be a whole number >= 0, got 2.5');
    expect(() => budget(Number.NaN, now)).toThrow(RangeError);
  });
});
