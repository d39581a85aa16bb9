// `npm run eval`: scores the extract command on ../shared/eval/dev when that folder is beside the project.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const scorer = '../shared/eval/score.mjs';
if (!existsSync(scorer)) {
  console.log('eval: ../shared/eval is not beside this project; nothing to score.');
  process.exit(0);
}
const extra = process.argv.slice(2);
const r = spawnSync('node', [scorer, '--gold', '../shared/eval/dev', '--cmd', 'npm run --silent extract --', ...extra], { stdio: 'inherit' });
process.exit(r.status ?? 1);
