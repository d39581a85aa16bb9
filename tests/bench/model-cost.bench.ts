// `npm run bench model-cost`: the model extractor's tokens per article, measured on the requests it
// builds (our prompt, our sentences, the answer schema) over the sample site and the real-text sets,
// with an oracle's answer (the gold facts; the rules' facts on the sample site, whose gold has no
// evidence) as the reply. Tokens are the extractor's own estimate (4 characters each, what the
// budget reserves); the cost per 1,000 articles follows at the list prices of shared/facts/model/prices.ts.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createModelExtractor, estimateTokens } from '../../shared/facts/model/model-extractor.js';
import { memoryBudget } from '../../shared/facts/model/memory-budget.js';
import { PRICES_PER_MTOK, costOf } from '../../shared/facts/model/prices.js';
import { MODEL_DEFAULTS } from '../../shared/config/extractor-config.js';
import { parseTxt } from '../../shared/local/cli/parse-txt.js';
import { writeEvalSet } from '../../shared/local/sample-site/export-eval.js';
import type { ModelClient } from '../../shared/facts/model/types.js';
import type { SentArticle } from '../helpers/fake-llm.js';
import { goldByTitle, oracleAnswer, rulesAnswer } from '../helpers/oracle.js';

async function measure(dir: string, answer: (sent: SentArticle) => unknown[]) {
  const tally = { articles: 0, asked: 0, input: 0, output: 0 };
  const client: ModelClient = {
    modelId: 'estimate',
    async complete(request) {
      const text = JSON.stringify({ facts: answer(JSON.parse(request.user) as SentArticle) });
      const usage = { inputTokens: estimateTokens(request.system + request.user + JSON.stringify(request.schema)), outputTokens: estimateTokens(text) };
      return { text, usage, modelId: 'estimate' };
    },
  };
  const extractor = createModelExtractor({ client, budget: memoryBudget(Number.MAX_SAFE_INTEGER), limits: MODEL_DEFAULTS });
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const e = await extractor.extract(parseTxt(readFileSync(join(dir, f), 'utf8')));
    tally.articles++;
    if (!e.model) continue;
    tally.asked++;
    tally.input += e.model.usage.inputTokens;
    tally.output += e.model.usage.outputTokens;
  }
  return tally;
}

export async function run(): Promise<void> {
  const sample = mkdtempSync(join(tmpdir(), 'model-cost-'));
  writeEvalSet(sample);
  const sets: Array<[string, string, (sent: SentArticle) => unknown[]]> = [['sample site', sample, rulesAnswer]];
  for (const dir of ['../shared/eval/dev', 'tests/eval/real/real-a', 'tests/eval/real/real-b', 'tests/eval/real/real-c', 'tests/eval/real/real-d']) {
    if (!existsSync(dir)) continue;
    const gold = goldByTitle(dir);
    sets.push([dir.replace('tests/eval/', '').replace('../shared/eval/', ''), dir, (sent) => oracleAnswer(gold.get(sent.title) ?? [], sent)]);
  }
  console.log('set              articles  asked  input/article  output/article  ' + PRICES_PER_MTOK.map((p) => `${p.match} $/1k`.padStart(22)).join(''));
  for (const [name, dir, answer] of sets) {
    const t = await measure(dir, answer);
    const per = { inputTokens: t.input / Math.max(1, t.asked), outputTokens: t.output / Math.max(1, t.asked) };
    const perThousand = PRICES_PER_MTOK.map((p) => `$${(costOf(per, p) * 1000 * (t.asked / t.articles)).toFixed(3)}`.padStart(22)).join('');
    console.log(`${name.padEnd(17)}${String(t.articles).padStart(8)}${String(t.asked).padStart(7)}${Math.round(per.inputTokens).toString().padStart(15)}${Math.round(per.outputTokens).toString().padStart(16)}  ${perThousand}`);
  }
}
