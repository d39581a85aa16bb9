/**
 * The queries analysts start from, written over the views (views.ts) in SQL that Athena (Trino)
 * and DuckDB both accept: CROSS JOIN UNNEST … AS u(x), date minus an interval, TRY_CAST, ORDER BY
 * … NULLS LAST. Athena gets them as named queries; the test suite runs every one on DuckDB over a
 * local export.
 */
export interface NamedQuery {
  /** CloudFormation logical id, and the key `npm run sql -- --query` takes. */
  id: string;
  name: string;
  description: string;
  sql: string;
}

export const NAMED_QUERIES: readonly NamedQuery[] = [
  {
    id: 'AgreementsLast30Days',
    name: 'Agreements in the last 30 days',
    description: 'Agreement facts whose day (publication, else extraction) is in the last 30 days, newest first',
    sql: `SELECT day, status, countries, organizations, evidence, source_url
FROM facts
WHERE type = 'agreement' AND day >= current_date - INTERVAL '30' DAY
ORDER BY day DESC, fact_id`,
  },
  {
    id: 'InvestmentByPartnerCountry',
    name: 'Investment by partner country',
    description: 'Investment facts per country named, summed in US dollars (facts without a dollar figure are counted, not summed; one event reported by two outlets counts twice: see Deals by partner country)',
    sql: `SELECT country, count(*) AS facts, count(amount_usd) AS facts_in_usd, sum(amount_usd) AS total_usd
FROM facts CROSS JOIN UNNEST(countries) AS u(country)
WHERE type = 'investment'
GROUP BY country
ORDER BY total_usd DESC NULLS LAST, country`,
  },
  {
    id: 'FactsByOrganisation',
    name: 'Facts by organisation',
    description: 'How many facts of each type name each organisation (by organisation key, so "ADB" and "Asian Development Bank (ADB)" are one), and the latest day it was seen',
    sql: `SELECT organization_key, type, count(*) AS facts, max(day) AS latest_day
FROM facts CROSS JOIN UNNEST(organization_keys) AS u(organization_key)
GROUP BY organization_key, type
ORDER BY facts DESC, organization_key, type`,
  },
  {
    id: 'LargestDeals',
    name: 'Largest deals',
    description: 'The 50 largest deals in US dollars, each once however many outlets reported it, with the source to cite first',
    sql: `SELECT d.deal_id, d.type, d.status, d.amount_usd, d.amount, d.currency, d.countries, d.organizations, d.day,
       d.mention_count, m.outlet AS best_outlet, m.source_url AS best_source_url, m.evidence AS best_evidence
FROM deals d
LEFT JOIN mentions m ON m.deal_id = d.deal_id AND m.fact_id = d.best_fact_id
WHERE d.amount_usd IS NOT NULL
ORDER BY d.amount_usd DESC, d.deal_id
LIMIT 50`,
  },
  {
    id: 'DealsByPartnerCountry',
    name: 'Deals by partner country',
    description: 'Deals per country named: how many, their sum in US dollars and the latest day, each deal counted once',
    sql: `SELECT country, count(*) AS deals, count(amount_usd) AS deals_in_usd, sum(amount_usd) AS total_usd, max(day) AS latest_day
FROM deals CROSS JOIN UNNEST(countries) AS u(country)
GROUP BY country
ORDER BY total_usd DESC NULLS LAST, country`,
  },
];
