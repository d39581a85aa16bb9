// `npm start`: one whole ingestion on this machine, into dynalite and s3rver started in-process.
import './quiet-epipe.js';
import { resolve, join } from 'node:path';
import * as z from 'zod';
import type { FeedConfig } from '../../schemas/index.js';
import { createHttpClient } from '../../fetch/http-client.js';
import { loadFeedsFile } from '../../config/feeds-file.js';
import { SAMPLE_SITE_STABLE_PORT, startSampleSite } from '../sample-site/server.js';
import { startLocalStores } from '../stores.js';
import { DataFolderBusyError } from '../data-lock.js';
import { runOnce } from '../run-once.js';
import { DEFAULT_ALERT_THRESHOLD_USD } from '../../config/defaults.js';
import { EXIT, outcomeOf } from '../exit-code.js';
import { createRoutedLocalAlertSink } from '../subscription-sinks.js';
import { consoleLog } from '../console-log.js';
import { printSummary } from '../summary.js';
import { parseCli } from './args.js';
import { webhookFromEnv } from './webhook-env.js';
import { extractorConfig, type ExtractorConfig } from '../../config/extractor-config.js';
import { localExtractor } from '../local-extractor.js';

const USAGE = `usage: npm start -- [--live] [--feeds FILE] [--data DIR] [--threshold USD] [--sample-edition N] [--quiet]
  --live        poll the real feeds (shared/feeds/registry/feeds.live.json, or --feeds FILE)
  --sample-edition N  serve the sample site's edition N (default 1; 2 adds a follow-up story that revises a deal's sum)
  --data DIR    where dynalite and s3rver keep their data (default .data)
  --threshold   alert on any fact at or over this many USD (default $ALERT_THRESHOLD_USD or 10000000)`;

const Options = z.object({
  live: z.boolean().default(false),
  feeds: z.string().optional(),
  data: z.string().default('.data'),
  threshold: z.coerce.number().positive().default(Number(process.env.ALERT_THRESHOLD_USD ?? DEFAULT_ALERT_THRESHOLD_USD)),
  quiet: z.boolean().default(false),
  'sample-edition': z.coerce.number().int().min(1).max(2).default(1),
});

const opts = parseCli(process.argv.slice(2), {
  live: { type: 'boolean' }, feeds: { type: 'string' }, data: { type: 'string' },
  threshold: { type: 'string' }, quiet: { type: 'boolean' }, 'sample-edition': { type: 'string' },
}, Options, USAGE);
const webhook = webhookFromEnv();
// EXTRACTOR=model|hybrid is checked before anything starts, like the feeds file.
let extractorSettings: ExtractorConfig;
try {
  extractorSettings = extractorConfig();
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(EXIT.usage);
}

// The feeds file is checked before anything starts: a bad file is a clear message, not a stack trace.
let liveFeeds: FeedConfig[] = [];
if (opts.live) {
  try {
    liveFeeds = loadFeedsFile(opts.feeds ?? 'shared/feeds/registry/feeds.live.json').feeds;
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(EXIT.usage);
  }
}

const started = Date.now();
const dataDir = resolve(opts.data);
const log = consoleLog({ quiet: opts.quiet });
const stores = await startLocalStores({ dataDir }).catch((err: unknown) => {
  if (!(err instanceof DataFolderBusyError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exit(EXIT.failed);
});
let site: Awaited<ReturnType<typeof startSampleSite>> | null = null;
try {
  // A fixed port: the port is part of every sample URL, and a second run must see the same URLs.
  site = opts.live ? null : await startSampleSite({ port: Number(process.env.SAMPLE_SITE_PORT ?? SAMPLE_SITE_STABLE_PORT), edition: opts['sample-edition'] });
  const feeds = site ? site.feeds : liveFeeds;
  // The sample site is our own server on loopback: that one origin is exempt from the private-address
  // guard and from the politeness delay. Live runs keep every guard on.
  const http = opts.live ? createHttpClient() : createHttpClient({ allowedOrigins: [site!.baseUrl], perHostIntervalMs: 0 });
  process.stderr.write(`coop-facts: ${opts.live ? 'live feeds' : `sample news site at ${site!.baseUrl}`}, data in ${dataDir}\n`);
  const extractor = await localExtractor(extractorSettings, stores, log);
  const summary = await runOnce({ stores, http, feeds, sink: createRoutedLocalAlertSink({ dataDir, stores, webhook, secret: webhook?.secret ?? process.env.ALERT_WEBHOOK_SECRET ?? null }), thresholdUsd: opts.threshold, log, ignorePollInterval: !opts.live, extractor });
  const newest = await stores.facts.query({ limit: 12 }).catch(() => []);
  printSummary(summary, newest, { seconds: (Date.now() - started) / 1000, alertsFile: join(dataDir, 'alerts.jsonl') });
  process.exitCode = outcomeOf(summary).code;
} catch (err) {
  // A store that died mid-run: say so in one line, not a stack trace; the next run picks up the work.
  process.stderr.write(`run failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = EXIT.failed;
} finally {
  await site?.close();
  await stores.close();
}
