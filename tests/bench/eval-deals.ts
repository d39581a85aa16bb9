// `npm run eval:deals -- DIR... [--show]`: how well deals group real reports of one event across outlets.
// DIR holds real articles (<id>.txt) and their gold files (<id>.gold.json: FACTS.md facts, each with a
// `deal` label shared by every fact, in any article, that reports the same real-world deal, and the
// article's `published` day). Prints pairwise precision and recall of cross-article "same deal" links:
//   extracted  facts from the rules (what `npm run deals` and the pipeline store), grouped
//   gold       the gold facts themselves, grouped: the grouping alone, without extraction's errors
// each with the publication dates (as the pipeline has them) and without (as `npm run deals` on files).
import { extracted, goldAsFacts, load, score } from './deal-eval.js';

const args = process.argv.slice(2).filter((a) => a !== '--');
const show = args.includes('--show');
const dirs = args.filter((a) => !a.startsWith('-'));
const USAGE = 'usage: npm run eval:deals -- DIR... [--show]\n';
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (dirs.length === 0) {
  process.stderr.write(USAGE);
  process.exit(2);
}

const f3 = (x: number) => x.toFixed(3);
for (const dir of dirs) {
  const docs = load(dir);
  console.log(`${dir}: ${docs.length} articles, ${docs.reduce((n, d) => n + d.gold.facts.length, 0)} gold facts`);
  for (const [name, dated, facts] of [
    ['extracted, dated  ', true, await extracted(docs, true)],
    ['extracted, undated', false, await extracted(docs, false)],
    ['gold, dated       ', true, goldAsFacts(docs, true)],
    ['gold, undated     ', false, goldAsFacts(docs, false)],
  ] as const) {
    const s = score(docs, [...facts]);
    console.log(`  ${name}  P ${f3(s.precision)} (${s.correct}/${s.predicted})  R ${f3(s.recall)} (${s.found}/${s.gold})${dated ? '' : ''}`);
    if (show) {
      for (const [a, b] of s.wrong) console.log(`    WRONG  ${a.slice(0, 140)}\n           ${b.slice(0, 140)}`);
      for (const [a, b] of s.missed) console.log(`    MISSED ${a} ~ ${b}`);
    }
  }
}
