import type { Subscription } from '../schemas/index.js';
import { ALERT_ATTRIBUTE, DIGEST_FOR_ATTRIBUTE, countryPairKey } from './alert-attributes.js';

/** One condition of an SNS filter policy: an exact string, or a numeric comparison. */
export type FilterCondition = string | { numeric: ['>=', number] };

/** An SNS filter policy on message attributes (FilterPolicyScope MessageAttributes): every key must match. */
export type FilterPolicy = Record<string, FilterCondition[]>;

const distinct = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/**
 * The SNS filter policy of a subscription, on the attributes alerts carry (alert-attributes.ts); null
 * when it filters nothing (SNS then sends it every alert). matchesSubscription (match-subscription.ts)
 * decides the same way locally, and a property test holds the two together.
 */
export function filterPolicyOf(subscription: Pick<Subscription, 'filters'> & Partial<Pick<Subscription, 'id' | 'digest'>>): FilterPolicy | null {
  // A digest subscriber's SNS subscription is on the digest topic, where each message names its subscriber.
  if (subscription.digest && subscription.id) return { [DIGEST_FOR_ATTRIBUTE]: [subscription.id] };
  const f = subscription.filters;
  const policy: FilterPolicy = {};
  if (f.types) policy[ALERT_ATTRIBUTE.type] = distinct(f.types);
  if (f.countries) {
    // A pair is one value of country_pairs: a policy key is OR within its values, and cannot ask for two.
    if ('anyOf' in f.countries) policy[ALERT_ATTRIBUTE.countries] = distinct(f.countries.anyOf);
    else policy[ALERT_ATTRIBUTE.countryPairs] = [countryPairKey(...f.countries.pair)];
  }
  if (f.organizations) policy[ALERT_ATTRIBUTE.organizations] = distinct(f.organizations.map((o) => o.key));
  if (f.sectors) policy[ALERT_ATTRIBUTE.sector] = distinct(f.sectors);
  if (f.statuses) policy[ALERT_ATTRIBUTE.status] = distinct(f.statuses);
  if (f.minAmountUsd !== undefined) policy[ALERT_ATTRIBUTE.amountUsd] = [{ numeric: ['>=', f.minAmountUsd] }];
  return Object.keys(policy).length > 0 ? policy : null;
}
