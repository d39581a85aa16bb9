// `extract --extractor model|hybrid` against a fake OpenAI-compatible server on loopback: the switch,
// the settings checked before anything is read, the reply cache, and the tokens line on stderr.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROMPT_VERSION } from '../../shared/facts/model/prompt.js';
import { EXTRACTOR_VERSION } from '../../shared/facts/version.js';
import { startFakeLlm, type FakeLlm } from '../helpers/fake-llm.js';
import { rulesAnswer } from '../helpers/oracle.js';

const ARTICLE_TXT = `Tajikistan and Austria sign €30 million deal for Vakhsh hydropower upgrade

DUSHANBE, Tajikistan, April 9. Tajikistan's Barki Tojik and Austria's Alpen Hydro Engineering GmbH have signed a contract worth €30 million on the modernization of two units of the Vakhsh HPP, the Tajik energy ministry said.

Trade turnover between Tajikistan and Austria reached $48 million last year.
`;

let dir = '';
let llm: FakeLlm;
const exec = promisify(execFile);

async function run(args: string[], env: Record<string, string>) {
  try {
    const r = await exec(process.execPath, ['--import', 'tsx', 'shared/local/cli/extract.ts', ...args], {
      encoding: 'utf8', timeout: 25_000, env: { PATH: process.env.PATH, ...env },
    });
    return { status: 0, lines: r.stdout.split('\n').filter(Boolean), stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { status: e.code, lines: e.stdout.split('\n').filter(Boolean), stderr: e.stderr };
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'extract-model-'));
  writeFileSync(join(dir, 'article.txt'), ARTICLE_TXT);
  llm = await startFakeLlm((sent) => ({ facts: rulesAnswer(sent) }));
});
afterAll(async () => {
  await llm?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('extract --extractor', () => {
  it('model: the facts come from the model\'s answer, versioned with prompt and model; tokens and a cost go to stderr; a second run reads the cache', async () => {
    const env = { LLM_BASE_URL: llm.baseUrl, LLM_MODEL: 'fake-nova-lite', MODEL_PRICE_PER_MTOK: '0.06,0.24' };
    const cache = join(dir, 'replies');
    const first = await run(['--extractor', 'model', '--model-cache', cache, join(dir, 'article.txt')], env);
    expect(first.status).toBe(0);
    const facts = JSON.parse(first.lines[0]!).facts;
    expect(facts.length).toBeGreaterThan(1);
    for (const f of facts) expect([f.extractor, f.extractorVersion]).toEqual(['model', `${EXTRACTOR_VERSION}+${PROMPT_VERSION}+fake-nova-lite`]);
    expect(first.stderr).toMatch(/^extractor model, model fake-nova-lite: 1 articles, 1 asked, 0 from the cache, rules instead: none$/m);
    expect(first.stderr).toMatch(/^tokens: \d+ in \+ \d+ out \(\d+ per article asked\); estimated cost \$0\.\d{4} at \$0\.06\/\$0\.24 per million tokens \(MODEL_PRICE_PER_MTOK\)$/m);
    expect(readdirSync(cache)).toHaveLength(1);

    const calls = llm.bodies.length;
    const second = await run(['--extractor', 'model', '--model-cache', cache, join(dir, 'article.txt')], env);
    expect(llm.bodies.length).toBe(calls);
    expect(JSON.parse(second.lines[0]!).facts).toEqual(facts);
    expect(second.stderr).toMatch(/1 articles, 0 asked, 1 from the cache/);
  });

  it('--explain shows what the model answered and what grounding kept, before the rules\' trace', async () => {
    const r = await run(['--extractor', 'model', '--no-model-cache', '--explain', join(dir, 'article.txt')], { LLM_BASE_URL: llm.baseUrl, LLM_MODEL: 'fake' });
    expect(r.lines[1]).toMatch(/^-- model fake \(prompt-2\): \d+ facts answered, \d+ kept after grounding, \d+ \+ \d+ tokens$/);
    expect(r.lines.some((l) => /^ {2}fact 0 \(model\) /.test(l))).toBe(true);
    expect(r.lines).toContain('-- rules');
  });

  it('refuses a model with no endpoint, or an unknown extractor, before reading anything (exit 2)', async () => {
    const none = await run(['--extractor', 'model', join(dir, 'article.txt')], {});
    expect(none.status).toBe(2);
    expect(none.lines).toEqual([]);
    expect(none.stderr).toMatch(/EXTRACTOR=model needs a model: set LLM_BASE_URL and LLM_MODEL .* or BEDROCK_MODEL_ID/);
    const unknown = await run(['--extractor', 'magic', join(dir, 'article.txt')], {});
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/EXTRACTOR must be one of rules, model, hybrid/);
  });

  it('rules (the default) prints the rules\' facts and no model line, whatever model settings are around', async () => {
    const r = await run([join(dir, 'article.txt')], { LLM_BASE_URL: llm.baseUrl, LLM_MODEL: 'fake' });
    const facts = JSON.parse(r.lines[0]!).facts;
    expect(facts.every((f: { extractor: string; extractorVersion: string }) => f.extractor === 'rules' && f.extractorVersion === EXTRACTOR_VERSION)).toBe(true);
    expect(r.stderr).toBe('');
  });
});
