// The generated SNS filter policy and the local matcher decide alike: examples, the SNS evaluator
// checked on AWS's documented cases, and a property over random alerts and subscriptions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AlertSchema, FACT_TYPES, FactStatusSchema, SubscriptionSchema, type Alert, type Subscription } from '../../../shared/schemas/index.js';
import { filterPolicyOf } from '../../../shared/alerts/filter-policy.js';
import { matchesSubscription } from '../../../shared/alerts/match-subscription.js';
import { alertAttributesOf } from '../../../shared/alerts/alert-attributes.js';
import { SNS_NUMBER_MAX } from '../../../shared/alerts/sns-limits.js';
import { organizationKey } from '../../../shared/parties/organization-key.js';
import { snsPolicyMatches } from '../../helpers/sns-filter-policy.js';

/** An alert (invented news), varied per test. */
function alert(over: Partial<Alert> = {}): Alert {
  return AlertSchema.parse({
    alertId: '9e8d7c6b5a4f30211203f4a5b6c7d8e9', factId: 'f', articleId: 'a', reasons: ['amount-threshold'],
    type: 'financing', status: 'signed', countries: ['UZ', 'CN'], organizations: ['Asian Development Bank (ADB)'],
    amount: { value: 150_000_000, currency: 'USD', qualifier: 'exact' }, amountUsd: 150_000_000, sector: 'energy',
    evidence: 'ADB signed a $150 million loan for a power line.', title: 'Loan signed', link: 'https://news.example.uz/a',
    published: '2026-11-20T10:00:00+05:00', ...over,
  });
}
const subscription = (filters: Subscription['filters']): Subscription =>
  SubscriptionSchema.parse({ id: 'desk', channel: { kind: 'email', address: 'desk@example.org' }, filters, createdAt: '2026-11-20T00:00:00.000Z' });
/** What SNS would decide, through the JSON the Subscribe call and the Publish call carry. */
const snsDelivers = (s: Subscription, a: Alert) => {
  const policy = filterPolicyOf(s);
  return policy === null || snsPolicyMatches(JSON.parse(JSON.stringify(policy)) as Record<string, unknown[]>, JSON.parse(JSON.stringify(alertAttributesOf(a))));
};

describe('filterPolicyOf', () => {
  it('writes each filter as its attribute key: a pair as one country_pairs value, organisations as keys, the amount as >=', () => {
    const s = subscription({
      types: ['financing', 'investment'], countries: { pair: ['UZ', 'CN'] },
      organizations: [{ key: organizationKey('ADB'), name: 'ADB' }], statuses: ['signed'], minAmountUsd: 100_000_000,
    });
    expect(filterPolicyOf(s)).toEqual({
      type: ['financing', 'investment'], country_pairs: ['CN-UZ'], organizations: ['asian development bank'],
      status: ['signed'], amount_usd: [{ numeric: ['>=', 100_000_000] }],
    });
    expect(filterPolicyOf(subscription({ countries: { anyOf: ['KZ', 'KG'] }, sectors: ['energy'] }))).toEqual({ countries: ['KZ', 'KG'], sector: ['energy'] });
  });

  it('is null for a subscription without filters (every alert)', () => {
    expect(filterPolicyOf(subscription({}))).toBeNull();
  });

  it('asks a digest subscriber\'s own digests of the digest topic, whatever its alert filters (deliver applies those)', () => {
    expect(filterPolicyOf({ ...subscription({ types: ['financing'] }), id: 'daily', digest: true })).toEqual({ digest_for: ['daily'] });
  });
});

describe('matchesSubscription', () => {
  const table: Array<[string, Subscription['filters'], Partial<Alert>, boolean]> = [
    ['no filters', {}, {}, true],
    ['type listed', { types: ['financing'] }, {}, true],
    ['type not listed', { types: ['trade'] }, {}, false],
    ['any of the countries', { countries: { anyOf: ['KZ', 'CN'] } }, {}, true],
    ['none of the countries', { countries: { anyOf: ['KZ'] } }, {}, false],
    ['both of the pair named', { countries: { pair: ['CN', 'UZ'] } }, {}, true],
    ['one of the pair named', { countries: { pair: ['UZ', 'KZ'] } }, {}, false],
    ['the organisation by its abbreviation', { organizations: [{ key: organizationKey('ADB'), name: 'ADB' }] }, {}, true],
    ['an organisation the alert does not name', { organizations: [{ key: organizationKey('World Bank'), name: 'World Bank' }] }, {}, false],
    ['sector known and listed', { sectors: ['energy'] }, {}, true],
    ['sector unknown', { sectors: ['energy'] }, { sector: null }, false],
    ['status unknown', { statuses: ['signed'] }, { status: null }, false],
    ['amount at the minimum', { minAmountUsd: 150_000_000 }, {}, true],
    ['amount under the minimum', { minAmountUsd: 150_000_001 }, {}, false],
    ['no amount', { minAmountUsd: 0 }, { amount: null, amountUsd: null }, false],
    ['$3.2 billion against the 1e9 cap', { minAmountUsd: SNS_NUMBER_MAX }, { amountUsd: 3.2e9 }, true],
    ['every filter at once must hold', { types: ['financing'], countries: { anyOf: ['UZ'] }, statuses: ['agreed'] }, {}, false],
  ];
  it.each(table)('%s', (_name, filters, over, expected) => {
    const s = subscription(filters);
    const a = alert(over);
    expect(matchesSubscription(s, a)).toBe(expected);
    expect(snsDelivers(s, a)).toBe(expected);
  });
});

