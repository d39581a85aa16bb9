/** A named query analysts start from in the Athena console. */
export interface NamedQuery {
  id: string;
  name: string;
  description: string;
  sql: string;
}

/**
 * Exports run daily, so the newest partition is at most a day old; the 3-day window lets a missed
 * export fall back to the previous one while still pruning partitions (projection needs a literal range).
 */
const RECENT_EXPORTS = "dt >= to_iso8601(current_date - interval '3' day)";

/** Rows of the newest export that are stored facts (not index entries, articles or claims). */
const latestFacts = (table: string) => `WITH latest AS (SELECT max(dt) AS dt FROM ${table} WHERE ${RECENT_EXPORTS}),
facts AS (
  SELECT t.item.fact.m AS f, t.item.day.s AS day
  FROM ${table} t JOIN latest ON t.dt = latest.dt
  WHERE t.${RECENT_EXPORTS} AND t.item.entity.s = 'fact'
)`;

/**
 * The starting queries over the export table (`"db"."table"`). Lists are DynamoDB JSON
 * (`{"L":[{"S":"UZ"}]}`): they are turned into plain string arrays with transform() before UNNEST,
 * because UNNEST of an array of rows would spread the row's fields into columns.
 */
export function namedQueries(table: string): NamedQuery[] {
  return [
    {
      id: 'AgreementsLast30Days',
      name: 'Agreements in the last 30 days',
      description: 'Agreement facts whose day (publication, else extraction) is in the last 30 days, newest first',
      sql: `${latestFacts(table)}
SELECT day, f.status.s AS status, transform(f.countries.l, c -> c.s) AS countries,
       transform(f.organizations.l, o -> o.s) AS organizations, f.evidence.s AS evidence, f.sourceurl.s AS source_url
FROM facts
WHERE f.type.s = 'agreement' AND day >= to_iso8601(current_date - interval '30' day)
ORDER BY day DESC`,
    },
    {
      id: 'InvestmentByPartnerCountry',
      name: 'Investment by partner country',
      description: 'Investment facts per country named, with the sum of amounts per currency as stated',
      sql: `${latestFacts(table)}
SELECT country, f.amount.m.currency.s AS currency, count(*) AS facts,
       sum(CAST(f.amount.m.value.n AS double)) AS total_stated
FROM facts CROSS JOIN UNNEST(transform(f.countries.l, c -> c.s)) AS u(country)
WHERE f.type.s = 'investment'
GROUP BY 1, 2
ORDER BY total_stated DESC NULLS LAST`,
    },
    {
      id: 'FactsByOrganisation',
      name: 'Facts by organisation',
      description: 'How many facts of each type name each organisation, and the latest day it was seen',
      sql: `${latestFacts(table)}
SELECT organization, f.type.s AS type, count(*) AS facts, max(day) AS latest_day
FROM facts CROSS JOIN UNNEST(transform(f.organizations.l, o -> o.s)) AS u(organization)
GROUP BY 1, 2
ORDER BY facts DESC`,
    },
  ];
}
