// Feed parsing throughput: decode + tolerant tree + RSS/Atom reading + FeedItem validation, over
// rss-parser's test feeds (3 MB of real-world RSS/Atom) and feedparser's 2,106 small edge-case feeds
// when ../shared/eval/peers is present, else over our golden feeds.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFeed } from '../../shared/feeds/parse-feed.js';

const PEERS = resolve(process.cwd(), '../shared/eval/peers');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

async function measure(label: string, files: string[], rounds: number): Promise<void> {
  const inputs = files.map((f) => ({ f, bytes: readFileSync(f) }));
  const totalBytes = inputs.reduce((n, i) => n + i.bytes.length, 0);
  let items = 0;
  let errors = 0;
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const { f, bytes } of inputs) {
      try {
        items += (await parseFeed(bytes, { feedId: 'bench', feedUrl: `https://bench.test/${f.split('/').pop()}` })).items.length;
      } catch {
        errors++;
      }
    }
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6 / rounds;
  const mb = totalBytes / 1024 / 1024;
  console.log(
    `${label.padEnd(22)} ${String(inputs.length).padStart(5)} files ${mb.toFixed(2)} MB: ${ms.toFixed(0)} ms per pass, ` +
      `${(mb / (ms / 1000)).toFixed(1)} MB/s, ${(inputs.length / (ms / 1000)).toFixed(0)} feeds/s, ${items / rounds} items, ${errors / rounds} errors`,
  );
}

export async function run(): Promise<void> {
  const rssParser = join(PEERS, 'rss-parser', 'input');
  const feedparser = join(PEERS, 'feedparser');
  const golden = resolve(process.cwd(), 'tests/feeds/input');
  await measure('golden (ours)', walk(golden), 20);
  if (existsSync(rssParser)) await measure('rss-parser peers', walk(rssParser), 5);
  if (existsSync(feedparser)) await measure('feedparser peers', walk(feedparser).filter((f) => /\.(xml|rss|atom|rdf)$/.test(f)), 2);
}
