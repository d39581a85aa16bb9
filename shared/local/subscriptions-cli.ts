import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SubscriptionSchema, type Subscription } from '../schemas/index.js';
import type { SubscriptionStore, SubscriptionTopic } from '../store/ports.js';
import { createDynamoSubscriptionStore } from '../store/dynamo/index.js';
import { createSnsSubscriptionTopic } from '../store/sns/sns-subscription-topic.js';
import { organizationKey } from '../parties/organization-key.js';
import { DIGEST_TOPIC_ARN, TABLE_NAME, TOPIC_ARN } from '../config/env-names.js';
import { startLocalStores } from './stores.js';
import { DataFolderBusyError } from './data-lock.js';
import { addSubscription, defaultSubscriptionId, removeSubscription, SubscriptionCommandError, subscriptionsTable } from './subscription-commands.js';
import { emailOutboxPath } from './subscription-sinks.js';

export const USAGE = `usage: npm run subscriptions -- add (--email ADDRESS | --webhook URL [--webhook-format json|slack]) [filters] [--digest] [--id ID]
       npm run subscriptions -- list [--format table|json]
       npm run subscriptions -- remove ID
  filters (each optional; all given must match, any value within one):
    --type T[,T]        investment, trade, financing, agreement, project
    --country XX[,YY]   any of these countries        --pair XX-YY   both of these countries
    --org NAME          an organisation, in any form ("ADB" = "Asian Development Bank (ADB)"); repeatable
    --sector S[,S]      --status S[,S] (discussed, planned, agreed, signed, in_progress, completed, target)
    --min-usd N         amount in USD at least N (at most 1000000000, SNS's cap, which every larger deal meets)
  --digest              one message a day with the day's deals instead of one per alert
  --id ID               lower-case letters, digits, dashes; default: the channel and a hash of the filters
  where: the local store (--data DIR, default .data), or --aws: the stack's table and alert topic
    --table NAME        default $${TABLE_NAME} (the stack output TableName)
    --topic-arn ARN     default $${TOPIC_ARN} (the stack output AlertTopicArn); add and remove make the SNS subscription
    --digest-topic-arn ARN  default $${DIGEST_TOPIC_ARN} (the stack output DigestTopicArn): where a digest e-mail subscribes
    --region R          default $AWS_REGION`;

const list = (s: string[] | undefined) => s?.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

const OptionsSchema = z.object({
  positionals: z.union([
    z.tuple([z.literal('add')]), z.tuple([z.literal('list')]), z.tuple([z.literal('remove'), z.string()]),
  ], { error: 'the command is add, list or remove ID' }),
  email: z.string().optional(), webhook: z.string().optional(), 'webhook-format': z.string().optional(),
  type: z.array(z.string()).optional(), country: z.array(z.string()).optional(), pair: z.string().optional(),
  org: z.array(z.string()).optional(), sector: z.array(z.string()).optional(), status: z.array(z.string()).optional(),
  'min-usd': z.string().optional(), digest: z.boolean().default(false), id: z.string().optional(),
  format: z.enum(['table', 'json']).default('table'),
  data: z.string().default('.data'), aws: z.boolean().default(false),
  table: z.string().optional(), 'topic-arn': z.string().optional(), 'digest-topic-arn': z.string().optional(), region: z.string().optional(),
});
export type SubscriptionsOptions = z.infer<typeof OptionsSchema>;

export const OPTION_SPEC = {
  email: { type: 'string' }, webhook: { type: 'string' }, 'webhook-format': { type: 'string' },
  type: { type: 'string', multiple: true }, country: { type: 'string', multiple: true }, pair: { type: 'string' },
  org: { type: 'string', multiple: true }, sector: { type: 'string', multiple: true }, status: { type: 'string', multiple: true },
  'min-usd': { type: 'string' }, digest: { type: 'boolean' }, id: { type: 'string' }, format: { type: 'string' },
  data: { type: 'string' }, aws: { type: 'boolean' }, table: { type: 'string' }, 'topic-arn': { type: 'string' }, 'digest-topic-arn': { type: 'string' }, region: { type: 'string' },
} as const;
export { OptionsSchema as SubscriptionsOptionsSchema };

