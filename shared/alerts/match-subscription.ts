import type { Alert, Subscription } from '../schemas/index.js';
import { filterAmountOf, organizationKeysOf } from './alert-attributes.js';

/**
 * Whether an alert goes to a subscription, with exactly the semantics of its SNS filter policy
 * (filter-policy.ts), so that the local runtime and AWS send the same alerts to the same people:
 * every filter given must match; within one, any value; an unknown sector, status or amount matches
 * no filter on it; the amount is compared in whole dollars, capped at 1e9 as SNS's numbers are.
 */
export function matchesSubscription(subscription: Pick<Subscription, 'filters'>, alert: Alert): boolean {
  const f = subscription.filters;
  if (f.types && !f.types.includes(alert.type)) return false;
  if (f.countries) {
    const named = (c: string) => alert.countries.includes(c);
    const ok = 'anyOf' in f.countries ? f.countries.anyOf.some(named) : f.countries.pair.every(named);
    if (!ok) return false;
  }
  if (f.organizations) {
    const keys = new Set(organizationKeysOf(alert));
    if (!f.organizations.some((o) => keys.has(o.key))) return false;
  }
  if (f.sectors && !(alert.sector && f.sectors.includes(alert.sector))) return false;
  if (f.statuses && !(alert.status && f.statuses.includes(alert.status))) return false;
  if (f.minAmountUsd !== undefined && !(alert.amountUsd !== null && filterAmountOf(alert.amountUsd) >= f.minAmountUsd)) return false;
  return true;
}
