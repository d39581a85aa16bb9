// `npm run --silent deals -- [--site HOST] [--url U] <file>...`: extracts the facts of each saved
// article (as `extract` does, with the rules) and groups them into real-world deals across the files,
// printing one JSON line per deal: {"deal", "type", "status", "amount", "amountUsd", "countries",
// "organizations", "mentions": [{"source": FILE, "evidence"}]}. Files carry no publication dates, so
// grouping here leans on parties, sums and words alone; in the pipeline the dates narrow it too. A file
// that cannot be read is named on stderr, the others are still grouped, and the exit code is 1.
import './quiet-epipe.js';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { groupFacts } from '../../deals/group-facts.js';
import { rulesExtractor } from '../../facts/extractor.js';
import { distinctFactsOf } from '../../pipeline/article-facts.js';
import { articleIdOf } from '../../pipeline/ids.js';
import { FactSchema, type Fact } from '../../schemas/index.js';
import { readArticleFile } from './read-article-file.js';
import { PAGE_OPTIONS, pageFields, parseFileCli } from './args.js';

const USAGE = 'usage: npm run --silent deals -- [--site HOST] [--url U] <file.txt|file.html>...';

type CliArgs = ReturnType<typeof parseArgs>;
const parseArgs = (argv: string[]) => parseFileCli(argv, PAGE_OPTIONS, pageFields, USAGE);

/** The stored shape of a file's facts: the article id from the path, the file's URL as the source. */
async function factsOfFile(source: string, args: CliArgs, extractedAt: string): Promise<Fact[]> {
  const input = await readArticleFile(source, args);
  const extraction = await rulesExtractor.extract(input);
  const articleId = articleIdOf(source);
  return distinctFactsOf(extraction.facts, articleId).map(({ id, fact }) => FactSchema.parse({
    ...fact, id, articleId, sourceUrl: pathToFileURL(resolve(source)).href, published: input.published ?? null,
    extractorVersion: extraction.versions.rules, extractedAt,
  }));
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const extractedAt = new Date().toISOString();
  const sourceOf = new Map<string, string>();
  const facts: Fact[] = [];
  for (const source of args.files) {
    try {
      const found = await factsOfFile(source, args, extractedAt);
      sourceOf.set(articleIdOf(source), source);
      facts.push(...found);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`deals: ${message.includes(source) ? message : `${source}: ${message}`}\n`);
      process.exitCode = 1;
    }
  }
  // The outlet of a file is the file: two files are two reports.
  for (const deal of groupFacts(facts, (f) => sourceOf.get(f.articleId) ?? null, extractedAt)) {
    process.stdout.write(`${JSON.stringify({
      deal: deal.id, type: deal.type, status: deal.status, amount: deal.amount, amountUsd: deal.amountUsd,
      countries: deal.countries, organizations: deal.organizations,
      mentions: deal.mentions.map((m) => ({ source: sourceOf.get(m.articleId) ?? m.sourceUrl, evidence: m.evidence })),
    })}\n`);
  }
}

await main();
