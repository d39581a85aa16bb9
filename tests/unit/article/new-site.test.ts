import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { guessRule, ruleSource } from '../../../shared/article/sites/new-site.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const PAGE = `<html><head><link rel="canonical" href="https://news.example.kg/en/1"><meta property="article:published_time" content="2026-01-01T10:00:00+06:00"></head>
<body><nav><a href="/">Home</a></nav><h1 class="story-title">Bishkek opens a bus plant</h1><div class="story-text">
${'<p>The plant, built with a $30 million loan, will assemble 500 buses a year, the city said, adding that exports will follow.</p>'.repeat(5)}</div></body></html>`;

describe('site scaffold (new-site.ts)', () => {
  it('guesses the title, date and body selectors from a saved page', () => {
    const g = guessRule(load(PAGE), 'news.example.kg');
    expect(g).toEqual({ host: 'news.example.kg', title: 'h1.story-title', published: `['meta[property="article:published_time"]', 'content']`, body: 'div.story-text p' });
    expect(ruleSource(g)).toContain("export const newsExampleKgRule: SiteRule = {");
  });

  it('writes the rule and a fixture skeleton, never overwriting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-site-'));
    const saved = join(dir, 'saved.html');
    writeFileSync(saved, PAGE);
    const run = (): string => execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'shared/article/sites/new-site.ts'), saved, '--root', dir, '--case', 'bus-plant'], { cwd: ROOT, encoding: 'utf8' });
    expect(run()).toContain('wrote');
    const rule = join(dir, 'shared/article/sites/news.example.kg/rules.ts');
    expect(readFileSync(rule, 'utf8')).toContain("body: { selectors: ['div.story-text p']");
    expect(existsSync(join(dir, 'tests/sites/news.example.kg/bus-plant/page.html'))).toBe(true);
    writeFileSync(rule, '// edited by hand\n');
    expect(run()).toContain('kept');
    expect(readFileSync(rule, 'utf8')).toBe('// edited by hand\n');
  });
});
