// `npm run query`: facts from the local store, through the same adapter as the Lambdas, using an index.
import './quiet-epipe.js';
import * as z from 'zod';
import { FactTypeSchema } from '../../schemas/index.js';
import { withExistingStores } from './with-stores.js';
import { factsCsv, factsTable } from '../format.js';
import { parseCli } from './args.js';

const USAGE = `usage: npm run query -- [--type T] [--country XX | XX-YY] [--org NAME] [--since YYYY-MM-DD] [--limit N] [--format table|json|csv] [--data DIR]`;

const opts = parseCli(process.argv.slice(2), {
  type: { type: 'string' }, country: { type: 'string' }, org: { type: 'string' }, since: { type: 'string' },
  limit: { type: 'string' }, format: { type: 'string' }, data: { type: 'string' },
}, z.object({
  type: FactTypeSchema.optional(),
  country: z.string().regex(/^[A-Za-z]{2}(-[A-Za-z]{2})?$/, 'an ISO code like KZ, or a pair like CN-KZ').transform((s) => s.toUpperCase()).optional(),
  org: z.string().min(1).optional(),
  since: z.iso.date().optional(),
  limit: z.coerce.number().int().positive().max(10_000).default(50),
  format: z.enum(['table', 'json', 'csv']).default('table'),
  data: z.string().default('.data'),
}), USAGE);

await withExistingStores(opts.data, async (stores) => {
  const facts = await stores.facts.query({ type: opts.type, country: opts.country, organization: opts.org, since: opts.since, limit: opts.limit });
  if (opts.format === 'json') for (const f of facts) process.stdout.write(`${JSON.stringify(f)}\n`);
  else if (opts.format === 'csv') process.stdout.write(`${factsCsv(facts)}\n`);
  else process.stdout.write(`${factsTable(facts)}\n${facts.length} facts\n`);
});
