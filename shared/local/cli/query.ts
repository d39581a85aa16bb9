// `npm run query`: facts or deals from the local store, through the same adapters as the Lambdas.
// The table shows the newest 50 unless --limit says otherwise, and says "50 of 54 shown" when it
// cuts; csv and json print every match unless --limit is given (they are for other tools).
// --org matches by organisation key: "ADB", "Asian Development Bank" and "Asian Development Bank (ADB)"
// find the same facts. --deals lists deals (one real-world event, with its mentions from every outlet)
// instead of facts; --deal ID prints the facts of one deal.
import './quiet-epipe.js';
import * as z from 'zod';
import { FactTypeSchema, type Deal, type Fact } from '../../schemas/index.js';
import type { Stores } from '../../store/ports.js';
import { withExistingStores } from './with-stores.js';
import { dealsCsv, dealsTable, factsCsv, factsTable } from '../format.js';
import { parseCli } from './args.js';

const USAGE = `usage: npm run query -- [--deals | --deal ID] [--type T] [--country XX | XX-YY] [--org NAME] [--since YYYY-MM-DD]
                        [--limit N] [--format table|json|csv] [--data DIR]
  (no flag)     facts, newest first
  --deals       deals instead of facts: one row per real-world deal, with the outlets that report it
  --deal ID     the facts (mentions) of one deal
  --org NAME    by organisation key: "ADB" finds "Asian Development Bank (ADB)"
  --help        this text`;
/** Rows a terminal table shows when --limit is not given. */
const TABLE_ROWS = 50;

const opts = parseCli(process.argv.slice(2), {
  deals: { type: 'boolean' }, deal: { type: 'string' },
  type: { type: 'string' }, country: { type: 'string' }, org: { type: 'string' }, since: { type: 'string' },
  limit: { type: 'string' }, format: { type: 'string' }, data: { type: 'string' },
}, z.object({
  deals: z.boolean().default(false),
  deal: z.string().regex(/^[0-9a-f]{32}$/, 'a deal id: 32 hex characters, as --deals prints').optional(),
  type: FactTypeSchema.optional(),
  country: z.string().regex(/^[A-Za-z]{2}(-[A-Za-z]{2})?$/, 'an ISO code like KZ, or a pair like CN-KZ').transform((s) => s.toUpperCase()).optional(),
  org: z.string().min(1).optional(),
  since: z.iso.date().optional(),
  limit: z.coerce.number().int().positive().optional(),
  format: z.enum(['table', 'json', 'csv']).default('table'),
  data: z.string().default('.data'),
}).refine((o) => !(o.deals && o.deal), { message: '--deals lists deals, --deal ID shows one: not both', path: ['deal'] }), USAGE);

function print<T>(rows: T[], noun: string, asTable: (r: T[]) => string, asCsv: (r: T[]) => string): void {
  const limit = opts.limit ?? (opts.format === 'table' ? TABLE_ROWS : rows.length);
  const shown = rows.slice(0, limit);
  const cut = shown.length < rows.length ? `${shown.length} of ${rows.length} ${noun} shown (newest first; --limit N, or --format csv|json for all)` : null;
  if (opts.format === 'json') for (const r of shown) process.stdout.write(`${JSON.stringify(r)}\n`);
  else if (opts.format === 'csv') process.stdout.write(`${asCsv(shown)}\n`);
  else process.stdout.write(`${asTable(shown)}\n${cut ?? `${rows.length} ${noun}`}\n`);
  // csv and json stay machine-readable: the notice of a cut goes to stderr.
  if (cut && opts.format !== 'table') process.stderr.write(`${cut}\n`);
}

/** The stored facts a deal's mentions name, in the deal's order. */
async function factsOfDeal(stores: Stores, deal: Deal): Promise<Fact[]> {
  const facts: Fact[] = [];
  for (const articleId of new Set(deal.mentions.map((m) => m.articleId))) facts.push(...await stores.facts.factsOfArticle(articleId));
  const byId = new Map(facts.map((f) => [f.id, f]));
  return deal.mentions.flatMap((m) => byId.get(m.factId) ?? []);
}

await withExistingStores(opts.data, async (stores) => {
  if (opts.deal) {
    const deal = await stores.deals.getDeal(opts.deal);
    if (!deal) {
      process.stderr.write(`query: no deal ${opts.deal} in ${opts.data} (npm run query -- --deals lists them)\n`);
      process.exitCode = 1;
      return;
    }
    print(await factsOfDeal(stores, deal), 'facts', factsTable, factsCsv);
    return;
  }
  const filters = { type: opts.type, country: opts.country, organization: opts.org, since: opts.since, limit: Number.MAX_SAFE_INTEGER };
  if (opts.deals) print(await stores.deals.query(filters), 'deals', dealsTable, dealsCsv);
  else print(await stores.facts.query(filters), 'facts', factsTable, factsCsv);
});
