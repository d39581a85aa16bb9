import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { createNotifyHandler } from '../../functions/notify/notify-handler.js';
import { createPowertools, pipelineLog } from '../../functions/shared/powertools.js';
import { startLocalStores, type LocalStores } from '../../shared/local/stores.js';
import { AlertSchema, ArticleSchema } from '../../shared/schemas/index.js';
import { createSnsAlertSink } from '../../shared/store/sns/sns-alert-sink.js';
import { loadEvent, quietPowertools } from './helpers/events.js';

const TOPIC = 'arn:aws:sns:eu-central-1:123456789012:coop-facts-alerts';
const ARTICLE_ID = '5c0f3a9e1b7d4e2f8a6c0b3d9e1f7a24';
const THRESHOLD_USD = 10_000_000;

describe('notify handler (dynalite, SNS mocked)', () => {
  const sns = mockClient(SNSClient);
  let stores: LocalStores;
  let handler: ReturnType<typeof createNotifyHandler>;

  beforeAll(async () => {
    quietPowertools();
    stores = await startLocalStores({ tableName: 'notify-test' });
    // The article the facts come from: notify takes the alert's title from it.
    const { paragraphs, ...article } = ArticleSchema.parse({
      id: ARTICLE_ID, url: 'https://news.example.uz/economy/2026/11/26/navoi-zinc-refinery',
      canonicalUrl: 'https://news.example.uz/economy/2026/11/26/navoi-zinc-refinery',
      title: 'Navoi to get a zinc refinery with Korean partner', paragraphs: ['One.', 'Two.'],
      extractedBy: 'generic', fetchedAt: '2026-11-26T05:00:10.000Z', published: '2026-11-26T09:30:00+05:00',
    });
    await stores.articles.putArticle({ ...article, articleKey: `articles/dt=2026-11-26/${ARTICLE_ID}.json`, paragraphCount: paragraphs.length });
    const tools = createPowertools('test');
    handler = createNotifyHandler({
      ledger: stores.alertLedger, articles: stores.articles, thresholdUsd: THRESHOLD_USD, log: pipelineLog(tools.logger),
      sink: createSnsAlertSink({ client: new SNSClient({ region: 'eu-central-1' }), topicArn: TOPIC }),
    }, tools);
  });
  afterAll(async () => { await stores.close(); });
  afterEach(() => sns.reset());

  it('publishes one alert for a new agreement, with the exact message and attributes', async () => {
    // Prepare
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    const event = loadEvent('dynamodb-stream/insert-agreement.json');
    // Act
    const reply = await handler(event);
    // Assert
    expect(reply).toEqual({ batchItemFailures: [] });
    const calls = sns.commandCalls(PublishCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]!.args[0].input;
    expect(JSON.parse(input.Message!)).toEqual(AlertSchema.parse({
      factId: 'e4b1c2d3a5f60718293a4b5c6d7e8f91', articleId: ARTICLE_ID, reasons: ['agreement', 'amount-threshold'],
      type: 'agreement', status: 'signed', countries: ['UZ', 'KR'],
      organizations: ['Navoi Mining and Metallurgical Company', 'Korea Zinc'],
      amount: { value: 420000000, currency: 'USD', qualifier: 'exact', text: '$420 million' }, amountUsd: 420000000,
      sector: 'mining',
      evidence: 'Navoi Mining and Metallurgical Company and Korea Zinc signed a $420 million agreement to build a zinc refinery in Navoi region.',
      title: 'Navoi to get a zinc refinery with Korean partner',
      link: 'https://news.example.uz/economy/2026/11/26/navoi-zinc-refinery', published: '2026-11-26T09:30:00+05:00',
    }));
    expect(input).toMatchObject({
      TopicArn: TOPIC,
      Subject: 'Agreement: Navoi to get a zinc refinery with Korean partner',
      MessageAttributes: {
        type: { DataType: 'String', StringValue: 'agreement' },
        countries: { DataType: 'String.Array', StringValue: '["UZ","KR"]' },
        sector: { DataType: 'String', StringValue: 'mining' },
        status: { DataType: 'String', StringValue: 'signed' },
        amount_usd: { DataType: 'Number', StringValue: '420000000' },
      },
    });
  });

  it('does not alert the same fact twice when the stream delivers it again', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-2' });
    const reply = await handler(loadEvent('dynamodb-stream/insert-agreement.json'));
    expect(reply).toEqual({ batchItemFailures: [] });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('skips small trade facts and index entries: only facts that deserve an alert are published', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-3' });
    // A $3M trade fact (under the threshold), an index entry, and the agreement already alerted.
    const reply = await handler(loadEvent('dynamodb-stream/insert-mixed.json'));
    expect(reply).toEqual({ batchItemFailures: [] });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('reports a record whose fact does not parse, by its sequence number', async () => {
    const reply = await handler(loadEvent('dynamodb-stream/insert-invalid-fact.json'));
    expect(reply).toEqual({ batchItemFailures: [{ itemIdentifier: '100000000000000000005' }] });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('reports the record when SNS refuses, and sends it on the retry', async () => {
    // Prepare: a fresh table, so the agreement has not been alerted yet.
    const fresh = await startLocalStores({ tableName: 'notify-retry' });
    const tools = createPowertools('test');
    const retryHandler = createNotifyHandler({
      ledger: fresh.alertLedger, articles: fresh.articles, thresholdUsd: THRESHOLD_USD, log: pipelineLog(tools.logger),
      sink: createSnsAlertSink({ client: new SNSClient({ region: 'eu-central-1' }), topicArn: TOPIC }),
    }, tools);
    sns.on(PublishCommand).rejectsOnce(new Error('Throttled')).resolves({ MessageId: 'm-4' });
    // Act
    const first = await retryHandler(loadEvent('dynamodb-stream/insert-agreement.json'));
    const second = await retryHandler(loadEvent('dynamodb-stream/insert-agreement.json'));
    await fresh.close();
    // Assert: failed once (reported), then sent; the alert ledger claim was given back in between.
    expect(first).toEqual({ batchItemFailures: [{ itemIdentifier: '100000000000000000001' }] });
    expect(second).toEqual({ batchItemFailures: [] });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(2);
    // No article in this table: the alert still goes out, with an empty title.
    expect(JSON.parse(sns.commandCalls(PublishCommand)[1]!.args[0].input.Message!).title).toBe('');
  });

  it('refuses an event that is not a DynamoDB stream event, naming the problem', async () => {
    await expect(handler(loadEvent('sqs/base.json', { origin: 'http://127.0.0.1:9' }))).rejects.toThrow(/DynamoDB stream event does not match its schema: Records\.0\.eventID/);
  });
});
