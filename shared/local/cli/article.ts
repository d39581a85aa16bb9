// `npm run --silent article -- [--url U] [--site HOST] <file.html>...`: parses saved pages and prints
// one JSON line per file (the contract of ../shared/eval/body-score.mjs). An unreadable file prints
// {"source", "error"} and the batch goes on. Nothing else goes to stdout.
import './quiet-epipe.js';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assembleParsed } from '../../pipeline/assemble-article.js';
import { readDocumentText } from './read-input.js';
import { PAGE_OPTIONS, pageFields, parseFileCli } from './args.js';

const USAGE = 'usage: npm run --silent article -- [--url U] [--site HOST] <file.html>...';
const args = parseFileCli(process.argv.slice(2), PAGE_OPTIONS, pageFields, USAGE);
for (const source of args.files) {
  let line: Record<string, unknown>;
  try {
    const html = readDocumentText(source);
    const url = args.url ?? pathToFileURL(resolve(source)).href;
    const a = assembleParsed({ html, url, item: null, site: args.site });
    line = {
      source, title: a.title, published: a.published, body: a.paragraphs.join('\n\n'), author: a.author,
      language: a.language, canonicalUrl: a.canonicalUrl, paywalled: a.paywalled, extractedBy: a.extractedBy,
      ...(a.warnings ? { warnings: a.warnings } : {}),
    };
  } catch (err) {
    line = { source, error: err instanceof Error ? err.message : String(err) };
  }
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
