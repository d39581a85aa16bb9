// The deliver Lambda's handler against a real loopback receiver that verifies every signature,
// SSM mocked (the exact GetParameter input asserted), dead letters sent over the SQS protocol to
// the loopback fake: signed POSTs to the webhooks whose filters pass, retries with backoff, the
// alert itself kept as a dead letter, and a redrive that goes to the one webhook it failed for.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { GetParameterCommand, ParameterNotFound, SSMClient } from '@aws-sdk/client-ssm';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse } from 'aws-lambda';
import { createDeliverHandler } from '../../functions/deliver/deliver-handler.js';
import { createPowertools, pipelineLog } from '../../functions/shared/powertools.js';
import { configuredWebhookDirectory, type ConfiguredWebhook } from '../helpers/fixed-webhook-directory.js';
import { verifySignature } from '../../shared/alerts/verify-signature.js';
import { slackMessage } from '../../shared/alerts/slack-message.js';
import { createSsmSecrets } from '../../shared/store/ssm/ssm-secrets.js';
import { createSqsDeadLetters } from '../../shared/store/sqs/sqs-dead-letters.js';
import type { Alert } from '../../shared/schemas/index.js';
import { startHttpServer, type TestServer } from '../helpers/http-server.js';
import { startFakeSqs, type FakeSqs } from './helpers/fake-sqs.js';
import { quietPowertools } from './helpers/events.js';
import { AGREEMENT_NO_AMOUNT, NEW_LOAN } from '../unit/alerts/fixed-alerts.js';

const SECRETS: Record<string, string> = {
  '/coop-facts/test/webhooks/desk': 'desk-secret-0123456789abcdef',
  '/coop-facts/test/webhooks/chat': 'chat-secret-0123456789abcdef',
  '/coop-facts/test/webhooks/flaky': 'flaky-secret-0123456789abcd',
  '/coop-facts/test/webhooks/down': 'down-secret-0123456789abcdef',
  '/coop-facts/test/webhooks/gone': 'gone-secret-0123456789abcdef',
};

let receiver: TestServer;
let sqs: FakeSqs;
/** What the receiver took (2xx), by path, with the verdict of its signature check. */
const got: Array<{ path: string; body: string; headers: Record<string, string | string[] | undefined> }> = [];
const calls = new Map<string, number>();
/** Paths whose receiver is back: they answer 204 whatever they did before. */
const recovered = new Set<string>();

beforeAll(async () => {
  quietPowertools();
  sqs = await startFakeSqs();
  receiver = await startHttpServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const path = req.url ?? '';
    const n = (calls.get(path) ?? 0) + 1;
    calls.set(path, n);
    // Each webhook verifies with its own secret, as a real receiver would.
    const verdict = verifySignature({ body, headers: req.headers, secret: SECRETS[`/coop-facts/test/webhooks${path}`] ?? 'none' });
    if (!verdict.ok) return res.writeHead(401).end(verdict.reason);
    if (recovered.has(path)) { got.push({ path, body, headers: req.headers }); return res.writeHead(204).end(); }
    if (path === '/flaky' && n <= 2) return res.writeHead(503).end();
    if (path === '/down') return res.writeHead(500).end();
    if (path === '/gone') return res.writeHead(410).end();
    got.push({ path, body, headers: req.headers });
    res.writeHead(204).end();
  });
});
afterAll(async () => { await receiver?.close(); await sqs?.close(); });

const ssm = mockClient(SSMClient);
beforeEach(() => {
  got.length = 0;
  calls.clear();
  recovered.clear();
  sqs.sent.length = 0;
  ssm.on(GetParameterCommand).callsFake((input: { Name: string }) => {
    const value = SECRETS[input.Name];
    if (value === undefined) throw new ParameterNotFound({ message: 'not found', $metadata: {} });
    return { Parameter: { Name: input.Name, Type: 'SecureString', Value: value, Version: 1 } };
  });
});
afterEach(() => ssm.reset());

