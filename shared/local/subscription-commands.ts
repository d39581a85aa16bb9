import { createHash } from 'node:crypto';
import { SubscriptionSchema, type Subscription } from '../schemas/index.js';
import type { SubscriptionStore, SubscriptionTopic } from '../store/ports.js';
import { filterPolicyOf, type FilterPolicy } from '../alerts/filter-policy.js';
import { snsDeliveryOf } from '../alerts/sns-delivery.js';

/** The subscription cannot be added or removed as asked; the message says why (exit code 2 or 1). */
export class SubscriptionCommandError extends Error {
  override readonly name = 'SubscriptionCommandError';
  constructor(message: string, readonly exitCode: 1 | 2, options?: ErrorOptions) {
    super(message, options);
  }
}

/** What a subscription asks for, without its id and dates: two subscriptions asking the same are one. */
function contentOf(s: Pick<Subscription, 'channel' | 'filters' | 'digest'>): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
      : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sorted(x)]))
        : v;
  // A pair's order is meaningful to nobody, but it is a tuple: sorting arrays treats it like the rest.
  return JSON.stringify(sorted({ channel: s.channel, filters: s.filters, digest: s.digest }));
}

/**
 * The default id: the channel's kind and 8 hex of a hash of what the subscription asks for, so that
 * adding the same subscription twice finds the first ("email-3f9a1c2b").
 */
export function defaultSubscriptionId(s: Pick<Subscription, 'channel' | 'filters' | 'digest'>): string {
  return `${s.channel.kind}-${createHash('sha256').update(contentOf(s)).digest('hex').slice(0, 8)}`;
}

export interface AddResult {
  status: 'added' | 'exists';
  subscription: Subscription;
  policy: FilterPolicy | null;
  /** Why it has no SNS subscription (AWS only): a digest, a Slack-format webhook. */
  note: string | null;
}

/**
 * Stores a subscription and, with a topic (AWS), subscribes its channel with the generated filter
 * policy. The item is written first and the ARN added after, so a failed Subscribe leaves no item
 * behind (it is removed) and a stored ARN always names a real subscription. Adding the same
 * subscription again is not an error; another one under a taken id is.
 */
export async function addSubscription(s: Subscription, deps: { store: SubscriptionStore; topic: SubscriptionTopic | null }): Promise<AddResult> {
  const plan = deps.topic ? snsDeliveryOf(s) : null;
  if (plan?.kind === 'refused') throw new SubscriptionCommandError(`subscription ${s.id}: ${plan.why}`, 2);
  const policy = filterPolicyOf(s);
  if (!(await deps.store.add(s))) {
    const existing = await deps.store.get(s.id);
    if (existing && contentOf(existing) === contentOf(s)) return { status: 'exists', subscription: existing, policy, note: null };
    throw new SubscriptionCommandError(`a different subscription has the id ${s.id}: remove it first, or give another --id`, 1);
  }
  if (!deps.topic || plan?.kind !== 'sns') return { status: 'added', subscription: s, policy, note: plan?.kind === 'elsewhere' ? plan.why : null };
  let arn: string;
  try {
    arn = await deps.topic.subscribe(s);
  } catch (err) {
    await deps.store.remove(s.id);
    throw new SubscriptionCommandError(`subscription ${s.id} not added: ${err instanceof Error ? err.message : String(err)}`, 1, { cause: err });
  }
  const stored = SubscriptionSchema.parse({ ...s, snsSubscriptionArn: arn });
  if (!(await deps.store.update(stored))) {
    await deps.topic.unsubscribe(arn);
    throw new SubscriptionCommandError(`subscription ${s.id} was removed while it was being added; its SNS subscription was undone`, 1);
  }
  return { status: 'added', subscription: stored, policy, note: null };
}

/**
 * Deletes a subscription and unsubscribes its SNS subscription. Should the Unsubscribe fail, the
 * item is put back, so that the SNS subscription is never left without the item that names it.
 */
export async function removeSubscription(id: string, deps: { store: SubscriptionStore; topic: SubscriptionTopic | null }): Promise<Subscription | null> {
  const removed = await deps.store.remove(id);
  if (!removed) throw new SubscriptionCommandError(`no subscription ${id} (\`list\` shows them)`, 1);
  if (removed.snsSubscriptionArn) {
    if (!deps.topic) {
      if (removed.subscription) await deps.store.add(removed.subscription);
      throw new SubscriptionCommandError(`subscription ${id} has an SNS subscription (${removed.snsSubscriptionArn}): remove it with --aws`, 2);
    }
    try {
      await deps.topic.unsubscribe(removed.snsSubscriptionArn);
    } catch (err) {
      if (removed.subscription) await deps.store.add(removed.subscription);
      throw new SubscriptionCommandError(`subscription ${id} kept: ${err instanceof Error ? err.message : String(err)}`, 1, { cause: err });
    }
  }
  return removed.subscription;
}

/** One line of a subscription's filters: "types agreement,financing; pair CN+UZ; min $100,000,000". */
export function describeFilters(s: Subscription): string {
  const f = s.filters;
  const parts = [
    f.types && `types ${f.types.join(',')}`,
    f.countries && ('anyOf' in f.countries ? `countries ${f.countries.anyOf.join(',')}` : `pair ${f.countries.pair.join('+')}`),
    f.organizations && `orgs ${f.organizations.map((o) => o.name).join(' | ')}`,
    f.sectors && `sectors ${f.sectors.join(',')}`,
    f.statuses && `statuses ${f.statuses.join(',')}`,
    f.minAmountUsd !== undefined && `min $${f.minAmountUsd.toLocaleString('en-US')}`,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'every alert';
}

/** The subscriptions as a table, one per line, with a count. */
export function subscriptionsTable(subs: Subscription[]): string {
  const channel = (s: Subscription) => (s.channel.kind === 'email' ? `email ${s.channel.address}` : `webhook ${s.channel.format} ${s.channel.url}`);
  const lines = subs.map((s) => `${s.id}  ${channel(s)}${s.digest ? '  (daily digest)' : ''}\n    ${describeFilters(s)}${s.snsSubscriptionArn ? `\n    sns ${s.snsSubscriptionArn}` : ''}`);
  return `${[...lines, `${subs.length} subscription${subs.length === 1 ? '' : 's'}`].join('\n')}\n`;
}
