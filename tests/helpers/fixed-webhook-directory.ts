// A webhook directory over a fixed list, for tests of the deliver handler: the production directory
// reads webhook subscriptions from the table (shared/alerts/webhook-directory.ts).
import type { Alert, WebhookTarget } from '../../shared/schemas/index.js';
import type { WebhookDirectory } from '../../shared/alerts/webhook-directory.js';

/** A target with simple filters (what an SNS filter policy on type, countries and amount_usd would pass). */
export interface ConfiguredWebhook extends WebhookTarget {
  types?: string[];
  countries?: string[];
  minAmountUsd?: number;
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

/** The directory of a fixed list of webhooks. */
export function configuredWebhookDirectory(webhooks: readonly ConfiguredWebhook[]): WebhookDirectory {
  return {
    async targetsFor(alert) { return webhooks.filter((w) => passesFilters(alert, w)).map(targetOf); },
    async byId(id) { const w = webhooks.find((x) => x.id === id); return w ? targetOf(w) : null; },
  };
}