function webhooks(): ConfiguredWebhook[] {
  const w = (id: string, over: Partial<ConfiguredWebhook> = {}): ConfiguredWebhook => ({
    id, url: `${receiver.url}/${id}`, format: 'json', secretParameter: `/coop-facts/test/webhooks/${id}`, ...over,
  });
  return [
    w('desk', { countries: ['UZ'], minAmountUsd: 100_000_000 }),
    w('chat', { format: 'slack', types: ['financing', 'agreement'] }),
    w('flaky', { types: ['agreement'] }),
    w('down', { countries: ['KZ'] }),
    w('gone', { countries: ['KZ'] }),
    w('nosecret', { types: ['trade'] }),
  ];
}

/** The handler as the Lambda builds it, with a clock and a sleep the test controls. */
function handlerWith(sleeps: number[], at = new Date()) {
  const sqsClient = new SQSClient({ endpoint: new URL(sqs.queueUrl).origin, region: 'eu-central-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, maxAttempts: 1 });
  const tools = createPowertools('test');
  return createDeliverHandler(configuredWebhookDirectory(webhooks()), {
    secretOf: createSsmSecrets({ client: new SSMClient({ region: 'eu-central-1' }) }),
    deadLetter: createSqsDeadLetters({ client: sqsClient, queueUrl: sqs.queueUrl }),
    log: pipelineLog(tools.logger),
    sleep: async (ms) => { sleeps.push(ms); },
    now: () => at,
  }, tools);
}

/** An SQS record as the deliveries queue gives it: the alert JSON (SNS raw delivery), or a redriven dead letter. */
function record(id: string, body: string, attributes: Record<string, string> = {}) {
  return {
    messageId: id, receiptHandle: `rh-${id}`, body,
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '1795154400000', SenderId: 'AIDAEXAMPLE', ApproximateFirstReceiveTimestamp: '1795154400100' },
    messageAttributes: Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, { stringValue: v, stringListValues: [], binaryListValues: [], dataType: 'String' }])),
    md5OfBody: '0', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:eu-central-1:123456789012:coop-facts-deliveries', awsRegion: 'eu-central-1',
  };
}
const event = (...records: ReturnType<typeof record>[]) => ({ Records: records });
const kz: Alert = { ...AGREEMENT_NO_AMOUNT };

