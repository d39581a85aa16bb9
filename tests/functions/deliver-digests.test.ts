// The deliver Lambda's daily digest run on AWS (issue 13): the daily rule's event sends each digest
// subscriber the alerts of the two days before: e-mail subscribers through the digest topic (SNS
// mocked: the exact Publish), webhooks as a signed POST to a loopback receiver; once per day each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { createDeliverHandler } from '../../functions/deliver/deliver-handler.js';
import { createPowertools, pipelineLog } from '../../functions/shared/powertools.js';
import { configuredWebhookDirectory } from '../helpers/fixed-webhook-directory.js';
import { sendDigests } from '../../shared/alerts/send-digests.js';
import { webhookDigestChannel } from '../../shared/alerts/digest-channels.js';
import { dailyDigest } from '../../shared/alerts/daily-digest.js';
import { verifySignature } from '../../shared/alerts/verify-signature.js';
import { snsDigestChannel } from '../../shared/store/sns/sns-digest-channel.js';
import { startLocalStores, type LocalStores } from '../../shared/local/stores.js';
import { SubscriptionSchema, type Alert } from '../../shared/schemas/index.js';
import { startHttpServer, type TestServer } from '../helpers/http-server.js';
import { quietPowertools } from './helpers/events.js';
import { AGREEMENT_NO_AMOUNT, NEW_LOAN } from '../unit/alerts/fixed-alerts.js';

const DIGEST_TOPIC = 'arn:aws:sns:eu-central-1:123456789012:coop-facts-dev-digests';
const SECRET = 'digest-secret-abcdef0123456789';
const sns = mockClient(SNSClient);
let stores: LocalStores;
let receiver: TestServer;
const posted: Array<{ body: Record<string, unknown>; signed: boolean; key: unknown }> = [];

beforeAll(async () => {
  quietPowertools();
  stores = await startLocalStores({ tableName: 'deliver-digests' });
  receiver = await startHttpServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    posted.push({ body: JSON.parse(body), signed: verifySignature({ body, headers: req.headers, secret: SECRET }).ok, key: req.headers['idempotency-key'] });
    res.writeHead(204).end();
  });
  const send = async (alert: Alert, at: string) => {
    await stores.outbox.enqueue(alert, at);
    await stores.outbox.markSent(alert.alertId, at);
  };
  await send(NEW_LOAN, '2026-11-19T08:00:00.000Z');
  await send(AGREEMENT_NO_AMOUNT, '2026-11-20T09:00:00.000Z');
  const sub = (id: string, channel: unknown) => SubscriptionSchema.parse({ id, channel, filters: {}, digest: true, createdAt: '2026-11-01T00:00:00.000Z' });
  await stores.subscriptions.add(sub('daily-mail', { kind: 'email', address: 'daily@example.org' }));
  await stores.subscriptions.add(sub('daily-hook', { kind: 'webhook', url: `${receiver.url}/daily` }));
});

afterAll(async () => {
  sns.restore();
  await receiver?.close();
  await stores?.close();
});

describe('deliver, on the daily digest event', () => {
  const tools = createPowertools('test');
  const handler = () => {
    const client = new SNSClient({ region: 'eu-central-1' });
    return createDeliverHandler(configuredWebhookDirectory([]), {
      secretOf: async () => SECRET, deadLetter: async () => {}, log: pipelineLog(tools.logger), now: () => new Date('2026-11-21T00:15:00.000Z'),
    }, tools, (day) => sendDigests(day, {
      subscriptions: stores.subscriptions, outbox: stores.outbox, deliveries: stores.deliveries, at: '2026-11-21T00:15:00.000Z',
      channelOf: (s) => (s.channel.kind === 'email'
        ? snsDigestChannel({ client, topicArn: DIGEST_TOPIC }, s.id)
        : webhookDigestChannel(s.channel.url, s.channel.format, async () => SECRET)),
    }));
  };

  it('sends each subscriber the digests of the two days before, by the digest topic and a signed POST, and nothing twice', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm' });
    const reply = await handler()({ digest: true, days: 2 });
    const { digests } = reply as { digests: Array<{ day: string; sent: string[]; failed: unknown[] }> };
    expect(digests.map((d) => [d.day, [...d.sent].sort(), d.failed])).toEqual([
      ['2026-11-19', ['daily-hook', 'daily-mail'], []],
      ['2026-11-20', ['daily-hook', 'daily-mail'], []],
    ]);
    const first = dailyDigest([NEW_LOAN], '2026-11-19')!;
    expect(sns.commandCalls(PublishCommand)[0]!.args[0].input).toEqual({
      TopicArn: DIGEST_TOPIC, Subject: first.subject, Message: first.body,
      MessageAttributes: {
        digest_for: { DataType: 'String', StringValue: 'daily-mail' },
        digest_id: { DataType: 'String', StringValue: 'DIGEST-2026-11-19-daily-mail' },
      },
    });
    expect(posted.map((p) => [p.body.day, p.body.subject, p.signed, p.key])).toEqual([
      ['2026-11-19', first.subject, true, 'DIGEST-2026-11-19-daily-hook'],
      ['2026-11-20', dailyDigest([AGREEMENT_NO_AMOUNT], '2026-11-20')!.subject, true, 'DIGEST-2026-11-20-daily-hook'],
    ]);

    const again = await handler()({ digest: true, days: 2 });
    expect(again).toMatchObject({ digests: [{ sent: [] }, { sent: [] }] });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(2);
    expect(posted).toHaveLength(2);
  });
});