/** The flag a schema path came from, so an error names what the user typed. */
const FLAG_OF: Record<string, string> = {
  id: '--id', 'channel.address': '--email', 'channel.url': '--webhook', 'channel.format': '--webhook-format',
  'filters.types': '--type', 'filters.countries': '--country/--pair', 'filters.organizations': '--org',
  'filters.sectors': '--sector', 'filters.statuses': '--status', 'filters.minAmountUsd': '--min-usd', filters: 'filters',
};
const flagOf = (path: PropertyKey[]) => {
  const dotted = path.filter((p) => typeof p === 'string').join('.');
  const key = Object.keys(FLAG_OF).filter((k) => dotted === k || dotted.startsWith(`${k}.`)).sort((a, b) => b.length - a.length)[0];
  return key ? FLAG_OF[key]! : dotted || 'subscription';
};

/** The subscription the add options describe; every problem listed, each under its flag. */
export function subscriptionFromOptions(o: SubscriptionsOptions, now: Date): Subscription {
  const problems: string[] = [];
  if ((o.email === undefined) === (o.webhook === undefined)) problems.push('add needs one channel: --email ADDRESS or --webhook URL');
  if (o['webhook-format'] !== undefined && o.webhook === undefined) problems.push('--webhook-format goes with --webhook');
  if (o.country && o.pair) problems.push('--country (any of) and --pair (both) cannot be combined');
  const pair = o.pair?.toUpperCase().split('-');
  if (o.pair && pair?.length !== 2) problems.push(`--pair: expected two codes joined by a dash, like CN-UZ (got ${o.pair})`);
  const minUsd = o['min-usd'] === undefined ? undefined : Number(o['min-usd'].replace(/_/g, ''));
  if (minUsd !== undefined && Number.isNaN(minUsd)) problems.push(`--min-usd: expected a number of dollars such as 100000000 or 1e8 (got ${o['min-usd']})`);
  const channel = o.email !== undefined ? { kind: 'email', address: o.email }
    : { kind: 'webhook', url: o.webhook, ...(o['webhook-format'] !== undefined ? { format: o['webhook-format'] } : {}) };
  const filters = {
    ...(o.type ? { types: list(o.type) } : {}),
    ...(o.country ? { countries: { anyOf: list(o.country)?.map((c) => c.toUpperCase()) } } : {}),
    ...(pair?.length === 2 ? { countries: { pair } } : {}),
    ...(o.org ? { organizations: o.org.map((name) => ({ key: organizationKey(name), name: name.trim() })) } : {}),
    ...(o.sector ? { sectors: list(o.sector)?.map((s) => s.toLowerCase()) } : {}),
    ...(o.status ? { statuses: list(o.status) } : {}),
    ...(minUsd !== undefined && !Number.isNaN(minUsd) ? { minAmountUsd: minUsd } : {}),
  };
  for (const org of filters.organizations ?? []) if (!org.key) problems.push(`--org: "${org.name}" has no name left once legal words are dropped`);
  if (problems.length) throw new SubscriptionCommandError(problems.join('\n'), 2);
  const draft = { channel, filters, digest: o.digest, createdAt: now.toISOString() };
  const parsed = SubscriptionSchema.safeParse({ ...draft, id: o.id ?? 'pending' });
  if (!parsed.success) throw new SubscriptionCommandError(parsed.error.issues.map((i) => `${flagOf(i.path)}: ${i.message}`).join('\n'), 2);
  return o.id ? parsed.data : { ...parsed.data, id: defaultSubscriptionId(parsed.data) };
}

export interface CliIo { out(text: string): void; err(text: string): void; env: NodeJS.ProcessEnv }

