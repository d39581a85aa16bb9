// `npm run --silent extract -- [--extractor rules|model|hybrid] [--site HOST] [--url U] [--explain [--json]] <file>...`:
// extracts the cooperation facts of saved articles and prints exactly one JSON line per file,
// {"source", "facts"}, the contract of ../shared/eval/score.mjs. A file that cannot be read prints
// {"source", "facts": [], "error"} and the batch goes on. Nothing else goes to stdout.
// --extractor (default $EXTRACTOR, else rules): model and hybrid call the endpoint of LLM_BASE_URL /
// LLM_MODEL or BEDROCK_MODEL_ID (shared/config/extractor-config.ts), keep replies in --model-cache
// (default .data/model-replies; --no-model-cache to ask every time) and print the tokens used and an
// estimated cost to stderr at the end.
// --explain prints, per file, every candidate with the rule that made it and what became of it (kept,
// merged or dropped by which article pass and why), the sums that made no candidate and the rules that
// stood aside; with --json, the same as one JSON line per file ({"source", "trace"}).
//   .txt: the title on the first line, a blank line, then the body (paragraphs split on newlines).
//   .html (or .htm): parsed with parseArticle (site rule by --site or the URL's host, else generic).
import './quiet-epipe.js';
import * as z from 'zod';
import { resolve } from 'node:path';
import { articleLanguage, type ExtractInput } from '../../facts/extract-facts.js';
import { explainFacts, renderTrace } from '../../facts/explain.js';
import { distinctFactsOf } from '../../pipeline/article-facts.js';
import { readArticleFile } from './read-article-file.js';
import { articleIdOf } from '../../pipeline/ids.js';
import type { ExtractedFact } from '../../schemas/fact.js';
import { extractorConfig, type ExtractorConfig } from '../../config/extractor-config.js';
import { rulesExtractor, type Extraction, type FactExtractor } from '../../facts/extractor.js';
import { modelReport, renderModelReport, UsageTally } from '../../facts/model/report.js';
import { PAGE_OPTIONS, pageFields, parseFileCli } from './args.js';

const USAGE = 'usage: npm run --silent extract -- [--extractor rules|model|hybrid] [--model-cache DIR | --no-model-cache] [--site HOST] [--url U] [--explain [--json]] <file.txt|file.html>...';

interface CliArgs {
  site: string | null;
  url: string | null;
  explain: boolean;
  json: boolean;
  extractor: string | null;
  modelCache: string | null;
  files: string[];
}

function parseArgs(argv: string[]): CliArgs {
  const a = parseFileCli(argv, {
    ...PAGE_OPTIONS, explain: { type: 'boolean' }, json: { type: 'boolean' },
    extractor: { type: 'string' }, 'model-cache': { type: 'string' }, 'no-model-cache': { type: 'boolean' },
  }, {
    ...pageFields,
    explain: z.boolean().default(false),
    json: z.boolean().default(false),
    extractor: z.string().nullable().default(null),
    'model-cache': z.string().default('.data/model-replies'),
    'no-model-cache': z.boolean().default(false),
  }, USAGE);
  return { site: a.site, url: a.url, explain: a.explain, json: a.json, extractor: a.extractor, modelCache: a['no-model-cache'] ? null : a['model-cache'], files: a.files };
}

export { UnreadableInputError } from './read-input.js';


const inputOf = (source: string, args: CliArgs): Promise<ExtractInput> => readArticleFile(source, args);

/** The fact as FACTS.md prints it, plus the rule, the basis (body, title or description), the extractor and its version. */
function printable(f: ExtractedFact, extraction: Extraction, language: string): Record<string, unknown> {
  return { ...f, language, extractorVersion: f.extractor === 'model' && extraction.versions.model ? extraction.versions.model : extraction.versions.rules };
}

async function explain(source: string, args: CliArgs, extractor: FactExtractor): Promise<void> {
  try {
    const input = await inputOf(source, args);
    const trace = explainFacts(input);
    // With a model, what it answered and what grounding made of it comes first; the rules' trace follows.
    const extraction = extractor.kind === 'rules' ? null : await extractor.extract(input);
    if (args.json) process.stdout.write(`${JSON.stringify({ source, ...(extraction ? { model: modelReport(extraction) } : {}), trace })}\n`);
    else process.stdout.write(`== ${source}\n${extraction ? `${renderModelReport(modelReport(extraction))}\n-- rules\n` : ''}${renderTrace(trace)}\n\n`);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const error = message.includes(source) ? message : `${source}: ${message}`;
    process.stdout.write(args.json ? `${JSON.stringify({ source, error })}\n` : `== ${source}\nerror: ${error}\n\n`);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let config: ExtractorConfig;
  try {
    config = extractorConfig(args.extractor === null ? process.env : { ...process.env, EXTRACTOR: args.extractor });
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const usage = new UsageTally();
  const extractor = config.kind === 'rules' ? rulesExtractor : await loadModelExtractor(config, args);
  for (const source of args.files) {
    if (args.explain) {
      await explain(source, args, extractor);
      continue;
    }
    let line: Record<string, unknown>;
    try {
      // The facts the pipeline would store: the same dedupe by fact id.
      const input = await inputOf(source, args);
      const extraction = await extractor.extract(input);
      usage.add(extraction);
      const language = articleLanguage(input);
      line = { source, facts: distinctFactsOf(extraction.facts, articleIdOf(source)).map(({ fact }) => printable(fact, extraction, language)) };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      line = { source, facts: [], error: message.includes(source) ? message : `${source}: ${message}` };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  if (config.kind !== 'rules') process.stderr.write(`${usage.render(config)}\n`);
}

/** The model path's modules load only when asked for, so the rules' batch starts as fast as before. */
async function loadModelExtractor(config: Exclude<ExtractorConfig, { kind: 'rules' }>, args: CliArgs): Promise<FactExtractor> {
  const [{ createExtractor }, { dirReplyCache }] = await Promise.all([import('../../facts/model/create-extractor.js'), import('../../facts/model/reply-cache.js')]);
  return createExtractor(config, {
    cache: args.modelCache ? dirReplyCache(resolve(args.modelCache)) : null,
    warn: (m) => process.stderr.write(`extract: ${m}\n`),
  });
}

await main();
