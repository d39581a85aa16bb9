// `npm run reextract`: re-runs parsing and extraction on every stored raw page with the current version.
import './quiet-epipe.js';
import * as z from 'zod';
import { wirePipeline } from '../../pipeline/wiring.js';
import { DEFAULT_ALERT_THRESHOLD_USD } from '../../config/defaults.js';
import { EXTRACTOR_VERSION } from '../../facts/version.js';
import { withExistingStores } from './with-stores.js';
import { createRoutedLocalAlertSink } from '../subscription-sinks.js';
import { consoleLog } from '../console-log.js';
import { parseCli } from './args.js';
import { webhookFromEnv } from './webhook-env.js';
import { extractorConfig, type ExtractorConfig } from '../../config/extractor-config.js';
import { localExtractor } from '../local-extractor.js';

const opts = parseCli(process.argv.slice(2), { data: { type: 'string' }, threshold: { type: 'string' }, quiet: { type: 'boolean' } },
  z.object({
    data: z.string().default('.data'),
    threshold: z.coerce.number().positive().default(Number(process.env.ALERT_THRESHOLD_USD ?? DEFAULT_ALERT_THRESHOLD_USD)),
    quiet: z.boolean().default(false),
  }),
  'usage: npm run reextract -- [--data DIR] [--threshold USD] [--quiet]');

const webhook = webhookFromEnv();
const log = consoleLog({ quiet: opts.quiet });
let settings: ExtractorConfig;
try {
  settings = extractorConfig();
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
}
await withExistingStores(opts.data, async (stores, dataDir) => {
  const startedAt = new Date().toISOString();
  // With a model, replies cached by the first run are read again: an unchanged article costs nothing.
  const extractor = await localExtractor(settings, stores, log);
  const pipeline = wirePipeline(stores, { sink: createRoutedLocalAlertSink({ dataDir, stores, webhook, secret: webhook?.secret ?? process.env.ALERT_WEBHOOK_SECRET ?? null }), thresholdUsd: opts.threshold, log, extractor });
  const r = await pipeline.reextract();
  // Alerts already sent are skipped by the outbox; only facts new in substance alert.
  const sent = await pipeline.dispatcher({ leasesTakenBefore: startedAt }).dispatch(r.alertKeys);
  process.stdout.write(`re-extracted ${r.articles} articles with extractor ${settings.kind === 'rules' ? EXTRACTOR_VERSION : `${settings.kind} (${EXTRACTOR_VERSION} and a model)`}: ${r.added.length} facts added, ${r.removed} removed, ${r.kept} kept; ${sent.sent.length} alerts sent, ${sent.failed.length} failed; ${r.failed.length} failed\n`);
  for (const f of r.failed) process.stdout.write(`  failed ${f.key}: ${f.error}\n`);
  if (r.failed.length || sent.failed.length) process.exitCode = 3;
});