describe('the SNS evaluator, on the cases of AWS documentation', () => {
  const attrs = {
    store: { DataType: 'String', StringValue: 'example_corp' },
    event: { DataType: 'String', StringValue: 'order_placed' },
    customer_interests: { DataType: 'String.Array', StringValue: '["soccer", "rugby", "hockey"]' },
    price_usd: { DataType: 'Number', StringValue: '210.75' },
  };
  it('matches the documented example message and refuses its documented near misses', () => {
    expect(snsPolicyMatches({ store: ['example_corp'], event: ['order_placed'] }, attrs)).toBe(true);
    expect(snsPolicyMatches({ customer_interests: ['rugby', 'football'] }, attrs)).toBe(true);
    expect(snsPolicyMatches({ customer_interests: ['football'] }, attrs)).toBe(false);
    expect(snsPolicyMatches({ price_usd: [{ numeric: ['>=', 100] }] }, attrs)).toBe(true);
    expect(snsPolicyMatches({ price_usd: [{ numeric: ['>', 0, '<=', 150] }] }, attrs)).toBe(false);
    expect(snsPolicyMatches({ store: ['Example_Corp'] }, attrs)).toBe(false);
    expect(snsPolicyMatches({ encrypted: [{ exists: false }] }, attrs)).toBe(true);
    expect(snsPolicyMatches({ encrypted: ['yes'] }, attrs)).toBe(false);
    expect(snsPolicyMatches({ store: ['example_corp'], event: ['order_cancelled'] }, attrs)).toBe(false);
    expect(snsPolicyMatches({ price_usd: ['210.75'] }, attrs)).toBe(false);
  });
});

describe('property: the generated policy, evaluated as SNS does, and the matcher agree', () => {
  const COUNTRIES = ['UZ', 'KZ', 'CN', 'KG'];
  // Names in several forms, so that keys meet across them ("ADB" and "Asian Development Bank (ADB)").
  const ORGS = ['Asian Development Bank (ADB)', 'ADB', 'Asian Development Bank', 'JSC Uzbekneftegaz', 'Uzbekneftegaz', 'Korea Zinc', 'World Bank'];
  const SECTORS = ['energy', 'mining', 'transport'];
  const STATUSES = FactStatusSchema.options;
  const subset = <T>(xs: readonly T[], min = 0) => fc.subarray([...xs], { minLength: min });
  const AMOUNTS = fc.oneof(
    fc.constant(null), fc.constantFrom(0, 99_999_999.5, 100_000_000, 999_999_999.4, 999_999_999.6, SNS_NUMBER_MAX, 3.2e9, 1e12),
    fc.double({ min: 0, max: 5e9, noNaN: true, noDefaultInfinity: true }),
  );

  const alerts = fc.record({
    type: fc.constantFrom(...FACT_TYPES), kind: fc.constantFrom('new' as const, 'update' as const),
    countries: subset(COUNTRIES), organizations: subset(ORGS), organizationKeys: subset(ORGS.map(organizationKey)),
    sector: fc.constantFrom(null, '', ...SECTORS), status: fc.constantFrom(null, ...STATUSES), amountUsd: AMOUNTS,
  }).map((over) => alert(over));

  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
  const filters = fc.record({
    types: optional(subset(FACT_TYPES, 1)),
    countries: optional(fc.oneof(
      subset(COUNTRIES, 1).map((anyOf) => ({ anyOf })),
      fc.uniqueArray(fc.constantFrom(...COUNTRIES), { minLength: 2, maxLength: 2 }).map((p) => ({ pair: [p[0]!, p[1]!] as [string, string] })),
    )),
    organizations: optional(subset(ORGS, 1).map((names) => names.map((name) => ({ key: organizationKey(name), name })))),
    sectors: optional(subset(SECTORS, 1)),
    statuses: optional(subset(STATUSES, 1)),
    minAmountUsd: optional(fc.oneof(fc.constantFrom(0, 100_000_000, 999_999_999, SNS_NUMBER_MAX), fc.integer({ min: 0, max: SNS_NUMBER_MAX }))),
  }, { requiredKeys: [] });
  // Subscriptions SNS would refuse (six keys, over 150 combinations) are refused by the schema too: not generated.
  const subscriptions = filters.map((f) => SubscriptionSchema.safeParse({ id: 'p', channel: { kind: 'email', address: 'p@example.org' }, filters: f, createdAt: '2026-11-20T00:00:00Z' }))
    .filter((r) => r.success).map((r) => r.data!);

  it('for 5,000 random pairs, with both answers seen many times', () => {
    const seen = { true: 0, false: 0 };
    fc.assert(fc.property(subscriptions, alerts, (s, a) => {
      const local = matchesSubscription(s, a);
      expect(snsDelivers(s, a)).toBe(local);
      seen[String(local) as 'true' | 'false']++;
    }), { numRuns: 5_000 });
    // Not vacuous: both outcomes are common.
    expect(seen.true).toBeGreaterThan(250);
    expect(seen.false).toBeGreaterThan(250);
  });
});
