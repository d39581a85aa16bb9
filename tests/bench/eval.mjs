// `npm run eval`: scores the extract command on ../shared/eval/dev when that folder is beside the project.
//   npm run eval -- --show                 list dev's misses and false positives
//   npm run eval -- --set real/real-a      one set of tests/eval (index.json), with the scorer's own flags after it
//   npm run eval -- --all                  every studied set of tests/eval/index.json and dev: first (blind) score and now
//   npm run eval -- --all --blind          the blind sets too: only when a round ends (a blind set's score must not steer rules)
//   npm run eval -- --extractor model ...  any of the above with the model (or hybrid) extractor: set LLM_BASE_URL and
//                                          LLM_MODEL, or BEDROCK_MODEL_ID; tokens and an estimated cost go to stderr
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  // The usage is this file's opening comment.
  const head = readFileSync(new URL(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//'));
  console.log(head.map((l) => l.slice(3)).join('\n'));
  process.exit(0);
}
const scorer = '../shared/eval/score.mjs';
if (!existsSync(scorer)) {
  console.log('eval: ../shared/eval is not beside this project; nothing to score.');
  process.exit(0);
}
let args = process.argv.slice(2);
const at = args.indexOf('--extractor');
const extractor = at >= 0 ? args[at + 1] : null;
if (at >= 0) args = [...args.slice(0, at), ...args.slice(at + 2)];
if (at >= 0 && !['rules', 'model', 'hybrid'].includes(extractor ?? '')) {
  console.error('eval: --extractor takes rules, model or hybrid');
  process.exit(2);
}
const CMD = `npm run --silent extract --${extractor ? ` --extractor ${extractor}` : ''}`;
const index = JSON.parse(readFileSync(new URL('../eval/index.json', import.meta.url), 'utf8'));

function score(dir) {
  const r = spawnSync('node', [scorer, '--gold', dir, '--cmd', CMD, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`scoring ${dir} failed: ${r.stderr}`);
  // The model's tokens and cost for this set (the extract command's last lines on stderr).
  if (extractor && extractor !== 'rules') process.stderr.write(`${r.stderr.split('\n').filter((l) => /^(extractor|tokens|answers)/.test(l)).map((l) => `  ${l}`).join('\n')}\n`);
  const json = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'), r.stdout.lastIndexOf('}') + 1));
  return json.byType.all;
}

if (args[0] === '--all') {
  const f = (x) => (typeof x === 'number' ? x.toFixed(3) : '  -  ');
  console.log('set                      origin    role      first (extractor)        now F1  P      R');
  const blind = args.includes('--blind');
  const sets = index.sets.filter((s) => blind || s.role !== 'blind');
  const rows = [{ dir: '../shared/eval/dev', origin: 'real', role: 'memorised', first: {} }, { dir: '../shared/eval/dev-ru', origin: 'real', role: 'studied', first: { extractor: 'facts-1.91.0', f1: 0 } }, ...sets.map((s) => ({ ...s, dir: `tests/eval/${s.dir}` }))];
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
