import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_SAMPLE_ARTICLES as SAMPLE_ARTICLES, SAMPLE_OUTLET_LANGUAGE } from '../../../shared/local/sample-site/index.js';
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

  it('writes only one language\'s outlets when asked, so English and Russian are scored apart', () => {
    for (const language of ['en', 'ru'] as const) {
      const sub = mkdtempSync(join(dir, `${language}-`));
      const mine = SAMPLE_ARTICLES.filter((a) => SAMPLE_OUTLET_LANGUAGE[a.outlet] === language);
      expect(writeEvalSet(sub, { language })).toEqual({ articles: mine.length, facts: mine.reduce((n, a) => n + a.expectedFacts.length, 0) });
      expect(readdirSync(sub).filter((f) => f.endsWith('.txt')).sort()).toEqual(mine.map((a) => `${evalName(a)}.txt`).sort());
    }
    expect(readdirSync(dir).some((f) => f.startsWith('sample-kun-ru-'))).toBe(true);
  });
});
