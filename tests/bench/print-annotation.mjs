// Prints a second annotator's facts for each article path, in the extract command's contract, so that
// ../shared/eval/score.mjs can score one annotator against another:
//   node ../shared/eval/score.mjs --gold DIR_OF_FIRST --cmd "node tests/bench/print-annotation.mjs tests/eval/agreement/ru-i"
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const [dir, ...files] = process.argv.slice(2);
for (const file of files) {
  const id = basename(file).replace(/\.(txt|html)$/, '');
  const { facts } = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8'));
  console.log(JSON.stringify({ source: file, facts }));
}
