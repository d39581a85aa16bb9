import { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { QueueSendError, createSqsItemQueue } from '../../shared/store/sqs/sqs-item-queue.js';
import { ItemMessageSchema, type ItemMessage } from '../../shared/schemas/index.js';
import { startFakeSqs, type FakeSqs } from './helpers/fake-sqs.js';

/** n distinct item messages (ids are 32 hex chars, as articleIdOf makes them). */
function messages(n: number): ItemMessage[] {
  return Array.from({ length: n }, (_, i) => ItemMessageSchema.parse({
    articleId: i.toString(16).padStart(32, '0'),
    canonicalUrl: `https://news.example.kz/business/${i}`,
    item: { feedId: 'steppe-ledger-business', title: `Item ${i}`, link: `https://news.example.kz/business/${i}` },
  }));
}

describe('createSqsItemQueue', () => {
  let sqs: FakeSqs;
  beforeAll(async () => { sqs = await startFakeSqs(); });
  afterAll(async () => { await sqs.close(); });
  beforeEach(() => { sqs.received.length = 0; sqs.batches.length = 0; sqs.failNext.clear(); });

  it('sends one JSON ItemMessage per entry, ten entries per batch', async () => {
    const items = messages(23);
    await createSqsItemQueue({ client: sqs.client, queueUrl: sqs.queueUrl }).send(items);
    expect(sqs.batches).toEqual([10, 10, 3]);
    expect(sqs.received.map((e) => ItemMessageSchema.parse(JSON.parse(e.MessageBody)))).toEqual(items);
    expect(sqs.received.map((e) => e.Id)).toEqual(items.map((m) => m.articleId));
  });

  it('resends entries that failed on the server side', async () => {
    const items = messages(3);
    sqs.failNext.set(items[1]!.articleId, 'server');
    await createSqsItemQueue({ client: sqs.client, queueUrl: sqs.queueUrl }).send(items);
    expect(sqs.batches).toEqual([3, 1]);
    expect(sqs.received.map((e) => e.Id).sort()).toEqual(items.map((m) => m.articleId).sort());
  });

  it('reports entries refused for a sender fault without resending them, after sending the rest', async () => {
    const items = messages(4);
    sqs.failNext.set(items[2]!.articleId, 'sender');
    const error = await createSqsItemQueue({ client: sqs.client, queueUrl: sqs.queueUrl }).send(items).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueueSendError);
    expect((error as QueueSendError).articleIds).toEqual([items[2]!.articleId]);
    expect((error as Error).message).toContain('InvalidMessageContents');
    expect(sqs.batches).toEqual([4]);
    expect(sqs.received).toHaveLength(3);
  });

  it('names every item of a batch whose call failed outright', async () => {
    const items = messages(2);
    // Port 1 on loopback: nothing listens, so the connection is refused.
    const client = new SQSClient({ endpoint: 'http://127.0.0.1:1', region: 'eu-central-1', maxAttempts: 1, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    const error = await createSqsItemQueue({ client, queueUrl: 'http://127.0.0.1:1/123456789012/nowhere' })
      .send(items).catch((e: unknown) => e);
    client.destroy();
    expect(error).toBeInstanceOf(QueueSendError);
    expect((error as QueueSendError).articleIds).toEqual(items.map((m) => m.articleId));
  });
});
