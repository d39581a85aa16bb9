import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { startLocalStores, type LocalStores } from '../../shared/local/stores.js';
import { AlertSchema, SubscriptionSchema } from '../../shared/schemas/index.js';
import { loadEvent, quietPowertools } from './helpers/events.js';
import { startFakeSqs } from './helpers/fake-sqs.js';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { startHttpServer } from '../helpers/http-server.js';
import { verifySignature } from '../../shared/alerts/verify-signature.js';
import { NEW_LOAN } from '../unit/alerts/fixed-alerts.js';

/**
 * The handler modules as Lambda loads them: dependencies built at module scope from the env.
 * The SDK reads AWS_ENDPOINT_URL_DYNAMODB, so the real module talks to dynalite unchanged.
 */
describe('handler modules (cold start from env)', () => {
  const sns = mockClient(SNSClient);
  let stores: LocalStores;
  const saved = { ...process.env };

  beforeAll(async () => {
    quietPowertools();
    stores = await startLocalStores({ tableName: 'cold-start' });
  });
  afterAll(async () => {
    process.env = saved;
    await stores.close();
  });
  beforeEach(() => {
    vi.resetModules();
    sns.reset();
    Object.assign(process.env, {
      AWS_REGION: 'eu-central-1', AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x',
      AWS_ENDPOINT_URL_DYNAMODB: stores.endpoints.dynamodb,
    });
  });

  it('notify: builds its stores and sink from the env and publishes to TOPIC_ARN', async () => {
    Object.assign(process.env, {
      TABLE_NAME: stores.tableName, TOPIC_ARN: 'arn:aws:sns:eu-central-1:123456789012:from-env', STAGE: 'test',
    });
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    const event = loadEvent<{ Records: Array<{ dynamodb: { NewImage: Record<string, AttributeValue> } }> }>('dynamodb-stream/insert-alert.json');
    await stores.outbox.enqueue(AlertSchema.parse(unmarshall(event.Records[0]!.dynamodb.NewImage).alert), '2026-11-26T05:00:12.000Z');
    const { handler } = await import('../../functions/notify/handler.js');
    const reply = await handler(event);
    expect(reply).toEqual({ batchItemFailures: [] });
    expect(sns.commandCalls(PublishCommand).map((c) => c.args[0].input.TopicArn)).toEqual(['arn:aws:sns:eu-central-1:123456789012:from-env']);
  });

  it('notify: a bad env fails the cold start, listing every bad variable', async () => {
    Object.assign(process.env, { TABLE_NAME: '', TOPIC_ARN: 'topic' });
    await expect(import('../../functions/notify/handler.js')).rejects.toThrow(
      /Invalid Lambda environment \(2 problem\(s\)\): TABLE_NAME is empty.*TOPIC_ARN must be an SNS topic ARN/,
    );
  });

  it('discover: a missing feeds file fails the cold start, naming the file', async () => {
    Object.assign(process.env, {
      TABLE_NAME: stores.tableName, QUEUE_URL: 'https://sqs.eu-central-1.amazonaws.com/123456789012/items',
      FEEDS_FILE: 'no-such-feeds.json', LAMBDA_TASK_ROOT: '/nonexistent/task',
    });
    await expect(import('../../functions/discover/handler.js')).rejects.toThrow(/feeds file \/nonexistent\/task\/no-such-feeds\.json: cannot be read/);
  });

  it('discover: runs from the env with the private-address guard on, so a loopback feed is refused', async () => {
    // Prepare: a feeds file naming a feed on loopback, as a misconfigured registry might.
    const dir = mkdtempSync(join(tmpdir(), 'discover-env-'));
    const feedsFile = join(dir, 'feeds.json');
    writeFileSync(feedsFile, JSON.stringify({ feeds: [{ id: 'loopback-feed', url: 'http://127.0.0.1:9/rss.xml', outlet: 'Nobody' }] }));
    const sqs = await startFakeSqs();
    Object.assign(process.env, {
      TABLE_NAME: stores.tableName, QUEUE_URL: sqs.queueUrl, FEEDS_FILE: feedsFile, STAGE: 'test',
      AWS_ENDPOINT_URL_SQS: new URL(sqs.queueUrl).origin,
    });
    // Act
    const { handler } = await import('../../functions/discover/handler.js');
    const reply = await handler(loadEvent('schedule/base.json'));
    await sqs.close();
    // Assert
    expect(reply).toMatchObject({ feeds: 1, queued: 0, failed: [{ feedId: 'loopback-feed', error: expect.stringMatching(/private/i) }] });
    expect(sqs.received).toEqual([]);
  });

  it('deliver: reads its webhooks from the subscriptions in the table, secrets from SSM: a signed POST to one, the alert dead-lettered for the other', async () => {
    // Prepare: two webhook subscriptions (dynalite) on loopback, one refusing (410); SSM mocked, SQS the loopback fake.
    const ssm = mockClient(SSMClient);
    ssm.on(GetParameterCommand).resolves({ Parameter: { Value: 'env-secret-0123456789abcdef' } });
    const received: boolean[] = [];
    const receiver = await startHttpServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      if (req.url === '/gone') return res.writeHead(410).end();
      received.push(verifySignature({ body, headers: req.headers, secret: 'env-secret-0123456789abcdef' }).ok);
      res.writeHead(204).end();
    });
    const sqs = await startFakeSqs();
    for (const id of ['desk', 'gone']) {
      await stores.subscriptions.add(SubscriptionSchema.parse({ id, channel: { kind: 'webhook', url: `${receiver.url}/${id}` }, filters: {}, createdAt: '2026-11-19T00:00:00.000Z' }));
    }
    Object.assign(process.env, {
      STAGE: 'test', TABLE_NAME: stores.tableName, AWS_ENDPOINT_URL_DYNAMODB: stores.endpoints.dynamodb,
      WEBHOOK_FAILURES_URL: sqs.queueUrl, AWS_ENDPOINT_URL_SQS: new URL(sqs.queueUrl).origin,
      DIGEST_TOPIC_ARN: 'arn:aws:sns:eu-central-1:123456789012:digests',
    });
    const event = { Records: [{ messageId: 'm1', receiptHandle: 'rh', body: JSON.stringify(NEW_LOAN), attributes: { ApproximateReceiveCount: '1' }, messageAttributes: {}, eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:eu-central-1:123456789012:deliveries' }] };
    try {
      // Act
      const { handler } = await import('../../functions/deliver/handler.js');
      const reply = await handler(event);
      // Assert
      expect(reply).toEqual({ batchItemFailures: [] });
      expect(received).toEqual([true]);
      // Each secret read from the parameter its subscription's id names.
      expect(ssm.commandCalls(GetParameterCommand).map((c) => c.args[0].input.Name).sort()).toEqual(['/coop-facts/test/webhooks/desk', '/coop-facts/test/webhooks/gone']);
      expect(sqs.sent.map((m) => [m.QueueUrl, m.MessageBody, m.MessageAttributes?.webhook?.StringValue])).toEqual([[sqs.queueUrl, JSON.stringify(NEW_LOAN), 'gone']]);
    } finally {
      ssm.restore();
      await receiver.close();
      await sqs.close();
    }
  });

  it('deliver: a bad env fails the cold start, listing every bad variable', async () => {
    Object.assign(process.env, { TABLE_NAME: '', WEBHOOK_FAILURES_URL: 'queue', DIGEST_TOPIC_ARN: 'digests' });
    await expect(import('../../functions/deliver/handler.js')).rejects.toThrow(
      /Invalid Lambda environment \(3 problem\(s\)\): TABLE_NAME is empty.*DIGEST_TOPIC_ARN must be an SNS topic ARN.*WEBHOOK_FAILURES_URL must be the queue URL/,
    );
  });
});
