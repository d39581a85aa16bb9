import type { Alert } from '../schemas/index.js';
import { organizationKey } from '../parties/organization-key.js';
import { SNS_NUMBER_MAX } from './sns-limits.js';

/**
 * The message attributes alerts carry, by name: what a subscription's filter policy
 * (filter-policy.ts) matches on. SNS allows ten attributes a message; these are eight.
 */
export const ALERT_ATTRIBUTE = {
  type: 'type',
  /** "new" or "update" (alert.kind). */
  kind: 'kind',
  countries: 'countries',
  /** Every pair of the alert's countries, "CN-UZ" (sorted): SNS cannot ask one key for two values at once. */
  countryPairs: 'country_pairs',
  /** Organisation keys (parties/organization-key.ts), so "ADB" matches "Asian Development Bank (ADB)". */
  organizations: 'organizations',
  sector: 'sector',
  status: 'status',
  amountUsd: 'amount_usd',
} as const;

/** The one attribute of a digest message on the digest topic: the subscription it is for. */
export const DIGEST_FOR_ATTRIBUTE = 'digest_for';

/** One message attribute as SNS takes it (structurally the SDK's MessageAttributeValue). */
export interface AlertAttribute {
  DataType: 'String' | 'String.Array' | 'Number';
  StringValue: string;
}

/** "CN-UZ": a country pair as the country_pairs attribute and a pair filter both spell it. */
export function countryPairKey(a: string, b: string): string {
  return [a, b].sort().join('-');
}

/** Every pair of distinct countries an alert names. */
export function countryPairsOf(countries: readonly string[]): string[] {
  const sorted = [...new Set(countries)].sort();
  const pairs: string[] = [];
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) pairs.push(countryPairKey(sorted[i]!, sorted[j]!));
  return pairs;
}

/**
 * The alert's organisation keys: those the deal gave it, and the key of every name it carries (an
 * alert made before deals has names only). Empty keys (a name of legal words alone) are dropped.
 */
export function organizationKeysOf(alert: Pick<Alert, 'organizations' | 'organizationKeys'>): string[] {
  return [...new Set([...alert.organizationKeys, ...alert.organizations.map(organizationKey)].filter(Boolean))].sort();
}

/** The USD amount as the amount_usd attribute holds it: whole dollars, at most SNS_NUMBER_MAX. */
export function filterAmountOf(amountUsd: number): number {
  return Math.min(Math.round(amountUsd), SNS_NUMBER_MAX);
}

/**
 * The attributes subscription filter policies match on. Sector, status and amount_usd are left out
 * when unknown: an absent attribute never matches a filter on it, which is what a subscriber asking
 * for "amount_usd >= 100M" wants for a deal without an amount.
 */
export function alertAttributesOf(alert: Alert): Record<string, AlertAttribute> {
  const attrs: Record<string, AlertAttribute> = {
    [ALERT_ATTRIBUTE.type]: { DataType: 'String', StringValue: alert.type },
    [ALERT_ATTRIBUTE.kind]: { DataType: 'String', StringValue: alert.kind },
    [ALERT_ATTRIBUTE.countries]: { DataType: 'String.Array', StringValue: JSON.stringify(alert.countries) },
    [ALERT_ATTRIBUTE.countryPairs]: { DataType: 'String.Array', StringValue: JSON.stringify(countryPairsOf(alert.countries)) },
    [ALERT_ATTRIBUTE.organizations]: { DataType: 'String.Array', StringValue: JSON.stringify(organizationKeysOf(alert)) },
  };
  if (alert.sector) attrs[ALERT_ATTRIBUTE.sector] = { DataType: 'String', StringValue: alert.sector };
  if (alert.status) attrs[ALERT_ATTRIBUTE.status] = { DataType: 'String', StringValue: alert.status };
  if (alert.amountUsd !== null) attrs[ALERT_ATTRIBUTE.amountUsd] = { DataType: 'Number', StringValue: String(filterAmountOf(alert.amountUsd)) };
  return attrs;
}
