// `node tests/quality/replay-extract.mjs CACHE FILE...`: prints, for each FILE, the line `extract` printed for it in one
// earlier run over every studied set (CACHE, JSON lines), with its source as given here. The quality gates score the
// studied sets with ../shared/eval/score.mjs one set at a time; extracting them all once, not once per set, saves a
// process start per set (about 140 of them, five minutes of the test run).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [cache, ...files] = process.argv.slice(2);
const bySource = new Map();
for (const line of readFileSync(cache, 'utf8').split('\n')) {
  if (!line.startsWith('{')) continue;
  const out = JSON.parse(line);
  bySource.set(resolve(out.source), out);
}
for (const file of files) {
  const out = bySource.get(resolve(file));
  // A file the run did not see prints nothing: score.mjs then counts it as missing, and the gate fails.
  if (out) process.stdout.write(`${JSON.stringify({ ...out, source: file })}\n`);
}
