import type { Alert, ConfiguredWebhook, WebhookTarget } from '../schemas/index.js';

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