/** The AWS clients of `--aws` (tests pass a DynamoDB client on dynalite and a mocked SNS client). */
export type AwsClients = (region: string | undefined) => { doc: DynamoDBDocumentClient; sns: SNSClient };
const realAwsClients: AwsClients = (region) => ({
  doc: DynamoDBDocumentClient.from(new DynamoDBClient({ region }), { marshallOptions: { removeUndefinedValues: true } }),
  sns: new SNSClient({ region }),
});

/** Runs one command; returns the exit code (0 done, 1 failed, 2 bad input). */
export async function runSubscriptions(o: SubscriptionsOptions, io: CliIo, aws: AwsClients = realAwsClients): Promise<number> {
  const [command, id] = o.positionals;
  try {
    const subscription = command === 'add' ? subscriptionFromOptions(o, new Date()) : null;
    if (o.aws) {
      const table = o.table ?? io.env[TABLE_NAME];
      const topicArn = o['topic-arn'] ?? io.env[TOPIC_ARN];
      if (!table) throw new SubscriptionCommandError(`--aws needs the table: --table NAME or ${TABLE_NAME} (the stack output TableName)`, 2);
      if (command !== 'list' && !topicArn) throw new SubscriptionCommandError(`--aws ${command} needs the alert topic: --topic-arn ARN or ${TOPIC_ARN} (the stack output AlertTopicArn)`, 2);
      const clients = aws(o.region ?? io.env.AWS_REGION);
      const store = createDynamoSubscriptionStore(clients.doc, table);
      const digestTopicArn = o['digest-topic-arn'] ?? io.env[DIGEST_TOPIC_ARN] ?? null;
      return await execute(command, id, subscription, { store, topic: topicArn ? createSnsSubscriptionTopic({ client: clients.sns, topicArn, digestTopicArn }) : null }, o, io);
    }
    const dataDir = resolve(o.data);
    mkdirSync(dataDir, { recursive: true });
    const stores = await startLocalStores({ dataDir });
    try {
      return await execute(command, id, subscription, { store: stores.subscriptions, topic: null }, o, io, dataDir);
    } finally {
      await stores.close();
    }
  } catch (err) {
    if (err instanceof SubscriptionCommandError) {
      io.err(`subscriptions: ${err.message}\n${err.exitCode === 2 && command === 'add' ? `${USAGE}\n` : ''}`);
      return err.exitCode;
    }
    if (err instanceof DataFolderBusyError) { io.err(`${err.message}\n`); return 1; }
    io.err(`subscriptions: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

async function execute(
  command: 'add' | 'list' | 'remove', id: string | undefined, subscription: Subscription | null,
  deps: { store: SubscriptionStore; topic: SubscriptionTopic | null }, o: SubscriptionsOptions, io: CliIo, dataDir?: string,
): Promise<number> {
  if (command === 'list') {
    const subs = await deps.store.list();
    if (o.format === 'json') for (const s of subs) io.out(`${JSON.stringify(s)}\n`);
    else io.out(subscriptionsTable(subs));
    return 0;
  }
  if (command === 'remove') {
    const removed = await removeSubscription(id!, deps);
    io.out(`removed ${id}${removed?.snsSubscriptionArn ? ` and its SNS subscription ${removed.snsSubscriptionArn}` : ''}\n`);
    return 0;
  }
  const r = await addSubscription(subscription!, deps);
  const s = r.subscription;
  io.out(`${r.status === 'added' ? 'added' : 'already subscribed:'} ${s.id}\n`);
  io.out(`  filter policy ${r.policy ? JSON.stringify(r.policy) : 'none (every alert)'}\n`);
  if (s.snsSubscriptionArn) io.out(`  sns ${s.snsSubscriptionArn}${s.channel.kind === 'email' ? ' (SNS e-mails the address a confirmation link first)' : ' (the webhook must confirm: fetch the SubscribeURL of the first POST)'}\n`);
  if (r.note) io.out(`  no SNS subscription: ${r.note}\n`);
  if (!o.aws && dataDir && s.channel.kind === 'email' && !s.digest) io.out(`  e-mails are written to ${emailOutboxPath(dataDir, s.id)}\n`);
  return 0;
}
