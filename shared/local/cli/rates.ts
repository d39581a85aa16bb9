// `npm run rates -- refresh [options]`: fetches the monthly US dollar rates from their two sources
// (the IMF's month-end rates as Code for IATI republishes them, and fawazahmed0's daily currency API
// for the months the IMF has not released) and writes shared/facts/money/rates/usd-rates.json.
// `npm run rates -- ranges [--out FILE]` prints each currency's range and sources from the file.
import * as z from 'zod';
import { readFile } from 'node:fs/promises';
import { parseCli } from './args.js';
import { DEFAULT_ENDPOINTS, DEFAULT_SINCE, refreshRates } from '../../facts/money/rates/refresh.js';
import { RATES_FILE } from '../../facts/money/rates/rates-table.js';
import { MonthSchema, RatesFileSchema, type RatesFile } from '../../facts/money/rates/rates-file.js';

const USAGE = `usage: npm run rates -- refresh [--out FILE] [--since YYYY-MM] [--imf-url URL] [--registry URL] [--cdn URL]
                                  [--via-imf TEXT] [--via-daily TEXT]
       npm run rates -- ranges [--out FILE]
  --out        the table (default shared/facts/money/rates/usd-rates.json)
  --since      first month kept (default ${DEFAULT_SINCE})
  --imf-url    Code for IATI's IMF CSV (default ${DEFAULT_ENDPOINTS.imfUrl})
  --registry   npm registry listing the daily API's versions (default ${DEFAULT_ENDPOINTS.registry})
  --cdn        CDN serving each version's files (default ${DEFAULT_ENDPOINTS.cdn})
  --via-imf, --via-daily   recorded in the file when the figures come from a copy rather than the source's URL`;

const ArgsSchema = z.object({
  positionals: z.tuple([z.enum(['refresh', 'ranges'])]),
  out: z.string().min(1).default(RATES_FILE),
  since: MonthSchema.default(DEFAULT_SINCE),
  'imf-url': z.url().default(DEFAULT_ENDPOINTS.imfUrl),
  registry: z.url().default(DEFAULT_ENDPOINTS.registry),
  cdn: z.url().default(DEFAULT_ENDPOINTS.cdn),
  'via-imf': z.string().min(1).optional(),
  'via-daily': z.string().min(1).optional(),
});

const opts = parseCli(process.argv.slice(2), {
  out: { type: 'string' }, since: { type: 'string' }, 'imf-url': { type: 'string' }, registry: { type: 'string' }, cdn: { type: 'string' },
  'via-imf': { type: 'string' }, 'via-daily': { type: 'string' },
}, ArgsSchema, USAGE);

/** One line per currency: its range, how many months have a figure, and which source gave which months. */
function ranges(file: RatesFile): string {
  return Object.entries(file.currencies).map(([code, c]) => {
    const segments = c.segments.map((s) => `${s.source} ${s.from}..${s.to}`).join(', ');
    return `${code} ${c.range[0]}..${c.range[1]} (${Object.keys(c.unitsPerUsd).length} months): ${segments}`;
  }).join('\n');
}

try {
  if (opts.positionals[0] === 'ranges') {
    process.stdout.write(`${ranges(RatesFileSchema.parse(JSON.parse(await readFile(opts.out, 'utf8'))))}\n`);
  } else {
    const { file, missing } = await refreshRates({
      out: opts.out, since: opts.since, imfUrl: opts['imf-url'], registry: opts.registry, cdn: opts.cdn,
      today: new Date().toISOString().slice(0, 10),
      via: { ...(opts['via-imf'] ? { imf: opts['via-imf'] } : {}), ...(opts['via-daily'] ? { fawazahmed0: opts['via-daily'] } : {}) },
    });
    process.stdout.write(`${ranges(file)}\nwrote ${opts.out}\n`);
    if (missing.length > 0) process.stderr.write(`no figures from either source for: ${missing.join(' ')}\n`);
  }
} catch (err) {
  process.stderr.write(`rates: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
