// `npm run subscriptions -- ... --aws`: the table item on dynalite and the SNS calls, asserted exactly
// (SNS has no local equivalent: aws-sdk-client-mock answers for it).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { SNSClient, SubscribeCommand, UnsubscribeCommand } from '@aws-sdk/client-sns';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { runSubscriptions, SubscriptionsOptionsSchema, type AwsClients } from '../../../shared/local/subscriptions-cli.js';

const DIGEST_TOPIC = 'arn:aws:sns:eu-central-1:123456789012:coop-facts-prod-digests';
const TOPIC = 'arn:aws:sns:eu-central-1:123456789012:CoopFacts-prod-AlertsTopic';
const ARN = `${TOPIC}:5d3c1f0e-7a2b-4c9d-8e6f-0a1b2c3d4e5f`;
const sns = mockClient(SNSClient);
let stores: LocalStores;
beforeAll(async () => { stores = await startLocalStores({ tableName: 'CoopFacts-prod-Table' }); });
afterAll(async () => { await stores?.close(); });
afterEach(() => sns.reset());

const clients: AwsClients = () => ({ doc: stores.doc, sns: new SNSClient({ region: 'eu-central-1' }) });
/** Runs the command as the CLI would after parsing its flags; returns the exit code and what it printed. */
async function cli(flags: Record<string, unknown>, env: Record<string, string> = { TABLE_NAME: 'CoopFacts-prod-Table', TOPIC_ARN: TOPIC }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSubscriptions(SubscriptionsOptionsSchema.parse({ aws: true, ...flags }), { out: (t) => out.push(t), err: (t) => err.push(t), env }, clients);
  return { code, out: out.join(''), err: err.join('') };
}

