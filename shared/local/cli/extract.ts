// `npm run --silent extract -- [--site HOST] [--url U] [--explain [--json]] <file>...`: extracts the
// cooperation facts of saved articles and prints exactly one JSON line per file, {"source", "facts"},
// the contract of ../shared/eval/score.mjs. A file that cannot be read prints {"source", "facts": [],
// "error"} and the batch goes on. Nothing else goes to stdout.
// --explain prints, per file, every candidate with the rule that made it and what became of it (kept,
// merged or dropped by which article pass and why), the sums that made no candidate and the rules that
// stood aside; with --json, the same as one JSON line per file ({"source", "trace"}).
//   .txt: the title on the first line, a blank line, then the body (paragraphs split on newlines).
//   .html (or .htm): parsed with parseArticle (site rule by --site or the URL's host, else generic).
import './quiet-epipe.js';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractInput } from '../../facts/extract-facts.js';
import { explainFacts, renderTrace } from '../../facts/explain.js';
import { distinctFacts } from '../../pipeline/article-facts.js';
import { readDocumentText } from './read-input.js';
import { articleIdOf } from '../../pipeline/ids.js';
import { EXTRACTOR_VERSION } from '../../facts/version.js';
import type { ExtractedFact } from '../../schemas/fact.js';

interface CliArgs {
  site: string | null;
  url: string | null;
  explain: boolean;
  json: boolean;
  files: string[];
}

function parseArgs(argv: readonly string[]): CliArgs {
  const out: CliArgs = { site: null, url: null, explain: false, json: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--site') out.site = argv[++i] ?? null;
    else if (a === '--url') out.url = argv[++i] ?? null;
    else if (a === '--explain') out.explain = true;
    else if (a === '--json') out.json = true;
    else if (a !== '--') out.files.push(a);
  }
  return out;
}

export { UnreadableInputError } from './read-input.js';

/** A .txt article: title, blank line, body; paragraphs are separated by newlines. */
export function parseTxt(text: string): ExtractInput {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const [head = '', ...rest] = normalized.split('\n');
  const paragraphs = rest.join('\n').split(/\n+/).map((p) => p.trim()).filter(Boolean);
  return { title: head.trim(), paragraphs };
}

async function inputOf(source: string, args: CliArgs): Promise<ExtractInput> {
  const text = readDocumentText(source);
  const ext = extname(source).toLowerCase();
  if (ext !== '.html' && ext !== '.htm') return parseTxt(text);
  // Loaded only when an HTML file comes, so a batch of .txt files starts fast.
  const { assembleParsed } = await import('../../pipeline/assemble-article.js');
  const a = assembleParsed({ html: text, url: args.url ?? pathToFileURL(resolve(source)).href, item: null, site: args.site });
  return { title: a.title, paragraphs: a.paragraphs, description: a.description, paywalled: a.paywalled, published: a.published };
}

/** The fact as FACTS.md prints it, plus the rule, the basis (body, title or description) and the extractor version. */
function printable(f: ExtractedFact): Record<string, unknown> {
  return { ...f, extractorVersion: EXTRACTOR_VERSION };
}

async function explain(source: string, args: CliArgs): Promise<void> {
  try {
    const trace = explainFacts(await inputOf(source, args));
    process.stdout.write(args.json ? `${JSON.stringify({ source, trace })}\n` : `== ${source}\n${renderTrace(trace)}\n\n`);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const error = message.includes(source) ? message : `${source}: ${message}`;
    process.stdout.write(args.json ? `${JSON.stringify({ source, error })}\n` : `== ${source}\nerror: ${error}\n\n`);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.files.length === 0) {
    process.stderr.write('usage: npm run --silent extract -- [--site HOST] [--url U] [--explain [--json]] <file.txt|file.html>...\n');
    process.exitCode = 2;
    return;
  }
  for (const source of args.files) {
    if (args.explain) {
      await explain(source, args);
      continue;
    }
    let line: Record<string, unknown>;
    try {
      // The facts the pipeline would store: the same dedupe by fact id.
      line = { source, facts: distinctFacts(await inputOf(source, args), articleIdOf(source)).map(({ fact }) => printable(fact)) };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      line = { source, facts: [], error: message.includes(source) ? message : `${source}: ${message}` };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}

await main();
