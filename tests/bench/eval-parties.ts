// `npm run eval:parties -- DIR... [--list]`: the parties of the facts that are right (party-match.ts), per set and in all.
// DIR holds <id>.txt articles and their <id>.gold.json facts, like ../shared/eval/dev and tests/eval/real/*. Run blind sets
// only when a round ends, as with `npm run eval -- --all --blind`: --list shows their facts.
import '../../shared/local/cli/quiet-epipe.js';
import { tallySet } from './party-eval.js';
import { addTally, emptyTally, type PartyTally } from './party-match.js';

const args = process.argv.slice(2).filter((a) => a !== '--');
const USAGE = 'usage: npm run eval:parties -- DIR... [--list]\n';
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const list = args.includes('--list');
const dirs = args.filter((a) => !a.startsWith('-'));
if (dirs.length === 0) {
  process.stderr.write(USAGE);
  process.exit(2);
}

const pct = (n: number, of: number) => (of === 0 ? '  -  ' : (n / of).toFixed(3));
const row = (name: string, t: PartyTally) =>
  `${name.padEnd(28)}${String(t.matched).padStart(7)}${String(t.organizations).padStart(6)}  ${pct(t.strangers, t.organizations)}${String(t.countries).padStart(8)}  ${pct(t.countries - t.extraCountries, t.countries)}  ${pct(t.goldCountries - t.missedCountries, t.goldCountries)}`;

console.log(`${'set'.padEnd(28)}matched  orgs  stranger  countries  prec.  recall`);
const total = emptyTally();
for (const dir of dirs) {
  const t = await tallySet(dir);
  console.log(row(dir.replace(/^tests\/eval\//, ''), t));
  addTally(total, t);
  if (list) for (const e of t.examples) console.log(`    ${e}`);
}
if (dirs.length > 1) console.log(row('all', total));
