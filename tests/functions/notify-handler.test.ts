import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { createNotifyHandler } from '../../functions/notify/notify-handler.js';
import { createPowertools, pipelineLog } from '../../functions/shared/powertools.js';
import { startLocalStores, type LocalStores } from '../../shared/local/stores.js';
import { wirePipeline } from '../../shared/pipeline/wiring.js';
import { AlertSchema, type Alert } from '../../shared/schemas/index.js';
import { createSnsAlertSink } from '../../shared/store/sns/sns-alert-sink.js';
import { loadEvent, quietPowertools } from './helpers/events.js';

const TOPIC = 'arn:aws:sns:eu-central-1:123456789012:coop-facts-alerts';

/** The alert the stream record carries, as process wrote it to the outbox. */
function alertOf(event: { Records: Array<{ dynamodb: { NewImage: Record<string, AttributeValue> } }> }): Alert {
  return AlertSchema.parse(unmarshall(event.Records[0]!.dynamodb.NewImage).alert);
}

describe('notify handler (dynalite outbox, SNS mocked)', () => {
  const sns = mockClient(SNSClient);
  let stores: LocalStores;
  const tools = createPowertools('test');
  const handlerFor = (s: LocalStores, now?: () => Date) => createNotifyHandler(wirePipeline(s, {
    log: pipelineLog(tools.logger), now,
    sink: createSnsAlertSink({ client: new SNSClient({ region: 'eu-central-1' }), topicArn: TOPIC }),
  }), tools);

  beforeAll(async () => {
    quietPowertools();
    stores = await startLocalStores({ tableName: 'notify-test' });
  });
  afterAll(async () => { await stores.close(); });
  afterEach(() => sns.reset());

  it('publishes the outbox alert of a stream record once, with the exact message and attributes, and marks it sent', async () => {
    // Prepare: process wrote the alert pending; its INSERT is the stream record.
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    const event = loadEvent<Parameters<typeof alertOf>[0]>('dynamodb-stream/insert-alert.json');
    const alert = alertOf(event);
    await stores.outbox.enqueue(alert, '2026-11-26T05:00:12.000Z');
    // Act
    const reply = await handlerFor(stores)(event);
    // Assert
    expect(reply).toEqual({ batchItemFailures: [] });
    const calls = sns.commandCalls(PublishCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]!.args[0].input;
    // MessageStructure json: the alert JSON for machines (default), its plain-words e-mail for people.
    const message = JSON.parse(input.Message!) as { default: string; email: string };
    expect(Object.keys(message)).toEqual(['default', 'email']);
    expect(message.email.split('\n')[0]).toBe('Uzbekistan - South Korea: $420M agreement signed (Navoi Mining and Metallurgical Company, Korea Zinc)');
    expect(JSON.parse(message.default)).toEqual({
      alertId: 'e66b3a5e74b941f064404721bea055e7', factId: 'e4b1c2d3a5f60718293a4b5c6d7e8f91',
      articleId: '5c0f3a9e1b7d4e2f8a6c0b3d9e1f7a24', reasons: ['agreement', 'amount-threshold'],
      type: 'agreement', status: 'signed', countries: ['UZ', 'KR'],
      organizations: ['Navoi Mining and Metallurgical Company', 'Korea Zinc'],
      amount: { value: 420000000, currency: 'USD', qualifier: 'exact', text: '$420 million' }, amountUsd: 420000000,
      sector: 'mining',
      evidence: 'Navoi Mining and Metallurgical Company and Korea Zinc signed a $420 million agreement to build a zinc refinery in Navoi region.',
      title: 'Navoi to get a zinc refinery with Korean partner',
      link: 'https://news.example.uz/economy/2026/11/26/navoi-zinc-refinery', published: '2026-11-26T09:30:00+05:00',
      // An alert stored before alerts were per deal reads with the deal fields' defaults.
      dealId: null, kind: 'new', changes: [], organizationKeys: [], sources: [],
    });
    expect(input).toEqual({
      TopicArn: TOPIC,
      Subject: 'Uzbekistan - South Korea: $420M agreement signed (Navoi Mining and Metallurgical Company, Korea…',
      Message: JSON.stringify({ default: JSON.stringify(AlertSchema.parse(alert)), email: message.email }),
      MessageStructure: 'json',
      MessageAttributes: {
        type: { DataType: 'String', StringValue: 'agreement' },
        kind: { DataType: 'String', StringValue: 'new' },
        countries: { DataType: 'String.Array', StringValue: '["UZ","KR"]' },
        country_pairs: { DataType: 'String.Array', StringValue: '["KR-UZ"]' },
        organizations: { DataType: 'String.Array', StringValue: '["korea zinc","navoi mining and metallurgical"]' },
        sector: { DataType: 'String', StringValue: 'mining' },
        status: { DataType: 'String', StringValue: 'signed' },
        amount_usd: { DataType: 'Number', StringValue: '420000000' },
      },
    });
    expect((await stores.outbox.pending()).map((p) => p.key)).not.toContain(alert.alertId);
  });

  it('does not publish the alert again when the stream delivers the record again', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-2' });
    const reply = await handlerFor(stores)(loadEvent('dynamodb-stream/insert-alert.json'));
    expect(reply).toEqual({ batchItemFailures: [] });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('ignores fact records and index entries: only outbox alerts are sent', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-3' });
    const mixed = await handlerFor(stores)(loadEvent('dynamodb-stream/insert-mixed.json'));
    const fact = await handlerFor(stores)(loadEvent('dynamodb-stream/insert-agreement.json'));
    expect([mixed, fact]).toEqual([{ batchItemFailures: [] }, { batchItemFailures: [] }]);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('reports a record whose alert has no key, by its sequence number', async () => {
    const reply = await handlerFor(stores)(loadEvent('dynamodb-stream/insert-invalid-alert.json'));
    expect(reply).toEqual({ batchItemFailures: [{ itemIdentifier: '100000000000000000015' }] });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('reports the record when SNS refuses, keeps the alert pending, and sends it on the retry', async () => {
    // Prepare: a fresh table, so the alert has not been sent yet.
    const fresh = await startLocalStores({ tableName: 'notify-retry' });
    const event = loadEvent<Parameters<typeof alertOf>[0]>('dynamodb-stream/insert-alert.json');
    await fresh.outbox.enqueue(alertOf(event), '2026-11-26T05:00:12.000Z');
    sns.on(PublishCommand).rejectsOnce(new Error('Throttled')).resolves({ MessageId: 'm-4' });
    // Act
    const first = await handlerFor(fresh)(event);
    const pendingBetween = await fresh.outbox.pending();
    const second = await handlerFor(fresh)(event);
    const pendingAfter = await fresh.outbox.pending();
    await fresh.close();
    // Assert: failed once (reported, counted in the outbox), then sent once.
    expect(first).toEqual({ batchItemFailures: [{ itemIdentifier: '100000000000000000011' }] });
    expect(pendingBetween).toMatchObject([{ attempts: 1, lastError: expect.stringMatching(/Throttled/) }]);
    expect(second).toEqual({ batchItemFailures: [] });
    expect(pendingAfter).toEqual([]);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(2);
  });

  it('on the schedule, sends the pending alerts whose back-off is over, and only those', async () => {
    // Prepare: two alerts that failed on their stream record, one a minute ago, one just now.
    const fresh = await startLocalStores({ tableName: 'notify-schedule' });
    const base = alertOf(loadEvent('dynamodb-stream/insert-alert.json'));
    const early = { ...base, alertId: '0'.repeat(31) + '1', evidence: 'early' };
    const late = { ...base, alertId: '0'.repeat(31) + '2', evidence: 'late' };
    const t0 = Date.parse('2026-11-26T06:00:00.000Z');
    const iso = (s: number) => new Date(t0 + s * 1000).toISOString();
    for (const [a, failedAt] of [[early, 0], [late, 30]] as const) {
      await fresh.outbox.enqueue(a, iso(failedAt));
      await fresh.outbox.markFailed((await fresh.outbox.lease(a.alertId, iso(failedAt)))!, 'HTTP 503', iso(failedAt));
    }
    sns.on(PublishCommand).resolves({ MessageId: 'm-5' });
    // Act: 70 s after the first failure: its one-minute back-off is over, the other's is not.
    const reply = await handlerFor(fresh, () => new Date(t0 + 70_000))(loadEvent('schedule/base.json'));
    const pending = (await fresh.outbox.pending()).map((p) => p.key);
    await fresh.close();
    // Assert
    expect(reply).toEqual({ due: 1, sent: 1, failed: 0 });
    expect(sns.commandCalls(PublishCommand).map((c) => JSON.parse(JSON.parse(c.args[0].input.Message!).default).alertId)).toEqual([early.alertId]);
    expect(pending).toEqual([late.alertId]);
  });

  it('refuses an event that is neither a DynamoDB stream event nor the schedule, naming the problem', async () => {
    await expect(handlerFor(stores)(loadEvent('sqs/base.json', { origin: 'http://127.0.0.1:9' }))).rejects.toThrow(/DynamoDB stream or schedule event does not match its schema/);
  });
});
