// The feed contract (`npm run --silent feed -- <file>...`) that ../shared/eval/feed-score.mjs reads.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = promisify(execFile);

describe('npm run feed', () => {
  it('prints one JSON line per file, typed and plain titles, and a clear error for a bad file without stopping', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-cli-'));
    const atom = join(dir, 'atom.xml');
    writeFileSync(
      atom,
      '<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Oil &amp;amp; &lt;b&gt;gas&lt;/b&gt;</title><link href="https://site.test/"/>' +
        '<entry><title>Baku &amp; Tashkent</title><id>urn:1</id><updated>2026-11-27T10:00:00+04:00</updated></entry>' +
        '<entry xml:base="https://site.test/news/"><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <i>B</i></div></title><link href="42"/></entry></feed>',
    );
    const empty = join(dir, 'empty.xml');
    writeFileSync(empty, '');
    const rss = join(dir, 'rss.xml');
    writeFileSync(rss, '<rss version="2.0"><channel><title>T</title><link>https://site.test/</link><item><title>One</title><link>/one</link><guid>g1</guid><pubDate>Fri, 27 Nov 2026 09:30:00 +0500</pubDate></item></channel></rss>');

    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'shared/local/cli/feed.ts', atom, empty, rss]);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([
      {
        source: atom,
        ok: true,
        feed: { title: 'Oil &amp; <b>gas</b>', titleType: 'html', titleText: 'Oil & gas', link: 'https://site.test/' },
        items: [
          { title: 'Baku & Tashkent', titleType: 'text', titleText: 'Baku & Tashkent', link: null, guid: 'urn:1', published: '2026-11-27T06:00:00.000Z' },
          { title: 'A <i>B</i>', titleType: 'html', titleText: 'A B', link: 'https://site.test/news/42', guid: null, published: null },
        ],
      },
      { source: empty, ok: false, error: `feed empty.xml (${empty}): the document is empty` },
      {
        source: rss,
        ok: true,
        feed: { title: 'T', titleType: 'text', titleText: 'T', link: 'https://site.test/' },
        items: [{ title: 'One', titleType: 'text', titleText: 'One', link: 'https://site.test/one', guid: 'g1', published: '2026-11-27T04:30:00.000Z' }],
      },
    ]);
  });
});
