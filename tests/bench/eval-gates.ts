// `npm run eval:gates -- DIR... [--show TEXT]`: every gate of the extractor (a pass's drop or merge, a rule standing aside,
// a sum left without a fact) pooled over the articles of the sets, with how often it turned away a fact the gold has and the
// output misses (gate-audit.ts). --show prints the cases of the gates whose name holds TEXT. Studied sets only: reading a blind
// set's cases studies it.
import '../../shared/local/cli/quiet-epipe.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainFacts } from '../../shared/facts/explain.js';
import { parseTxt } from '../../shared/local/cli/parse-txt.js';
import { distinctFactsOf } from '../../shared/pipeline/article-facts.js';
import { articleIdOf } from '../../shared/pipeline/ids.js';
import { auditArticle, tallyGates, type GateOutcome, type GoldFact } from './gate-audit.js';

const args = process.argv.slice(2).filter((a) => a !== '--');
const USAGE = 'usage: npm run eval:gates -- DIR... [--show TEXT] [--min N]\n';
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const valueOf = (flag: string): string | null => (args.includes(flag) ? args[args.indexOf(flag) + 1] ?? null : null);
const show = valueOf('--show');
const min = Number(valueOf('--min') ?? 2);
const dirs = args.filter((a, i) => !a.startsWith('--') && !['--show', '--min'].includes(args[i - 1] ?? ''));
if (dirs.length === 0) {
  process.stderr.write(USAGE);
  process.exit(2);
}

const outcomes: GateOutcome[] = [];
for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const id = file.slice(0, -'.gold.json'.length);
    const gold = (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { facts: GoldFact[] }).facts;
    const trace = explainFacts(parseTxt(readFileSync(join(dir, `${id}.txt`), 'utf8')));
    const facts = distinctFactsOf(trace.facts, articleIdOf(id)).map(({ fact }) => fact);
    outcomes.push(...auditArticle(`${dir.split('/').pop()}/${id}`, trace, facts, gold));
  }
}
console.log('lost  right  kind              gate');
for (const t of tallyGates(outcomes)) {
  if (t.lost + t.right < min) continue;
  console.log(`${String(t.lost).padStart(4)}  ${String(t.right).padStart(5)}  ${t.kind.padEnd(16)}  ${t.gate}`);
  if (show && t.gate.includes(show)) for (const e of t.examples) console.log(`        ${e}`);
}
