import type { Alert, Subscription, WebhookTarget } from '../schemas/index.js';
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
