// `npm run feeds`: every feed with its state, last success, items seen and errors.
import './quiet-epipe.js';
import * as z from 'zod';
import { withExistingStores } from './with-stores.js';
import { parseCli } from './args.js';

const opts = parseCli(process.argv.slice(2), { data: { type: 'string' }, format: { type: 'string' } },
  z.object({ data: z.string().default('.data'), format: z.enum(['table', 'json']).default('table') }),
  'usage: npm run feeds -- [--data DIR] [--format table|json]');

await withExistingStores(opts.data, async (stores) => {
  const states = (await stores.feedState.list()).sort((a, b) => a.feedId.localeCompare(b.feedId));
  if (opts.format === 'json') for (const s of states) process.stdout.write(`${JSON.stringify(s)}\n`);
  else {
    const rows = states.map((s) => [
      s.feedId, s.paused ? 'PAUSED' : s.consecutiveFailures ? `failing x${s.consecutiveFailures}` : 'ok',
      s.lastSuccessAt?.slice(0, 19) ?? 'never', String(s.itemsSeen), s.lastError ?? (s.lastWarning ? `warning: ${s.lastWarning}` : ''),
    ]);
    const head = ['feed', 'state', 'last success', 'items seen', 'last error or warning'];
    const widths = head.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
    const line = (r: string[]) => r.map((c, i) => c.slice(0, widths[i]).padEnd(widths[i]!)).join('  ');
    process.stdout.write(`${[line(head), ...rows.map(line)].join('\n')}\n`);
  }
});
