// `npm run sql -- "SELECT …"`: SQL on the newest local export (`npm run export`), in DuckDB, over
// the same views Athena has (shared/analytics/views.ts). Named queries run by id with --query.
import './quiet-epipe.js';
import { writeFile } from 'node:fs/promises';
import * as z from 'zod';
import { NAMED_QUERIES, VIEWS } from '../../analytics/index.js';
import { fetchNewestExport, NoExportError, openFetchedExport, type FetchedExport } from '../sql/newest-export-db.js';
import { OUTPUT_FORMATS, csvText, jsonLines, rowsOf, tableText } from '../sql/format-rows.js';
import { parseCli } from './args.js';
import { withExistingBucket } from './with-stores.js';

/** Exit codes: 0 answered; 1 nothing to query (no local store, or no export in it); 2 a bad option; 4 the SQL failed. */
const EXIT = { ok: 0, nothing: 1, usage: 2, sql: 4 } as const;

const USAGE = `usage: npm run sql -- "SELECT …" [--format table|csv|json|parquet] [--out FILE] [--data DIR]
       npm run sql -- --query ID [same options]
       npm run sql -- --help`;

function help(): string {
  const views = VIEWS.map((v) => `  ${v.name.padEnd(9)} ${v.columns.map((c) => c.name).join(', ')}`).join('\n');
  const queries = NAMED_QUERIES.map((q) => `  ${q.id.padEnd(27)} ${q.name}`).join('\n');
  return `${USAGE}

Runs SQL in DuckDB over the newest export in the local bucket (write one with \`npm run export\`).
Options:
  --format F   table (default), csv, json (one object per line) or parquet (needs --out)
  --out FILE   write the result to FILE instead of standard output
  --query ID   run one of the named queries Athena has (below)
  --data DIR   the local data folder (default .data)
Views (the same columns as on Athena):
${views}
Named queries:
${queries}
Exit codes: 0 answered, 1 no local store or no export, 2 bad option, 4 the SQL failed.`;
}

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(`${help()}\n`);
  process.exit(EXIT.ok);
}

const opts = parseCli(argv, {
  format: { type: 'string' }, out: { type: 'string' }, query: { type: 'string' }, data: { type: 'string' },
}, z.object({
  positionals: z.array(z.string()).max(1, 'one SQL statement, quoted as one argument'),
  format: z.enum(OUTPUT_FORMATS).default('table'),
  out: z.string().min(1).optional(),
  query: z.enum(NAMED_QUERIES.map((q) => q.id) as [string, ...string[]]).optional(),
  data: z.string().default('.data'),
}).refine((o) => (o.positionals.length === 1) !== (o.query !== undefined), { message: 'give either a SQL statement or --query ID', path: ['query'] })
  .refine((o) => o.format !== 'parquet' || o.out, { message: 'parquet is written to a file: add --out FILE', path: ['out'] }), USAGE);

// A trailing semicolon is habit; COPY (…) TO, used for parquet, refuses it.
const sql = (opts.query ? NAMED_QUERIES.find((q) => q.id === opts.query)!.sql : opts.positionals[0]!).trim().replace(/;\s*$/, '');

let fetched: FetchedExport;
try {
  // The bucket only while finding and copying the export: DuckDB then works without holding the folder.
  fetched = await withExistingBucket(opts.data, (bucket, dataDir) => fetchNewestExport(bucket.s3, bucket.bucket, dataDir));
} catch (err) {
  if (!(err instanceof NoExportError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exit(EXIT.nothing);
}
const db = await openFetchedExport(fetched);
try {
  if (opts.format === 'parquet') {
    await db.connection.run(`COPY (${sql}) TO '${opts.out!.replace(/'/g, "''")}' (FORMAT parquet)`);
  } else {
    const rows = rowsOf(await db.connection.runAndReadAll(sql));
    const text = opts.format === 'csv' ? csvText(rows) : opts.format === 'json' ? jsonLines(rows) : tableText(rows);
    const footer = opts.format === 'table' ? `\nexport ${fetched.found.dt} (${fetched.found.summary.itemCount} items)` : '';
    const body = `${text}${footer}${text || footer ? '\n' : ''}`;
    if (opts.out) await writeFile(opts.out, body);
    else process.stdout.write(body);
  }
} catch (err) {
  // DuckDB's own message says what and where ("Parser Error: syntax error at or near …").
  process.stderr.write(`sql: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = EXIT.sql;
} finally {
  db.close();
}
