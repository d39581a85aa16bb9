// `npm run export`: a full export of the local table into the local bucket, in the layout of
// DynamoDB's export to S3 (shared/analytics/export-layout.ts), for `npm run sql` and anyone reading it.
import './quiet-epipe.js';
import * as z from 'zod';
import { writeLocalExport } from '../export/write-export.js';
import { fetchNewestExport, openFetchedExport } from '../sql/newest-export-db.js';
import { parseCli } from './args.js';
import { withExistingStores } from './with-stores.js';

const USAGE = 'usage: npm run export -- [--data DIR]';
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(`${USAGE}\nWrites exports/dt=<now>/AWSDynamoDB/<export-id>/ (manifests and gzipped DynamoDB JSON) into the local bucket.\n`);
  process.exit(0);
}
const opts = parseCli(process.argv.slice(2), { data: { type: 'string' } }, z.object({
  positionals: z.array(z.string()).max(0, 'no arguments besides --data'),
  data: z.string().default('.data'),
}), USAGE);

const started = performance.now();
await withExistingStores(opts.data, async (stores, dataDir) => {
  const out = await writeLocalExport({ dynamo: stores.dynamo, s3: stores.s3, tableName: stores.tableName, bucket: stores.bucket });
  // Loaded into DuckDB now, so that `npm run sql` opens it ready (sql would do this on its first run).
  (await openFetchedExport(await fetchNewestExport(stores.s3, stores.bucket, dataDir))).close();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`exported ${out.summary.itemCount} items in ${out.files.length} file(s) to s3://${stores.bucket}/${out.folder} (${seconds} s)\n`);
});
