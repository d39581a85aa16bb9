// `npm run reextract`: re-runs parsing and extraction on every stored raw page with the current version.
import './quiet-epipe.js';
import { join } from 'node:path';
import * as z from 'zod';
import { reextractAll } from '../../pipeline/reextract.js';
import { DEFAULT_ALERT_THRESHOLD_USD, runNotify } from '../../pipeline/notify.js';
import { EXTRACTOR_VERSION } from '../../facts/version.js';
import { withExistingStores } from './with-stores.js';
import { createJsonlAlertSink } from '../alert-sinks.js';
import { consoleLog } from '../console-log.js';
import { parseCli } from './args.js';

const opts = parseCli(process.argv.slice(2), { data: { type: 'string' }, threshold: { type: 'string' }, quiet: { type: 'boolean' } },
  z.object({
    data: z.string().default('.data'),
    threshold: z.coerce.number().positive().default(Number(process.env.ALERT_THRESHOLD_USD ?? DEFAULT_ALERT_THRESHOLD_USD)),
    quiet: z.boolean().default(false),
  }),
  'usage: npm run reextract -- [--data DIR] [--threshold USD] [--quiet]');

const log = consoleLog({ quiet: opts.quiet });
await withExistingStores(opts.data, async (stores, dataDir) => {
  const r = await reextractAll({ blobs: stores.blobs, articles: stores.articles, facts: stores.facts, log });
  // Only facts that are new in substance may alert; the alert ledger drops any already sent.
  const notified = await runNotify(r.added, {
    ledger: stores.alertLedger, sink: createJsonlAlertSink(join(dataDir, 'alerts.jsonl')), articles: stores.articles, thresholdUsd: opts.threshold, log,
  });
  process.stdout.write(`re-extracted ${r.articles} articles with extractor ${EXTRACTOR_VERSION}: ${r.added.length} facts added, ${r.removed} removed, ${r.kept} kept; ${notified.sent.length} alerts sent; ${r.failed.length} failed\n`);
  for (const f of r.failed) process.stdout.write(`  failed ${f.key}: ${f.error}\n`);
});
