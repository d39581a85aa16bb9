import { organizationKey } from '../parties/organization-key.js';
import type { Fact } from '../schemas/index.js';

/** Partition and sort keys (see table-design.ts for the item catalogue). */
export const keys = {
  article: (articleId: string) => ({ pk: `ART#${articleId}`, sk: 'ARTICLE' }),
  claim: (articleId: string) => ({ pk: `ART#${articleId}`, sk: 'CLAIM' }),
  fact: (articleId: string, factId: string) => ({ pk: `ART#${articleId}`, sk: `FACT#${factId}` }),
  factPrefix: 'FACT#',
  deal: (dealId: string) => ({ pk: `DEAL#${dealId}`, sk: 'DEAL' }),
  dealMember: (articleId: string, factId: string) => ({ pk: `ART#${articleId}`, sk: `DEALOF#${factId}` }),
  dealMemberPrefix: 'DEALOF#',
  /** The announcement of the deal a fact belongs to (deals/deal-alerts.ts). */
  told: (articleId: string, factId: string) => ({ pk: `ART#${articleId}`, sk: `TOLD#${factId}` }),
  feed: (feedId: string) => ({ pk: `FEED#${feedId}`, sk: 'STATE' }),
  alert: (key: string) => ({ pk: `ALERT#${key}`, sk: 'ALERT' }),
  /** That an alert reached one subscription (local routing: exactly once per alert and subscription). */
  delivery: (alertKey: string, subscriptionId: string) => ({ pk: `ALERT#${alertKey}`, sk: `DELIVERY#${subscriptionId}` }),
  deliveryPrefix: 'DELIVERY#',
  subscription: (id: string) => ({ pk: `SUB#${id}`, sk: 'SUBSCRIPTION' }),
  /** One counter per UTC day (yyyy-mm-dd) of the model tokens the process Lambdas spent. */
  tokenBudget: (day: string) => ({ pk: 'BUDGET#tokens', sk: `DAY#${day}` }),
  country: (code: string) => `C#${code.toUpperCase()}`,
  pair: (a: string, b: string) => `CP#${[a.toUpperCase(), b.toUpperCase()].sort().join('-')}`,
  org: (name: string) => `ORG#${orgKey(name)}`,
  type: (type: Fact['type']) => `TYPE#${type}`,
} as const;

/**
 * An organisation's index key (parties/organization-key.ts): case, accents, punctuation and legal
 * suffixes dropped and known aliases folded, so that "JSC Uzbekneftegaz" and "Uzbekneftegaz", or
 * "Asian Development Bank (ADB)" and "ADB", meet under one key.
 */
export const orgKey = organizationKey;

/** The day a fact belongs to: the article's publication day, else the day it was extracted. */
export function factDay(fact: Pick<Fact, 'published' | 'extractedAt'>): string {
  return utcDay(fact.published ?? fact.extractedAt);
}

export function utcDay(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '0000-00-00' : d.toISOString().slice(0, 10);
}

/** S3 keys, Hive-style date partitions so Athena and lifecycle rules can use them. */
export const blobKeys = {
  raw: (day: string, articleId: string) => `raw/dt=${day}/${articleId}.html`,
  article: (day: string, articleId: string) => `articles/dt=${day}/${articleId}.json`,
  /** A model's reply, by the hash of its request (facts/model/reply-cache.ts). */
  modelReply: (requestHash: string) => `${MODEL_REPLIES_PREFIX}${requestHash}.json`,
} as const;

/** Where model replies are kept: the process function's model build reads and writes only here. */
export const MODEL_REPLIES_PREFIX = 'model-replies/';

/**
 * Where a fact's possible deal-mates are indexed (deals/links.ts countriesTie: the same country set, or a
 * pair in common; or an organisation in common): its organisations, its pairs, or its one country.
 */
export function candidateKeysOf(fact: Fact): string[] {
  const countries = [...new Set(fact.countries)].sort();
  const out = countries.length === 1 ? [keys.country(countries[0]!)] : [];
  for (let i = 0; i < countries.length; i++)
    for (let j = i + 1; j < countries.length; j++) out.push(keys.pair(countries[i]!, countries[j]!));
  for (const org of new Set(fact.organizations.map(orgKey).filter(Boolean))) out.push(`ORG#${org}`);
  return [...new Set(out)];
}
