// `npm run alerts -- [list|retry|digest] [--data DIR]`: the alerts still pending in the outbox (a webhook
// that failed, a run that died before sending), listed, or sent now whatever their back-off says;
// `digest [--day YYYY-MM-DD]` sends each digest subscription the day's alerts it asked for, in one
// message (default: yesterday, UTC), once per subscription and day.
import './quiet-epipe.js';
import * as z from 'zod';
import { wirePipeline } from '../../pipeline/wiring.js';
import { withExistingStores } from './with-stores.js';
import { createRoutedLocalAlertSink, localDigestChannel } from '../subscription-sinks.js';
import { sendDigests } from '../../alerts/send-digests.js';
import { consoleLog } from '../console-log.js';
import { parseCli } from './args.js';
import { webhookFromEnv } from './webhook-env.js';
import { EXIT } from '../exit-code.js';

const USAGE = 'usage: npm run alerts -- [list|retry|digest] [--day YYYY-MM-DD] [--data DIR] [--format table|json]';
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const opts = parseCli(process.argv.slice(2), { data: { type: 'string' }, format: { type: 'string' }, quiet: { type: 'boolean' }, day: { type: 'string' } },
  z.object({
    positionals: z.tuple([z.enum(['list', 'retry', 'digest'], { error: 'the command is list, retry or digest' })]).or(z.tuple([]).transform(() => ['list'] as const)),
    day: z.iso.date().optional(),
    data: z.string().default('.data'),
    format: z.enum(['table', 'json']).default('table'),
    quiet: z.boolean().default(false),
  }),
  USAGE);
const command = opts.positionals[0] ?? 'list';
const webhook = webhookFromEnv();

await withExistingStores(opts.data, async (stores, dataDir) => {
  if (command === 'digest') {
    const day = opts.day ?? yesterday();
    const secret = webhook?.secret ?? process.env.ALERT_WEBHOOK_SECRET ?? null;
    const report = await sendDigests(day, {
      subscriptions: stores.subscriptions, outbox: stores.outbox, deliveries: stores.deliveries,
      channelOf: (s) => localDigestChannel({ dataDir, secret }, s), at: new Date().toISOString(),
    });
    process.stdout.write(`digests of ${day}: ${report.sent.length} sent, ${report.skipped.length} with nothing to send or sent before, ${report.failed.length} failed\n`);
    for (const f of report.failed) process.stdout.write(`  failed ${f.id}: ${f.error}\n`);
    process.exitCode = report.failed.length === 0 ? EXIT.ok : report.sent.length > 0 ? EXIT.partial : EXIT.failed;
    return;
  }
  const pending = await stores.outbox.pending();
  if (command === 'list') {
    if (opts.format === 'json') for (const p of pending) process.stdout.write(`${JSON.stringify(p)}\n`);
    else {
      for (const p of pending) {
        process.stdout.write(`${p.key}  ${p.alert.type.padEnd(10)}  tries ${String(p.attempts).padStart(2)}  next ${p.nextAttemptAt.slice(0, 19)}  ${p.alert.link}${p.lastError ? `\n    last error: ${p.lastError}` : ''}\n`);
      }
      process.stdout.write(`${pending.length} alerts pending\n`);
    }
    return;
  }
  // We hold the data-folder lock: no other sender is alive, so every lease is stale.
  const now = new Date().toISOString();
  const pipeline = wirePipeline(stores, { sink: createRoutedLocalAlertSink({ dataDir, stores, webhook, secret: webhook?.secret ?? process.env.ALERT_WEBHOOK_SECRET ?? null }), log: consoleLog({ quiet: opts.quiet }) });
  const dispatcher = pipeline.dispatcher({ leasesTakenBefore: now });
  const r = await dispatcher.dispatch(pending.map((p) => p.key));
  const left = (await stores.outbox.pending()).length;
  process.stdout.write(`${r.sent.length} of ${pending.length} pending alerts sent; ${r.failed.length} failed; ${left} still pending\n`);
  process.exitCode = left === 0 ? EXIT.ok : r.sent.length === 0 ? EXIT.failed : EXIT.partial;
});
