// `npm run query`: facts from the local store, through the same adapter as the Lambdas, using an index.
// The table shows the newest 50 unless --limit says otherwise, and says "50 of 54 shown" when it
// cuts; csv and json print every match unless --limit is given (they are for other tools).
import './quiet-epipe.js';
import * as z from 'zod';
import { FactTypeSchema } from '../../schemas/index.js';
import { withExistingStores } from './with-stores.js';
import { factsCsv, factsTable } from '../format.js';
import { parseCli } from './args.js';

const USAGE = `usage: npm run query -- [--type T] [--country XX | XX-YY] [--org NAME] [--since YYYY-MM-DD] [--limit N] [--format table|json|csv] [--data DIR]`;
/** Rows a terminal table shows when --limit is not given. */
const TABLE_ROWS = 50;

const opts = parseCli(process.argv.slice(2), {
  type: { type: 'string' }, country: { type: 'string' }, org: { type: 'string' }, since: { type: 'string' },
  limit: { type: 'string' }, format: { type: 'string' }, data: { type: 'string' },
}, z.object({
  type: FactTypeSchema.optional(),
  country: z.string().regex(/^[A-Za-z]{2}(-[A-Za-z]{2})?$/, 'an ISO code like KZ, or a pair like CN-KZ').transform((s) => s.toUpperCase()).optional(),
  org: z.string().min(1).optional(),
  since: z.iso.date().optional(),
  limit: z.coerce.number().int().positive().optional(),
  format: z.enum(['table', 'json', 'csv']).default('table'),
  data: z.string().default('.data'),
}), USAGE);

await withExistingStores(opts.data, async (stores) => {
  const all = await stores.facts.query({ type: opts.type, country: opts.country, organization: opts.org, since: opts.since, limit: Number.MAX_SAFE_INTEGER });
  const limit = opts.limit ?? (opts.format === 'table' ? TABLE_ROWS : all.length);
  const facts = all.slice(0, limit);
  const cut = facts.length < all.length ? `${facts.length} of ${all.length} facts shown (newest first; --limit N, or --format csv|json for all)` : null;
  if (opts.format === 'json') for (const f of facts) process.stdout.write(`${JSON.stringify(f)}\n`);
  else if (opts.format === 'csv') process.stdout.write(`${factsCsv(facts)}\n`);
  else process.stdout.write(`${factsTable(facts)}\n${cut ?? `${all.length} facts`}\n`);
  // csv and json stay machine-readable: the notice of a cut goes to stderr.
  if (cut && opts.format !== 'table') process.stderr.write(`${cut}\n`);
});
