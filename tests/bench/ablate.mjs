// `node tests/bench/ablate.mjs DIR`: F1 of an evaluation set with each article pass left out in turn, beside
// the full extractor, so a pass that costs right answers shows. Only on studied sets.
import { spawnSync } from 'node:child_process';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node tests/bench/ablate.mjs DIR');
  process.exit(2);
}
const { ARTICLE_PASSES } = await import('../../shared/facts/passes/index.ts');
function f1(without) {
  const cmd = `node --import tsx tests/bench/extract-without.ts "${without}"`;
  const r = spawnSync('node', ['../shared/eval/score.mjs', '--gold', dir, '--cmd', cmd, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const json = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'), r.stdout.lastIndexOf('}') + 1));
  return json.byType.all;
}
const all = f1('');
console.log(`all passes            F1 ${all.f1.toFixed(3)}  P ${all.precision.toFixed(3)}  R ${all.recall.toFixed(3)}  tp ${all.tp} fp ${all.fp}`);
for (const p of ARTICLE_PASSES) {
  const r = f1(p.name);
  console.log(`without ${p.name.padEnd(28)} F1 ${r.f1.toFixed(3)} (${(r.f1 - all.f1 >= 0 ? '+' : '') + (r.f1 - all.f1).toFixed(3)})  tp ${r.tp - all.tp >= 0 ? '+' : ''}${r.tp - all.tp} fp ${r.fp - all.fp >= 0 ? '+' : ''}${r.fp - all.fp}`);
}
const none = f1(ARTICLE_PASSES.map((p) => p.name).join(','));
console.log(`no pass at all        F1 ${none.f1.toFixed(3)}  tp ${none.tp} fp ${none.fp}`);
