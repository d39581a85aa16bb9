/**
 * Fetches both sources, builds the table and writes it: what `npm run rates -- refresh` does.
 */
import { rename, writeFile } from 'node:fs/promises';
import { ISO_CODES } from '../currencies.js';
import { buildRates } from './build-rates.js';
import { readDailyApi, type DailyApiEndpoints } from './daily-api.js';
import { parseImfCsv, RatesSourceError } from './imf-csv.js';
import type { Month, RateSourceKey, RatesFile } from './rates-file.js';

/** The first month kept: the oldest articles of the evaluation sets are from 2008. */
export const DEFAULT_SINCE: Month = '2008-01';
export const DEFAULT_ENDPOINTS = {
  imfUrl: 'https://codeforiati.org/imf-exchangerates/imf_exchangerates.csv',
  registry: 'https://registry.npmjs.org',
  cdn: 'https://cdn.jsdelivr.net',
} as const;
/** The IMF CSV is about 8 MB; a slow mirror gets two minutes. */
const FETCH_TIMEOUT_MS = 120_000;

/** Every currency the extractor can name, but the dollar itself. */
export const RATE_CURRENCIES: readonly string[] = [...new Set(Object.values(ISO_CODES))].filter((c) => c !== 'USD').sort();

export interface RefreshOptions extends DailyApiEndpoints {
  imfUrl: string;
  out: string;
  since: Month;
  /** Today's date, YYYY-MM-DD, recorded as the retrieval day. */
  today: string;
  via?: Partial<Record<RateSourceKey, string>>;
}

async function get(url: string, accept: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept }, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (cause) {
    throw new RatesSourceError(`${url}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  if (!res.ok) throw new RatesSourceError(`${url}: HTTP ${res.status}`);
  return res;
}

const getJson = async (url: string, accept: string): Promise<unknown> => {
  const res = await get(url, accept);
  try {
    return await res.json();
  } catch (cause) {
    throw new RatesSourceError(`${url}: not JSON`, { cause });
  }
};

/**
 * One currency per line, so a refresh reads as a diff of the months that changed. The figures go
 * through JSON.stringify, so the file is plain JSON whatever the layout.
 */
export function formatRatesFile(file: RatesFile): string {
  const currencies = Object.entries(file.currencies).map(([code, rates]) => `    ${JSON.stringify(code)}: ${JSON.stringify(rates)}`);
  return `{\n  "note": ${JSON.stringify(file.note)},\n  "sources": ${JSON.stringify(file.sources, null, 2).replace(/\n/g, '\n  ')},\n  "currencies": {\n${currencies.join(',\n')}\n  }\n}\n`;
}

/** Fetches, builds and writes the table (through a temporary file, so a failed run leaves the old one whole). */
export async function refreshRates(opts: RefreshOptions): Promise<{ file: RatesFile; missing: string[] }> {
  const wanted = new Set(RATE_CURRENCIES);
  const csv = await (await get(opts.imfUrl, 'text/csv,text/plain;q=0.9,*/*;q=0.5')).text();
  const imf = parseImfCsv(csv, wanted, opts.since);
  const daily = await readDailyApi(opts, wanted, opts.since, getJson);
  const built = buildRates({ currencies: RATE_CURRENCIES, since: opts.since, imf, daily, retrieved: opts.today, via: opts.via });
  const tmp = `${opts.out}.tmp`;
  await writeFile(tmp, formatRatesFile(built.file));
  await rename(tmp, opts.out);
  return built;
}
