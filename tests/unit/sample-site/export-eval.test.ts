import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_SAMPLE_ARTICLES as SAMPLE_ARTICLES } from '../../../shared/local/sample-site/index.js';
import { evalName, writeEvalSet } from '../../../shared/local/sample-site/export-eval.js';

const dir = mkdtempSync(join(tmpdir(), 'sample-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeEvalSet', () => {
  it('writes one .txt, .gold.json and .html per article in the shape the eval scorer reads', () => {
    const written = writeEvalSet(dir, { html: true });
    expect(written.articles).toBe(SAMPLE_ARTICLES.length);
    expect(written.facts).toBe(SAMPLE_ARTICLES.reduce((n, a) => n + a.expectedFacts.length, 0));
    const files = readdirSync(dir);
    for (const ext of ['.txt', '.gold.json', '.html']) expect(files.filter((f) => f.endsWith(ext))).toHaveLength(SAMPLE_ARTICLES.length);
    for (const a of SAMPLE_ARTICLES) {
      const name = evalName(a);
      const [title, blank, ...body] = readFileSync(join(dir, `${name}.txt`), 'utf8').split('\n');
      expect(title).toBe(a.title);
      expect(blank).toBe('');
      if (!a.paywall) expect(body.join('\n')).toContain(a.paragraphs.at(-1)!);
      const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as { id: string; facts: { type: string }[] };
      expect(gold.id).toBe(name);
      expect(gold.facts.map((f) => f.type)).toEqual(a.expectedFacts.map((f) => f.type));
    }
  });
});
