// The model path measured without a model: a fake OpenAI-compatible server answers with the gold
// facts of the evaluation sets (an oracle), and everything else is the product's own path (the
// extract command, our splitter, grounding, the scorer of ../shared/eval). Grounding must keep what
// a perfect model says (F1 >= 0.98), and drop every fact a noisy one spoils while keeping the rest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseTxt } from '../../shared/local/cli/parse-txt.js';
import { createModelExtractor } from '../../shared/facts/model/model-extractor.js';
import { createOpenAiClient } from '../../shared/facts/model/openai-client.js';
import { memoryBudget } from '../../shared/facts/model/memory-budget.js';
import { MODEL_DEFAULTS } from '../../shared/config/extractor-config.js';
import { startFakeLlm, type FakeLlm } from '../helpers/fake-llm.js';
import { corrupt, goldByTitle, oracleAnswer } from '../helpers/oracle.js';

const run = promisify(execFile);
const DEV = '../shared/eval/dev';
const REAL = ['real-a', 'real-b', 'real-c', 'real-d'].map((s) => `tests/eval/real/${s}`);
const SETS = [...(existsSync(DEV) ? [DEV] : []), ...REAL];

let oracle: FakeLlm;
let noisy: FakeLlm;
const gold = goldByTitle(...SETS);
const spoiledByTitle = new Map<string, number[]>();
const counter = { n: 0, kind: 0 };

beforeAll(async () => {
  oracle = await startFakeLlm((sent) => ({ facts: oracleAnswer(gold.get(sent.title) ?? [], sent) }));
  noisy = await startFakeLlm((sent) => {
    const { answer, spoiled } = corrupt(oracleAnswer(gold.get(sent.title) ?? [], sent), sent, counter);
    spoiledByTitle.set(sent.title, spoiled);
    return { facts: answer };
  });
});
afterAll(async () => {
  await oracle?.close();
  await noisy?.close();
});

const score = async (dir: string) => {
  const { stdout } = await run(process.execPath, ['../shared/eval/score.mjs', '--gold', dir, '--cmd', 'node --import tsx shared/local/cli/extract.ts --no-model-cache', '--json'], {
    maxBuffer: 1 << 26,
    env: { ...process.env, NODE_OPTIONS: '', EXTRACTOR: 'model', LLM_BASE_URL: oracle.baseUrl, LLM_MODEL: 'oracle', LLM_API_KEY: '' },
  });
  return JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.lastIndexOf('}') + 1));
};

describe.skipIf(!existsSync('../shared/eval/score.mjs'))('the model extractor with an oracle for a model', () => {
  it.each(SETS)('scores F1 >= 0.98 on %s through the extract command and grounding', async (dir) => {
    const result = await score(dir);
    expect(result.missingOutputs).toBe(0);
    expect(result.ungroundedEvidence).toBe(0);
    expect(result.byType.all.precision).toBeGreaterThanOrEqual(0.98);
    expect(result.byType.all.f1).toBeGreaterThanOrEqual(0.98);
  }, 120_000);

  it('a noisy oracle (one fact in five spoiled: wrong sum, invented party, wrong sentence) loses every spoiled fact and keeps every other', async () => {
    const extractorFor = (llm: FakeLlm) => createModelExtractor({
      client: createOpenAiClient({ baseUrl: llm.baseUrl, model: 'oracle' }),
      budget: memoryBudget(Number.MAX_SAFE_INTEGER), limits: MODEL_DEFAULTS,
    });
    const [clean, spoiled] = [extractorFor(oracle), extractorFor(noisy)];
    let spoiledTotal = 0;
    for (const dir of SETS) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        const input = parseTxt(readFileSync(join(dir, file), 'utf8'));
        const [a, b] = [await clean.extract(input), await spoiled.extract(input)];
        // An article with no cue sentence is read by the rules, with or without noise.
        expect(b.fallback, file).toEqual(a.fallback);
        if (a.fallback) continue;
        const spoiledHere = spoiledByTitle.get(input.title) ?? [];
        spoiledTotal += spoiledHere.length;
        // Every spoiled answer is dropped...
        const droppedHere = b.model!.dropped.map((d) => d.index);
        for (const i of spoiledHere) expect(droppedHere, `${file}: spoiled answer ${i}`).toContain(i);
        // ...and every other answer fares as it does without noise.
        const keptClean = keptIndexes(a.model!.dropped.map((d) => d.index), a.model!.proposed);
        const keptNoisy = keptIndexes(droppedHere, b.model!.proposed);
        expect(keptNoisy, file).toEqual(keptClean.filter((i) => !spoiledHere.includes(i)));
        expect(b.facts, file).toEqual(keptClean.flatMap((i, k) => (spoiledHere.includes(i) ? [] : [a.facts[k]!])));
      }
    }
    expect(spoiledTotal).toBeGreaterThan(150);
  }, 120_000);
});

function keptIndexes(dropped: number[], proposed: number): number[] {
  return Array.from({ length: proposed }, (_, i) => i).filter((i) => !dropped.includes(i));
}