describe('deliver handler', () => {
  it('POSTs each alert, signed with its webhook\'s secret from SSM, to the webhooks whose filters pass, in their format', async () => {
    // Prepare: the loan (UZ, financing, $150M) passes desk and chat; not flaky (agreements only).
    const sleeps: number[] = [];
    const at = new Date();
    // Act
    const reply = await handlerWith(sleeps, at)(event(record('m1', JSON.stringify(NEW_LOAN), { type: 'financing' })));
    // Assert
    expect(reply).toEqual({ batchItemFailures: [] });
    expect(got.map((g) => g.path).sort()).toEqual(['/chat', '/desk']);
    const desk = got.find((g) => g.path === '/desk')!;
    expect(desk.body).toBe(JSON.stringify(NEW_LOAN));
    expect(desk.headers).toMatchObject({
      'content-type': 'application/json', 'user-agent': 'coop-facts-alerts/0.2', 'idempotency-key': NEW_LOAN.alertId,
      'x-coop-timestamp': String(Math.floor(at.getTime() / 1000)), 'x-coop-signature': expect.stringMatching(/^v1=[0-9a-f]{64}$/),
    });
    expect(JSON.parse(got.find((g) => g.path === '/chat')!.body)).toEqual(slackMessage(NEW_LOAN));
    expect(ssm.commandCalls(GetParameterCommand).map((c) => c.args[0].input).sort((a, b) => a.Name!.localeCompare(b.Name!))).toEqual([
      { Name: '/coop-facts/test/webhooks/chat', WithDecryption: true },
      { Name: '/coop-facts/test/webhooks/desk', WithDecryption: true },
    ]);
    expect(sleeps).toEqual([]);
    expect(sqs.sent).toEqual([]);
  });

  it('reads each secret once per cache period, however many alerts', async () => {
    const handler = handlerWith([]);
    await handler(event(record('m1', JSON.stringify(NEW_LOAN)), record('m2', JSON.stringify({ ...NEW_LOAN, alertId: 'e'.repeat(32) }))));
    await handler(event(record('m3', JSON.stringify({ ...NEW_LOAN, alertId: 'f'.repeat(32) }))));
    expect(got).toHaveLength(6);
    expect(ssm.commandCalls(GetParameterCommand)).toHaveLength(2);
  });

  it('retries a failing receiver with backoff, re-signing each try, and sends nothing to the dead letters when it recovers', async () => {
    const sleeps: number[] = [];
    const agreement = { ...NEW_LOAN, type: 'agreement' as const, countries: ['GE'], alertId: '1'.repeat(32) };
    const reply = await handlerWith(sleeps)(event(record('m1', JSON.stringify(agreement))));
    expect(reply).toEqual({ batchItemFailures: [] });
    expect(calls.get('/flaky')).toBe(3);
    expect(sleeps).toEqual([2000, 8000]);
    expect(got.map((g) => g.path).sort()).toEqual(['/chat', '/flaky']);
    expect(sqs.sent).toEqual([]);
  });

  it('keeps the alert itself as a dead letter, naming the webhook and the error: after three tries for a 500, at once for a 410', async () => {
    const sleeps: number[] = [];
    const reply = await handlerWith(sleeps)(event(record('m1', JSON.stringify(kz))));
    expect(reply).toEqual({ batchItemFailures: [] });
    expect(Object.fromEntries(calls)).toEqual({ '/chat': 1, '/flaky': 3, '/down': 3, '/gone': 1 });
    // The webhooks in turn: flaky's two retries (it then takes the alert), down's two, none for gone.
    expect(sleeps).toEqual([2000, 8000, 2000, 8000]);
    expect(sqs.sent).toEqual(['down', 'gone'].map((id) => ({
      QueueUrl: sqs.queueUrl,
      MessageBody: JSON.stringify(kz),
      MessageAttributes: {
        webhook: { DataType: 'String', StringValue: id },
        error: { DataType: 'String', StringValue: `webhook ${receiver.url}/${id} answered HTTP ${id === 'down' ? 500 : 410}` },
      },
    })));
  });

  it('dead-letters at once, POSTing nothing, when the webhook\'s secret parameter does not exist', async () => {
    const sleeps: number[] = [];
    const trade = { ...NEW_LOAN, type: 'trade' as const, countries: ['GE'], alertId: '2'.repeat(32) };
    await handlerWith(sleeps)(event(record('m1', JSON.stringify(trade))));
    expect(calls.get('/nosecret')).toBeUndefined();
    expect(sleeps).toEqual([]);
    expect(sqs.sent.map((m) => m.MessageAttributes?.error?.StringValue)).toEqual([
      'SSM parameter /coop-facts/test/webhooks/nosecret does not exist: create it with aws ssm put-parameter --type SecureString --name /coop-facts/test/webhooks/nosecret --value <secret>',
    ]);
  });

  it('delivers a redriven dead letter to the one webhook it names, not again to the others', async () => {
    // Prepare: the dead letter of "gone", brought back to the deliveries queue by a message move
    // task (body and attributes as they were), once its receiver is back.
    await handlerWith([])(event(record('m1', JSON.stringify(kz))));
    const dead = sqs.sent.find((m) => m.MessageAttributes?.webhook?.StringValue === 'gone')!;
    got.length = 0;
    calls.clear();
    recovered.add('/gone');
    const attributes = Object.fromEntries(Object.entries(dead.MessageAttributes ?? {}).map(([k, v]) => [k, v.StringValue ?? '']));
    // Act
    const reply = await handlerWith([])(event(record('r1', dead.MessageBody, attributes)));
    // Assert: chat, flaky and down pass the alert's filters too, but are not called again.
    expect(reply).toEqual({ batchItemFailures: [] });
    expect([...calls.keys()]).toEqual(['/gone']);
    expect(got.map((g) => [g.path, g.body])).toEqual([['/gone', JSON.stringify(kz)]]);
  });

  it('fails the record (SQS retries it, then moves it to the dead letters as it is) when the body is not an alert or a dead letter cannot be written', async () => {
    sqs.failSends.count = 1;
    const reply = (await handlerWith([])(event(record('bad', '{"not":"an alert"}'), record('m2', JSON.stringify({ ...kz, countries: ['KZ'] }))))) as SQSBatchResponse;
    expect(reply.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(['bad', 'm2']);
  });
});
