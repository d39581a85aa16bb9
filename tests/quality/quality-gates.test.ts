// Quality gates: the scorers of ../shared/eval run on our commands, held to the floors in
// floors.json (trafilatura's eval gate, STYLE.md 2.5). Skipped where ../shared/eval is not beside
// the project; CI has it.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeEvalSet } from '../../shared/local/sample-site/export-eval.js';
import { promisify } from 'node:util';
import { tallySet } from '../bench/party-eval.js';
import { addTally, emptyTally } from '../bench/party-match.js';

const run = promisify(execFile);
const EVAL = '../shared/eval';
const floors = JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8'));
const index = JSON.parse(readFileSync(new URL('../eval/index.json', import.meta.url), 'utf8'));
const tsx = (script: string) => `node --import tsx ${script}`;
const scorer = (name: string, args: string[]) =>
  run(process.execPath, [`${EVAL}/${name}`, ...args], { maxBuffer: 1 << 26, env: { ...process.env, NODE_OPTIONS: '' } });

describe.skipIf(!existsSync(`${EVAL}/score.mjs`))('quality gates on ../shared/eval', () => {
  it('extraction on the dev set stays at or above its floors, every evidence verbatim', async () => {
    const { stdout } = await scorer('score.mjs', ['--gold', `${EVAL}/dev`, '--cmd', tsx('shared/local/cli/extract.ts'), '--json']);
    const result = JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.lastIndexOf('}') + 1));
    expect(result.missingOutputs).toBe(0);
    expect(result.ungroundedEvidence).toBeLessThanOrEqual(floors.extraction.ungroundedEvidence);
    expect(result.byType.all.f1).toBeGreaterThanOrEqual(floors.extraction.f1);
    expect(result.byType.agreement.precision).toBeGreaterThanOrEqual(floors.extraction.agreementPrecision);
  }, 120_000);

  it.skipIf(!existsSync(`${EVAL}/dev-ru`))('extraction on the Russian dev set stays at or above its floors, every evidence verbatim', async () => {
    const { stdout } = await scorer('score.mjs', ['--gold', `${EVAL}/dev-ru`, '--cmd', tsx('shared/local/cli/extract.ts'), '--json']);
    const result = JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.lastIndexOf('}') + 1));
    expect(result.missingOutputs).toBe(0);
    expect(result.ungroundedEvidence).toBe(0);
    expect(result.byType.all.f1).toBeGreaterThanOrEqual(floors.extractionRu.f1);
    expect(result.byType.agreement.precision).toBeGreaterThanOrEqual(floors.extractionRu.agreementPrecision);
  }, 120_000);

  // Per language: the English articles keep their own floor, the Russian edition's misses do not hide behind them.
  it.each([['en', 'f1'], ['ru', 'f1Ru']] as const)('extraction on the sample site’s own %s articles, exported as an eval set, stays at or above its floor', async (language, floor) => {
    const dir = mkdtempSync(join(tmpdir(), 'sample-eval-'));
    expect(writeEvalSet(dir, { language }).articles).toBeGreaterThan(0);
    const { stdout } = await scorer('score.mjs', ['--gold', dir, '--cmd', tsx('shared/local/cli/extract.ts'), '--json']);
    const result = JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.lastIndexOf('}') + 1));
    expect(result.missingOutputs).toBe(0);
    expect(result.ungroundedEvidence).toBe(0);
    expect(result.byType.all.f1).toBeGreaterThanOrEqual(floors.sampleSite[floor]);
  }, 120_000);

  // Sets that were studied (rules tuned on them) are held to their floor; blind sets are only measured (npm run eval -- --all).
  const gated = (index.sets as Array<{ dir: string; role: string; floor?: number }>).flatMap((s) => (s.floor === undefined ? [] : [[s.dir, s.floor] as const]));
  // One extract run over every gated set, replayed to score.mjs set by set (replay-extract.mjs): the input score.mjs picks
  // for an article (its .html when there is one, else its .txt), each printed once, exactly as extract prints it.
  let replay = '';
  beforeAll(async () => {
    const inputs = gated.flatMap(([dir]) => readdirSync(`tests/eval/${dir}`).filter((f) => f.endsWith('.gold.json')).map((f) => {
      const stem = `tests/eval/${dir}/${f.slice(0, -'.gold.json'.length)}`;
      return existsSync(`${stem}.html`) ? `${stem}.html` : `${stem}.txt`;
    }));
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'shared/local/cli/extract.ts', ...inputs], { maxBuffer: 1 << 28, env: { ...process.env, NODE_OPTIONS: '' } });
    const cache = join(mkdtempSync(join(tmpdir(), 'gated-extract-')), 'facts.jsonl');
    writeFileSync(cache, stdout);
    replay = `node tests/quality/replay-extract.mjs ${cache}`;
  }, 300_000);
  it.each(gated)('extraction on tests/eval/%s (studied) stays at or above its floor', async (dir, floor) => {
    const { stdout } = await scorer('score.mjs', ['--gold', `tests/eval/${dir}`, '--cmd', replay, '--json']);
    const result = JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.lastIndexOf('}') + 1));
    expect(result.missingOutputs).toBe(0);
    expect(result.ungroundedEvidence).toBe(0);
    expect(result.byType.all.f1).toBeGreaterThanOrEqual(floor);
  }, 120_000);

  // F1 asks for one right party; an analyst reads them all. The parties of matched facts on the studied sets (npm run eval:parties).
  it.each(['en', 'ru'] as const)('the parties of right facts on the studied %s sets stay at or above their floors', async (language) => {
    const studied = (index.sets as Array<{ dir: string; role: string; language?: string }>).filter((s) => s.role === 'studied' && (s.language ?? 'en') === language).map((s) => `tests/eval/${s.dir}`);
    const dirs = [...studied, language === 'en' ? `${EVAL}/dev` : `${EVAL}/dev-ru`].filter((d) => existsSync(d));
    const total = emptyTally();
    for (const dir of dirs) addTally(total, await tallySet(dir));
    const floor = floors.parties[language];
    expect(total.matched).toBeGreaterThan(400);
    expect(total.strangers / total.organizations).toBeLessThanOrEqual(floor.strangersMax);
    expect(1 - total.extraCountries / total.countries).toBeGreaterThanOrEqual(floor.countryPrecision);
    expect(1 - total.missedCountries / total.goldCountries).toBeGreaterThanOrEqual(floor.countryRecall);
  }, 120_000);

  it('every set of tests/eval/index.json exists, and no blind set is gated', () => {
    for (const s of index.sets as Array<{ dir: string; role: string; floor?: number }>) {
      expect(existsSync(`tests/eval/${s.dir}`)).toBe(true);
      if (s.role === 'blind') expect(s.floor).toBeUndefined();
    }
  });

  it.skipIf(!existsSync(`${EVAL}/body-score.mjs`))('article bodies on the 181-page benchmark stay at or above their floor', async () => {
    const { stdout } = await scorer('body-score.mjs', ['--cmd', tsx('shared/local/cli/article.ts'), '--json', '--no-peers']);
    const rows = JSON.parse(stdout.slice(stdout.indexOf('['), stdout.lastIndexOf(']') + 1));
    const ours = rows.find((r: { name: string }) => r.name === 'this project');
    expect(ours.missing).toBe(0);
    expect(ours.f1).toBeGreaterThanOrEqual(floors.articleBody.f1);
  }, 120_000);

  it.skipIf(!existsSync(`${EVAL}/feed-score.mjs`))('feeds: every peer test feed answered, expectations at or above the floor', async () => {
    const { stdout } = await scorer('feed-score.mjs', ['--cmd', tsx('shared/local/cli/feed.ts')]);
    const m = /feed expectations ([\d.]+)% passed \((\d+)\/(\d+)\), (\d+) files without an answer/.exec(stdout);
    expect(m).not.toBeNull();
    expect(Number(m![4])).toBe(floors.feeds.unanswered);
    expect(Number(m![2]) / Number(m![3])).toBeGreaterThanOrEqual(floors.feeds.passRate);
  }, 120_000);
});
