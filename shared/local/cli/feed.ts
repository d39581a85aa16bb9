/**
 * `npm run --silent feed -- <file>...`: parses each feed file and prints one JSON line per file,
 * {"source","ok":true,"feed":{"title","titleType","titleText","link"},"items":[{"title","titleType",
 * "titleText","link","guid","published"}]} or {"source","ok":false,"error"}. One bad file never stops
 * the batch.
 * `title` is the title as the feed typed it, like feedparser's `title_detail.value`: HTML when the
 * feed declares HTML or XHTML (or an RSS title carries markup), so `<b>AT&amp;T</b>` is shown as
 * served; `titleType` says which. `titleText` is the plain text the pipeline stores.
 * Entries are printed in document order even when they have no link, so their positions match the
 * feed (the pipeline's parseFeed drops link-less entries instead).
 */
import './quiet-epipe.js';
import { basename } from 'node:path';
import { decodeFeedBytes } from '../../feeds/decode-feed.js';
import { readDocumentBytes } from './read-input.js';
import { parseFileCli } from './args.js';
import { readFeed } from '../../feeds/read-feed.js';
import type { RawItem } from '../../feeds/raw-feed.js';

async function describe(file: string): Promise<Record<string, unknown>> {
  try {
    const bytes = readDocumentBytes(file);
    const { text } = decodeFeedBytes(bytes, null);
    // No base URL for a local file: relative links stay relative rather than becoming file:// URLs.
    const feed = readFeed(text, { feedId: basename(file), feedUrl: file });
    return {
      source: file,
      ok: true,
      feed: { ...titles(feed), link: feed.link },
      items: feed.items.map((i) => ({ ...titles(i), link: i.link, guid: i.guid, published: i.published })),
    };
  } catch (error) {
    return { source: file, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function titles(x: Pick<RawItem, 'title' | 'titleDetail'>): Record<string, string | null> {
  return { title: x.titleDetail?.value ?? null, titleType: x.titleDetail?.type ?? null, titleText: x.title };
}

const USAGE = 'usage: npm run --silent feed -- <feed-file>...';
const { files } = parseFileCli(process.argv.slice(2), {}, {}, USAGE);
for (const file of files) process.stdout.write(`${JSON.stringify(await describe(file))}\n`);
