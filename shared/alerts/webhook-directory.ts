import type { Alert, ConfiguredWebhook, Subscription, WebhookTarget } from '../schemas/index.js';
import type { SubscriptionStore } from '../store/ports.js';
import { webhookSecretParameter } from '../config/webhook-secret-name.js';
import { matchesSubscription } from './match-subscription.js';

/**
 * Which webhooks an alert goes to (the deliver Lambda's one question about subscriptions). A
 * redriven dead letter names its webhook, which `byId` finds whatever the filters say now.
 */
export interface WebhookDirectory {
  targetsFor(alert: Alert): Promise<WebhookTarget[]>;
  byId(id: string): Promise<WebhookTarget | null>;
}

/**
 * The filters of a configured webhook, read as SNS reads a subscription filter policy on the
 * alert's attributes (store/sns/sns-alert-sink.ts attributesOf): the type is one of `types`, one
 * of the alert's countries is in `countries`, and a known dollar amount is at least
 * `minAmountUsd` (an alert without one never passes an amount filter).
 */
export function passesFilters(alert: Alert, w: Pick<ConfiguredWebhook, 'types' | 'countries' | 'minAmountUsd'>): boolean {
  if (w.types && !w.types.includes(alert.type)) return false;
  if (w.countries && !alert.countries.some((c) => w.countries!.includes(c))) return false;
  if (w.minAmountUsd !== undefined && (alert.amountUsd === null || alert.amountUsd < w.minAmountUsd)) return false;
  return true;
}

const targetOf = ({ id, url, format, secretParameter }: ConfiguredWebhook): WebhookTarget => ({ id, url, format, secretParameter });

/** The directory of a fixed list (the stage config's webhooks); subscriptions kept as data replace it. */
export function configuredWebhookDirectory(webhooks: readonly ConfiguredWebhook[]): WebhookDirectory {
  return {
    async targetsFor(alert) { return webhooks.filter((w) => passesFilters(alert, w)).map(targetOf); },
    async byId(id) { const w = webhooks.find((x) => x.id === id); return w ? targetOf(w) : null; },
  };
}

/** How long the deliver Lambda keeps the list of subscriptions before reading it again. */
export const SUBSCRIPTIONS_CACHE_MS = 60_000;

/** A webhook subscription as deliver POSTs to it; its secret is the SecureString named by its id. */
const subscriptionTarget = (s: Subscription, stage: string): WebhookTarget | null =>
  s.channel.kind === 'webhook' && !s.digest
    ? { id: s.id, url: s.channel.url, format: s.channel.format, secretParameter: webhookSecretParameter(stage, s.id) }
    : null;

/**
 * The directory over the subscriptions kept as data (`npm run subscriptions -- add --aws`): the webhook
 * subscriptions (digests are sent once a day, not per alert) whose filters the alert matches, by the
 * same matcher as the local runtime and the generated SNS filter policies. The list is read at most
 * once a minute per Lambda instance: a subscription added now gets alerts within a minute, no deploy.
 */
export function subscriptionWebhookDirectory(store: Pick<SubscriptionStore, 'list' | 'get'>, stage: string, now: () => number = Date.now): WebhookDirectory {
  let cached: { at: number; list: Promise<Subscription[]> } | null = null;
  const list = () => {
    if (!cached || now() - cached.at > SUBSCRIPTIONS_CACHE_MS) {
      const fresh = { at: now(), list: store.list() };
      fresh.list.catch(() => { if (cached === fresh) cached = null; });
      cached = fresh;
    }
    return cached.list;
  };
  return {
    async targetsFor(alert) {
      return (await list()).filter((s) => matchesSubscription(s, alert)).flatMap((s) => subscriptionTarget(s, stage) ?? []);
    },
    async byId(id) {
      const s = await store.get(id);
      return s ? subscriptionTarget(s, stage) : null;
    },
  };
}