describe('subscriptions --aws', () => {
  it('add stores the item and subscribes the channel with the generated filter policy; remove unsubscribes and deletes', async () => {
    sns.on(SubscribeCommand).resolves({ SubscriptionArn: ARN });
    sns.on(UnsubscribeCommand).resolves({});

    const added = await cli({ positionals: ['add'], email: 'desk@example.org', id: 'desk', pair: 'uz-cn', org: ['Asian Development Bank (ADB)'], 'min-usd': '100000000', status: ['signed,agreed'] });

    expect(added).toMatchObject({ code: 0, err: '' });
    expect(sns.commandCalls(SubscribeCommand).map((c) => c.args[0].input)).toEqual([{
      TopicArn: TOPIC, Protocol: 'email', Endpoint: 'desk@example.org', ReturnSubscriptionArn: true,
      Attributes: {
        FilterPolicy: JSON.stringify({ country_pairs: ['CN-UZ'], organizations: ['asian development bank'], status: ['signed', 'agreed'], amount_usd: [{ numeric: ['>=', 100000000] }] }),
        FilterPolicyScope: 'MessageAttributes',
      },
    }]);
    expect(await stores.subscriptions.get('desk')).toMatchObject({
      id: 'desk', snsSubscriptionArn: ARN, channel: { kind: 'email', address: 'desk@example.org' },
      filters: { countries: { pair: ['UZ', 'CN'] }, organizations: [{ key: 'asian development bank', name: 'Asian Development Bank (ADB)' }] },
    });
    expect(added.out).toContain(`  sns ${ARN}`);

    const listed = await cli({ positionals: ['list'], format: 'json' });
    expect(listed.out.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['desk']);

    const removed = await cli({ positionals: ['remove', 'desk'] });
    expect(removed).toEqual({ code: 0, out: `removed desk and its SNS subscription ${ARN}\n`, err: '' });
    expect(sns.commandCalls(UnsubscribeCommand).map((c) => c.args[0].input)).toEqual([{ SubscriptionArn: ARN }]);
    expect(await stores.subscriptions.get('desk')).toBeNull();
  });

  it('subscribes an e-mail without filters with no filter policy at all (every alert)', async () => {
    sns.on(SubscribeCommand).resolves({ SubscriptionArn: `${TOPIC}:e-1` });
    const r = await cli({ positionals: ['add'], email: 'desk@example.org', id: 'all-mail' });
    expect(r.code).toBe(0);
    expect(sns.commandCalls(SubscribeCommand)[0]!.args[0].input).toEqual({
      TopicArn: TOPIC, Protocol: 'email', Endpoint: 'desk@example.org', Attributes: {}, ReturnSubscriptionArn: true,
    });
    await stores.subscriptions.remove('all-mail');
  });

  it('leaves no item behind when SNS refuses the subscription, and says why', async () => {
    sns.on(SubscribeCommand).rejects(Object.assign(new Error('Invalid parameter: Endpoint'), { name: 'InvalidParameterException' }));
    const r = await cli({ positionals: ['add'], email: 'bad@example.org', id: 'bad' });
    expect(r.code).toBe(1);
    expect(r.err).toBe(`subscriptions: subscription bad not added: subscribing bad on ${TOPIC}: InvalidParameterException: Invalid parameter: Endpoint\n`);
    expect(await stores.subscriptions.get('bad')).toBeNull();
  });

  it('keeps the item when Unsubscribe fails, so the SNS subscription is never orphaned', async () => {
    sns.on(SubscribeCommand).resolves({ SubscriptionArn: `${TOPIC}:k-1` });
    sns.on(UnsubscribeCommand).rejects(Object.assign(new Error('not authorized'), { name: 'AuthorizationErrorException' }));
    await cli({ positionals: ['add'], email: 'keep@example.org', id: 'keep' });
    const r = await cli({ positionals: ['remove', 'keep'] });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^subscriptions: subscription keep kept: unsubscribing .*:k-1 on .*: AuthorizationErrorException: not authorized\n$/);
    expect(await stores.subscriptions.get('keep')).toMatchObject({ snsSubscriptionArn: `${TOPIC}:k-1` });
    await stores.subscriptions.remove('keep');
  });

  it('subscribes a digest e-mail to the digest topic, for its own digests only, and refuses it without that topic', async () => {
    sns.on(SubscribeCommand).resolves({ SubscriptionArn: `${DIGEST_TOPIC}:d-1` });
    const refused = await cli({ positionals: ['add'], email: 'daily@example.org', digest: true, id: 'daily' });
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/subscription daily is a digest: it needs the digest topic \(the stack output DigestTopicArn\)/);
    expect(await stores.subscriptions.get('daily')).toBeNull();
    const added = await cli({ positionals: ['add'], email: 'daily@example.org', digest: true, id: 'daily', 'digest-topic-arn': DIGEST_TOPIC });
    expect(added.code).toBe(0);
    expect(sns.commandCalls(SubscribeCommand).at(-1)!.args[0].input).toEqual({
      TopicArn: DIGEST_TOPIC, Protocol: 'email', Endpoint: 'daily@example.org', ReturnSubscriptionArn: true,
      Attributes: { FilterPolicy: JSON.stringify({ digest_for: ['daily'] }), FilterPolicyScope: 'MessageAttributes' },
    });
    sns.on(UnsubscribeCommand).resolves({});
    expect((await cli({ positionals: ['remove', 'daily'] })).code).toBe(0);
  });

  it('stores every webhook (JSON, Slack or digest) without an SNS subscription: the deliver function signs and POSTs them', async () => {
    const digest = await cli({ positionals: ['add'], webhook: 'https://hooks.example.org/daily', digest: true, id: 'daily' });
    const slack = await cli({ positionals: ['add'], webhook: 'https://hooks.slack.example/T0/B0', 'webhook-format': 'slack', id: 'chat' });
    const json = await cli({ positionals: ['add'], webhook: 'https://hooks.example.org/desk', id: 'hook' });
    expect(sns.commandCalls(SubscribeCommand)).toHaveLength(0);
    expect(digest.out).toContain('  no SNS subscription: the deliver function POSTs its digest once a day');
    expect(slack.out).toContain('  no SNS subscription: the deliver function signs and POSTs it, with the secret in SSM at /coop-facts/<stage>/webhooks/<id>');
    expect(json.out).toContain('  no SNS subscription: the deliver function signs and POSTs it');
    await stores.subscriptions.remove('hook');
    expect((await stores.subscriptions.get('chat'))?.snsSubscriptionArn).toBeNull();
    // Removing one needs no Unsubscribe.
    expect((await cli({ positionals: ['remove', 'chat'] })).code).toBe(0);
    expect(sns.commandCalls(UnsubscribeCommand)).toHaveLength(0);
    await stores.subscriptions.remove('daily');
  });

  it('refuses, with exit code 2 and nothing written, a plain-http webhook, and a missing table or topic', async () => {
    const http = await cli({ positionals: ['add'], webhook: 'http://hooks.example.org/x', id: 'plain' });
    expect(http.code).toBe(2);
    expect(http.err).toMatch(/^subscriptions: subscription plain: SNS delivers webhooks over https:\/\/ only, not http:\/\/hooks.example.org\/x\n/);
    expect(await stores.subscriptions.get('plain')).toBeNull();
    const noTable = await cli({ positionals: ['list'] }, {});
    expect(noTable).toMatchObject({ code: 2, err: 'subscriptions: --aws needs the table: --table NAME or TABLE_NAME (the stack output TableName)\n' });
    const noTopic = await cli({ positionals: ['add'], email: 'x@example.org' }, { TABLE_NAME: 'CoopFacts-prod-Table' });
    expect(noTopic.code).toBe(2);
    expect(noTopic.err).toMatch(/^subscriptions: --aws add needs the alert topic: --topic-arn ARN or TOPIC_ARN/);
    expect(sns.commandCalls(SubscribeCommand)).toHaveLength(0);
  });
});
