// `npm run eval`: scores the extract command on ../shared/eval/dev when that folder is beside the project.
//   npm run eval -- --show                 list dev's misses and false positives
//   npm run eval -- --set real/real-a      one set of tests/eval (index.json), with the scorer's own flags after it
//   npm run eval -- --all                  every studied set of tests/eval/index.json and dev: first (blind) score and now
//   npm run eval -- --all --blind          the blind sets too: only when a round ends (a blind set's score must not steer rules)
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const scorer = '../shared/eval/score.mjs';
const CMD = 'npm run --silent extract --';
if (!existsSync(scorer)) {
  console.log('eval: ../shared/eval is not beside this project; nothing to score.');
  process.exit(0);
}
const args = process.argv.slice(2);
const index = JSON.parse(readFileSync(new URL('../eval/index.json', import.meta.url), 'utf8'));

function score(dir) {
  const r = spawnSync('node', [scorer, '--gold', dir, '--cmd', CMD, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`scoring ${dir} failed: ${r.stderr}`);
  const json = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'), r.stdout.lastIndexOf('}') + 1));
  return json.byType.all;
}

if (args[0] === '--all') {
  const f = (x) => (typeof x === 'number' ? x.toFixed(3) : '  -  ');
  console.log('set                      origin    role      first (extractor)        now F1  P      R');
  const blind = args.includes('--blind');
  const sets = index.sets.filter((s) => blind || s.role !== 'blind');
  const rows = [{ dir: '../shared/eval/dev', origin: 'real', role: 'memorised', first: {} }, ...sets.map((s) => ({ ...s, dir: `tests/eval/${s.dir}` }))];
  for (const s of rows) {
    const now = score(s.dir);
    const first = s.first ? `${f(s.first.f1)} (${s.first.extractor ?? 'unknown'})` : 'not scored yet';
    console.log(`${s.dir.replace('tests/eval/', '').padEnd(25)}${s.origin.padEnd(10)}${s.role.padEnd(10)}${first.padEnd(25)}${f(now.f1)}  ${f(now.precision)}  ${f(now.recall)}`);
  }
  if (!blind) console.log(`(${index.sets.length - sets.length} blind sets not scored: add --blind when a round ends)`);
  process.exit(0);
}

let gold = '../shared/eval/dev';
let rest = args;
if (args[0] === '--set') {
  const set = index.sets.find((s) => s.dir === args[1]);
  if (!set) {
    console.error(`eval: no set ${args[1]} in tests/eval/index.json (${index.sets.map((s) => s.dir).join(', ')})`);
    process.exit(2);
  }
  gold = `tests/eval/${set.dir}`;
  rest = args.slice(2);
}
const r = spawnSync('node', [scorer, '--gold', gold, '--cmd', CMD, ...rest], { stdio: 'inherit' });
process.exit(r.status ?? 1);
