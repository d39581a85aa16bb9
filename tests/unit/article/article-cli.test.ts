// The `npm run article` contract used by ../shared/eval/body-score.mjs: one JSON line per file, an
// unreadable file gives {"source", "error"} and the batch goes on, nothing else on stdout.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = join(ROOT, 'shared/local/cli/article.ts');

function runCli(args: string[]): Record<string, unknown>[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return out.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('article CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'article-cli-'));
  const page = join(dir, 'page.html');
  writeFileSync(page, `<html lang="en"><head><title>Tajik aluminium exports rise</title></head><body><article><h1>Tajik aluminium exports rise</h1>
    <p>DUSHANBE. Tajikistan's aluminium exports rose to $120 million in the first quarter, the statistics agency said.</p>
    <p>Most of the metal went to Türkiye and China, according to the agency.</p></article></body></html>`);

  it('prints one JSON line per file, with an error line for an unreadable one', () => {
    const lines = runCli([page, join(dir, 'missing.html'), page]);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ source: page, title: 'Tajik aluminium exports rise', language: 'en', paywalled: false, extractedBy: 'generic' });
    expect(lines[0]!['body']).toBe("DUSHANBE. Tajikistan's aluminium exports rose to $120 million in the first quarter, the statistics agency said.\n\nMost of the metal went to Türkiye and China, according to the agency.");
    expect(Object.keys(lines[1]!)).toEqual(['source', 'error']);
    expect(lines[1]!['error']).toMatch(/missing\.html/);
    expect(lines[2]!['source']).toBe(page);
  });

  it('honours --url and --site', () => {
    const [line] = runCli(['--url', 'https://en.trend.az/casia/4100000.html', '--site', 'kun.uz', page]);
    expect(line).toMatchObject({ source: page, extractedBy: 'generic' });
    const [trend] = runCli(['--url', 'https://en.trend.az/casia/4100000.html', join(ROOT, 'tests/sites/en.trend.az/uzbek-solar-investment/page.html')]);
    expect(trend).toMatchObject({ extractedBy: 'site:en.trend.az', published: '2026-07-07T15:56:00+04:00' });
  });
});
