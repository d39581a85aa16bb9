import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { SubscriptionSchema, type Subscription } from '../../../shared/schemas/index.js';

let stores: LocalStores;
beforeAll(async () => { stores = await startLocalStores({ tableName: 'subscriptions-test' }); });
afterAll(async () => { await stores?.close(); });

const sub = (id: string, createdAt: string, over: Partial<Subscription> = {}): Subscription => SubscriptionSchema.parse({
  id, createdAt, channel: { kind: 'webhook', url: 'https://hooks.example.org/desk', format: 'slack' },
  filters: { countries: { pair: ['UZ', 'CN'] }, organizations: [{ key: 'asian development bank', name: 'ADB' }], minAmountUsd: 1e8 },
  ...over,
});

describe('subscription store (SUB#<id> items on dynalite, listed on gsi2)', () => {
  it('adds once per id, reads it back whole, and lists oldest first', async () => {
    const later = sub('later', '2026-11-21T09:00:00.000Z');
    const earlier = sub('earlier', '2026-11-20T09:00:00.000Z', { digest: true, channel: { kind: 'email', address: 'desk@example.org' } });
    expect(await stores.subscriptions.add(later)).toBe(true);
    expect(await stores.subscriptions.add(earlier)).toBe(true);
    expect(await stores.subscriptions.add({ ...later, digest: true })).toBe(false);

    expect(await stores.subscriptions.get('later')).toEqual(later);
    expect(await stores.subscriptions.list()).toEqual([earlier, later]);
    // The item as the table design says: keys, entity, gsi2 listing.
    const item = (await stores.doc.send(new GetCommand({ TableName: stores.tableName, Key: { pk: 'SUB#later', sk: 'SUBSCRIPTION' } }))).Item;
    expect(item).toMatchObject({ entity: 'subscription', gsi2pk: 'SUBSCRIPTIONS', gsi2sk: '2026-11-21T09:00:00.000Z#later' });
  });

  it('updates only a subscription that exists, and removes it returning what it was', async () => {
    const s = sub('to-remove', '2026-11-22T09:00:00.000Z');
    expect(await stores.subscriptions.update(s)).toBe(false);
    await stores.subscriptions.add(s);
    const withArn = { ...s, snsSubscriptionArn: 'arn:aws:sns:eu-central-1:123456789012:alerts:1b2c' };
    expect(await stores.subscriptions.update(withArn)).toBe(true);
    expect(await stores.subscriptions.remove('to-remove')).toEqual({ subscription: withArn, snsSubscriptionArn: withArn.snsSubscriptionArn });
    expect(await stores.subscriptions.remove('to-remove')).toBeNull();
    expect(await stores.subscriptions.get('to-remove')).toBeNull();
    expect((await stores.subscriptions.list()).map((x) => x.id)).not.toContain('to-remove');
  });

  it('names a stored subscription that no longer fits the schema instead of skipping it, and still removes it', async () => {
    await stores.doc.send(new PutCommand({ TableName: stores.tableName, Item: {
      pk: 'SUB#broken', sk: 'SUBSCRIPTION', entity: 'subscription', gsi2pk: 'SUBSCRIPTIONS', gsi2sk: '2026-11-30#broken',
      subscription: { id: 'broken', channel: { kind: 'pager' }, snsSubscriptionArn: 'arn:aws:sns:eu-central-1:123456789012:alerts:9f' },
    } }));
    await expect(stores.subscriptions.list()).rejects.toThrow(/subscription item SUB#broken in subscriptions-test does not fit the schema: channel/);
    // It can still be removed, and its SNS subscription found for unsubscribing.
    expect(await stores.subscriptions.remove('broken')).toEqual({ subscription: null, snsSubscriptionArn: 'arn:aws:sns:eu-central-1:123456789012:alerts:9f' });
    await expect(stores.subscriptions.list()).resolves.toHaveLength(2);
  });
});

describe('alert deliveries (ALERT#<key> / DELIVERY#<subscription>)', () => {
  it('records each subscription an alert reached, once, and tells alerts apart', async () => {
    const key = '0123456789abcdef0123456789abcdef';
    expect(await stores.deliveries.deliveredTo(key)).toEqual(new Set());
    await stores.deliveries.record(key, 'desk', '2026-11-20T10:00:00.000Z');
    await stores.deliveries.record(key, 'ops', '2026-11-20T10:00:01.000Z');
    await stores.deliveries.record(key, 'desk', '2026-11-20T10:05:00.000Z');
    expect(await stores.deliveries.deliveredTo(key)).toEqual(new Set(['desk', 'ops']));
    expect(await stores.deliveries.deliveredTo('fedcba9876543210fedcba9876543210')).toEqual(new Set());
  });
});
