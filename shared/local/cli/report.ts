// `npm run report -- [--data DIR] [--out FILE]`: one static HTML page (charts as inline SVG, no script,
// nothing loaded from the network) from the articles, facts and deals in the local store.
import './quiet-epipe.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as z from 'zod';
import { withExistingStores } from './with-stores.js';
import { parseCli } from './args.js';
import { loadReportData } from '../load-report-data.js';
import { renderReport, coverageLine } from '../../report/render-report.js';
import { coverage } from '../../report/aggregate.js';
import { EXIT } from '../exit-code.js';

const USAGE = 'usage: npm run report -- [--data DIR] [--out FILE]   (the page goes to DIR/report.html unless --out says otherwise)';

if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(EXIT.ok);
}
const opts = parseCli(process.argv.slice(2), { data: { type: 'string' }, out: { type: 'string' } }, z.object({
  positionals: z.tuple([], { error: 'takes no arguments, only options' }),
  data: z.string().min(1).default('.data'),
  out: z.string().min(1).optional(),
}), USAGE);

await withExistingStores(opts.data, async (stores, dataDir) => {
  const { data, skipped } = await loadReportData(stores.doc, stores.tableName, new Date().toISOString());
  const html = await renderReport(data);
  const out = resolve(opts.out ?? join(dataDir, 'report.html'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  for (const s of skipped) process.stderr.write(`skipped ${s.key}: ${s.reason}\n`);
  process.stdout.write(`report written to ${out} (${Math.ceil(Buffer.byteLength(html) / 1024)} KB)\n${coverageLine(coverage(data))}\n`);
  if (skipped.length) process.stdout.write(`${skipped.length} ${skipped.length === 1 ? 'item' : 'items'} skipped (listed on stderr)\n`);
  process.exitCode = skipped.length ? EXIT.partial : EXIT.ok;
});
