import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../shared/facts/version.js';
import { ExtractedFactSchema } from '../../shared/schemas/fact.js';

// Our own invented article, in the .txt shape of ../shared/eval: title, blank line, body.
const ARTICLE_TXT = `Tajikistan and Austria sign €30 million deal for Vakhsh hydropower upgrade

DUSHANBE, Tajikistan, April 9. Tajikistan's Barki Tojik and Austria's Alpen Hydro Engineering GmbH have signed a contract worth €30 million on the modernization of two units of the Vakhsh HPP, the Tajik energy ministry said.

Trade turnover between Tajikistan and Austria reached $48 million last year.
`;

const ARTICLE_HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Uzbekistan, Japan sign $75 million loan agreement</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Uzbekistan, Japan sign $75 million loan agreement</h1>
<p>TASHKENT, Uzbekistan, May 2. The Japan International Cooperation Agency (JICA) and the government of Uzbekistan have signed a loan agreement worth $75 million to modernize irrigation canals in the Khorezm region.</p>
<p>The project will cover more than 40,000 hectares of farmland and is due to be completed in 2029, the ministry of water resources said in a statement on Friday.</p>
</article><footer>All rights reserved</footer></body></html>`;

let dir = '';
const run = (...files: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'shared/local/cli/extract.ts', ...files], { encoding: 'utf8', timeout: 25_000 });
  return { status: r.status, lines: r.stdout.split('\n').filter(Boolean), stderr: r.stderr };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  writeFileSync(join(dir, 'article.txt'), ARTICLE_TXT);
  writeFileSync(join(dir, 'page.html'), ARTICLE_HTML);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'garbage.bin'), Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 131) % 256)));
  writeFileSync(join(dir, 'russian.txt'), 'Узбекистан и Китай\n\nТоварооборот между странами превысил 13 млрд долларов, сообщает агентство.\n');
  const line = 'Trade between Kazakhstan and China reached $20 billion in 2025, officials said. ';
  // Just under the 5 MiB the pipeline fetches; one byte over it, refused.
  writeFileSync(join(dir, 'big.txt'), `Big\n\n${line.repeat(Math.floor((5 * 1024 * 1024 - 5) / line.length))}`);
  writeFileSync(join(dir, 'too-big.txt'), Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
  // Saved as "Unicode" by a Windows editor: UTF-16 LE with a byte order mark.
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Uzbekistan and Korea\r\n\r\nUzbekistan and Korea signed an agreement on a $300 million chemical plant in Navoi, the ministry said.\r\n', 'utf16le')]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract CLI', () => {
  it('prints one JSON line per file, in order, with the path as given and nothing else', () => {
    // Act
    const files = ['article.txt', 'page.html', 'empty.txt', 'garbage.bin', 'russian.txt', 'missing.txt', 'big.txt'].map((f) => join(dir, f));
    const { status, lines } = run(...files);
    // Assert
    expect(status).toBe(0);
    expect(lines).toHaveLength(files.length);
    const parsed = lines.map((l) => JSON.parse(l) as { source: string; facts: unknown[]; error?: string });
    expect(parsed.map((p) => p.source)).toEqual(files);
    for (const p of parsed) for (const f of p.facts) expect(ExtractedFactSchema.safeParse(f).success).toBe(true);
  });

  it('extracts the facts of a .txt article with their evidence and rule', () => {
    const [line] = run(join(dir, 'article.txt')).lines;
    const { facts } = JSON.parse(line ?? '{}') as {
      facts: Array<{ type: string; amount: { value: number; currency: string } | null; evidence: string; rule: string; organizations: string[]; extractorVersion: string }>;
    };
    const summary = facts.map((f) => `${f.type} ${f.amount?.value} ${f.amount?.currency}`).sort();
    expect(summary).toEqual(['agreement 30000000 EUR', 'project 30000000 EUR', 'trade 48000000 USD']);
    for (const f of facts) {
      expect(ARTICLE_TXT.includes(f.evidence)).toBe(true);
      expect(f.rule).toMatch(/^amount-/);
      expect(f.extractorVersion).toBe(EXTRACTOR_VERSION);
    }
    expect(facts.find((f) => f.type === 'agreement')?.organizations).toEqual(expect.arrayContaining(['Barki Tojik', 'Alpen Hydro Engineering GmbH']));
  });

  it('parses an .html page before extracting', () => {
    const [line] = run(join(dir, 'page.html')).lines;
    const { facts } = JSON.parse(line ?? '{}') as { facts: Array<{ type: string; amount: { value: number } | null }> };
    expect(facts.filter((f) => f.amount?.value === 75_000_000).map((f) => f.type).sort()).toEqual(['agreement', 'financing']);
  });

  it('gives no facts or a clear error line for bad input, goes on with the batch, and reads Russian as Russian', () => {
    const { lines } = run(join(dir, 'empty.txt'), join(dir, 'garbage.bin'), join(dir, 'missing.txt'), join(dir, 'russian.txt'));
    const [empty, garbage, missing, russian] = lines.map((l) => JSON.parse(l) as { facts: unknown[]; error?: string });
    expect(empty).toEqual({ source: join(dir, 'empty.txt'), facts: [] });
    expect(garbage?.facts).toEqual([]);
    expect(garbage?.error).toMatch(/garbage\.bin: binary data/);
    expect(missing?.error).toMatch(/missing\.txt.*ENOENT|ENOENT.*missing\.txt/);
    // Russian is no longer something to survive: it is read with the Russian rules (issue 15).
    expect(russian?.facts).toMatchObject([{ type: 'trade', amount: { value: 13e9, currency: 'USD', qualifier: 'over' }, countries: ['UZ', 'CN'], language: 'ru' }]);
  });

  it('--explain shows each candidate, the rule that made it and what became of it', () => {
    const { status, lines } = run('--explain', join(dir, 'article.txt'));
    expect(status).toBe(0);
    const text = lines.join('\n');
    expect(text).toContain(`== ${join(dir, 'article.txt')}`);
    expect(text).toMatch(/#\d+ agreement €30 million by amount-agreement-document: kept as fact \d/);
    expect(text).toMatch(/#\d+ trade \$48 million by amount-trade-turnover: kept as fact \d/);
    expect(text).toMatch(/^\d+ facts:$/m);
  });

  it('--explain --json gives one trace per file, a bad file an error line', () => {
    const { lines } = run('--explain', '--json', join(dir, 'article.txt'), join(dir, 'garbage.bin'));
    const [ok, bad] = lines.map((l) => JSON.parse(l) as { source: string; trace?: { candidates: Array<{ rule: string; fact: number | null }>; facts: unknown[] }; error?: string });
    expect(ok?.trace?.facts.length).toBeGreaterThan(0);
    expect(ok?.trace?.candidates.every((c) => c.rule.length > 0)).toBe(true);
    // Every fact comes from one candidate.
    expect(ok?.trace?.candidates.filter((c) => c.fact !== null).length).toBe(ok?.trace?.facts.length);
    expect(bad?.error).toMatch(/garbage\.bin: binary data/);
  });

  it('refuses a file over the size the pipeline fetches, naming it and the limit, and reads UTF-16 text', () => {
    const { lines } = run(join(dir, 'too-big.txt'), join(dir, 'utf16.txt'));
    const [tooBig, utf16] = lines.map((l) => JSON.parse(l) as { error?: string; facts: Array<{ type: string; evidence: string }> });
    expect(tooBig?.error).toMatch(/too-big\.txt: 5242881 bytes is over the 5242880-byte limit the pipeline fetches/);
    expect(utf16?.error).toBeUndefined();
    expect(utf16?.facts.map((f) => f.type)).toContain('agreement');
    expect(utf16?.facts[0]?.evidence).toMatch(/^Uzbekistan and Korea signed an agreement on a \$300 million/);
  });

  it('reads 5 MB of text quickly', () => {
    const started = Date.now();
    const { lines } = run(join(dir, 'big.txt'));
    expect(Date.now() - started).toBeLessThan(15_000);
    const { facts } = JSON.parse(lines[0] ?? '{}') as { facts: Array<{ type: string }> };
    expect(facts.some((f) => f.type === 'trade')).toBe(true);
  });
});
