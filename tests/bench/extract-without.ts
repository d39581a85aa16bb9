// The extract command's contract (one JSON line per file) with some article passes left out, for ablations:
//   node --import tsx tests/bench/extract-without.ts PASS[,PASS...] FILE...
// Used by tests/bench/ablate.mjs to measure what each pass does on an evaluation set.
import { readFileSync } from 'node:fs';
import { runExtraction } from '../../shared/facts/extract-facts.js';
import { ARTICLE_PASSES } from '../../shared/facts/passes/index.js';

/** A .txt article as the extract command reads it: title, blank line, paragraphs. */
function parseTxt(text: string): { title: string; paragraphs: string[] } {
  const [head = '', ...rest] = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  return { title: head.trim(), paragraphs: rest.join('\n').split(/\n+/).map((p) => p.trim()).filter(Boolean) };
}

const [without = '', ...files] = process.argv.slice(2);
const skip = new Set(without.split(',').filter(Boolean));
const unknown = [...skip].filter((n) => !ARTICLE_PASSES.some((p) => p.name === n));
if (unknown.length) throw new Error(`no such pass: ${unknown.join(', ')}`);
const passes = ARTICLE_PASSES.filter((p) => !skip.has(p.name));
for (const source of files) {
  const facts = runExtraction(parseTxt(readFileSync(source, 'utf8')), undefined, passes);
  process.stdout.write(`${JSON.stringify({ source, facts })}\n`);
}
