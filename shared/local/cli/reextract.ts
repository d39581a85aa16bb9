// `npm run reextract`: re-runs parsing and extraction on every stored raw page with the current version.
import { resolve, join } from 'node:path';
import { existsSync } from 'node:fs';
import * as z from 'zod';
import { reextractAll } from '../../pipeline/reextract.js';
import { runNotify } from '../../pipeline/notify.js';
import { EXTRACTOR_VERSION } from '../../facts/version.js';
import { startLocalStores } from '../stores.js';
import { createJsonlAlertSink } from '../alert-sinks.js';
import { consoleLog } from '../console-log.js';
import { parseCli } from './args.js';

const opts = parseCli(process.argv.slice(2), { data: { type: 'string' }, threshold: { type: 'string' }, quiet: { type: 'boolean' } },
  z.object({
    data: z.string().default('.data'),
    threshold: z.coerce.number().positive().default(Number(process.env.ALERT_THRESHOLD_USD ?? 100_000_000)),
    quiet: z.boolean().default(false),
  }),
  'usage: npm run reextract -- [--data DIR] [--threshold USD] [--quiet]');

const dataDir = resolve(opts.data);
if (!existsSync(dataDir)) {
  process.stderr.write(`no local store at ${dataDir}: run \`npm start\` first\n`);
  process.exit(1);
}
const log = consoleLog({ quiet: opts.quiet });
const stores = await startLocalStores({ dataDir });
try {
  const r = await reextractAll({ blobs: stores.blobs, articles: stores.articles, facts: stores.facts, log });
  // Only facts that are new in substance may alert; the alert ledger drops any already sent.
  const notified = await runNotify(r.added, {
    ledger: stores.alertLedger, sink: createJsonlAlertSink(join(dataDir, 'alerts.jsonl')), articles: stores.articles, thresholdUsd: opts.threshold, log,
  });
  process.stdout.write(`re-extracted ${r.articles} articles with extractor ${EXTRACTOR_VERSION}: ${r.added.length} facts added, ${r.removed} removed, ${r.kept} kept; ${notified.sent.length} alerts sent; ${r.failed.length} failed\n`);
  for (const f of r.failed) process.stdout.write(`  failed ${f.key}: ${f.error}\n`);
} finally {
  await stores.close();
}
