/**
 * Reads fawazahmed0's currency API, which publishes one npm version of `@fawazahmed0/currency-api`
 * per day (version `YYYY.M.D`), each with `v1/currencies/usd.json`: `{ "date", "usd": { "eur": 0.88, ... } }`,
 * units of each currency per US dollar on that day. The registry lists the versions; the CDN serves
 * each version's files.
 */
import * as z from 'zod';
import { RatesSourceError } from './imf-csv.js';
import type { Month } from './rates-file.js';

export const DAILY_PACKAGE = '@fawazahmed0/currency-api';

/** Where to ask: the npm registry for the version list, a jsDelivr-style CDN for a version's files. */
export interface DailyApiEndpoints {
  registry: string;
  cdn: string;
}

const PackumentSchema = z.object({ versions: z.record(z.string(), z.unknown()) });
const DailyRatesSchema = z.object({ date: z.iso.date(), usd: z.record(z.string(), z.number()) });

/** One day's figures standing for its month. */
export interface DailyFigures {
  day: string;
  unitsPerUsd: Map<string, number>;
}

export type GetJson = (url: string, accept: string) => Promise<unknown>;

/** The registry's short package document: the version list without each version's manifest. */
const PACKUMENT_ACCEPT = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8';

const VERSION_RE = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/;

/** The last version published in each month from `since` on, by month. */
export function lastVersionPerMonth(versions: readonly string[], since: Month): Map<Month, string> {
  const best = new Map<Month, { day: number; version: string }>();
  for (const version of versions) {
    const m = VERSION_RE.exec(version);
    if (!m) continue;
    const month = `${m[1]}-${m[2]!.padStart(2, '0')}`;
    const day = Number(m[3]);
    if (month < since) continue;
    const seen = best.get(month);
    if (!seen || day > seen.day) best.set(month, { day, version });
  }
  return new Map([...best].sort(([a], [b]) => a.localeCompare(b)).map(([month, { version }]) => [month, version]));
}

/**
 * Each month's figures from `since` on (the month's last published day), for the wanted currencies.
 * A month is filed under the date the file itself gives, so a late upload cannot pass for another
 * month. A file that does not parse stops the read with its URL named.
 */
export async function readDailyApi(endpoints: DailyApiEndpoints, wanted: ReadonlySet<string>, since: Month, getJson: GetJson): Promise<Map<Month, DailyFigures>> {
  const packumentUrl = `${endpoints.registry.replace(/\/$/, '')}/${DAILY_PACKAGE.replace('/', '%2f')}`;
  const packument = PackumentSchema.safeParse(await getJson(packumentUrl, PACKUMENT_ACCEPT));
  if (!packument.success) throw new RatesSourceError(`${packumentUrl}: not an npm package document (${packument.error.issues[0]?.message})`);
  const out = new Map<Month, DailyFigures>();
  for (const version of lastVersionPerMonth(Object.keys(packument.data.versions), since).values()) {
    const url = `${endpoints.cdn.replace(/\/$/, '')}/npm/${DAILY_PACKAGE}@${version}/v1/currencies/usd.json`;
    const parsed = DailyRatesSchema.safeParse(await getJson(url, 'application/json'));
    if (!parsed.success) throw new RatesSourceError(`${url}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const unitsPerUsd = new Map<string, number>();
    for (const [code, rate] of Object.entries(parsed.data.usd)) {
      const currency = code.toUpperCase();
      if (wanted.has(currency) && Number.isFinite(rate) && rate > 0) unitsPerUsd.set(currency, rate);
    }
    const month = parsed.data.date.slice(0, 7);
    const seen = out.get(month);
    if (!seen || parsed.data.date > seen.day) out.set(month, { day: parsed.data.date, unitsPerUsd });
  }
  return out;
}
