import { FeedParseError } from './errors.js';
import { readAtom } from './read-atom.js';
import { readRss } from './read-rss.js';
import type { RawFeed } from './raw-feed.js';
import { parseXmlTree, XmlTooDeepError } from './xml-tree.js';
import { vocabularyOf } from './namespaces.js';

/** Who asked, for error messages and for resolving relative links. */
export interface FeedContext {
  feedId: string;
  feedUrl: string;
}

/**
 * Decoded feed text → every entry, normalised but not validated (links may be missing).
 * Throws FeedParseError when the document is not a feed (an HTML page, JSON, an empty body).
 */
export function readFeed(text: string, ctx: FeedContext): RawFeed {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '') throw new FeedParseError(ctx, 'the document is empty');
  if (/^[{[]/.test(trimmed)) throw new FeedParseError(ctx, 'not a feed: the document is JSON, not RSS or Atom');
  if (!trimmed.includes('<')) throw new FeedParseError(ctx, `not a feed: no markup in the document (starts "${trimmed.slice(0, 30)}")`);
  let root;
  try {
    ({ root } = parseXmlTree(trimmed));
  } catch (err) {
    if (err instanceof XmlTooDeepError) throw new FeedParseError(ctx, `not a feed this reader accepts: ${err.message}`, { cause: err });
    throw err;
  }
  if (!root) throw new FeedParseError(ctx, 'malformed XML beyond repair: no root element');
  const docBase = isAbsolute(ctx.feedUrl) ? ctx.feedUrl : null;
  switch (root.local) {
    case 'rss':
      return readRss(root, 'rss', docBase);
    case 'rdf':
      return readRss(root, 'rdf', docBase);
    case 'channel':
      // A bare <channel> root is either Microsoft CDF or a feed that lost its <rss> wrapper.
      return readRss(root, root.attrs['HREF'] !== undefined || root.attrs['href'] !== undefined ? 'cdf' : 'rss', docBase);
    case 'feed':
      return readAtom(root, docBase);
    case 'html':
    case 'head':
    case 'body':
      throw new FeedParseError(ctx, 'not a feed: the server answered with an HTML page');
    default:
      if (vocabularyOf(root) === 'xhtml') throw new FeedParseError(ctx, 'not a feed: the server answered with an HTML page');
      throw new FeedParseError(ctx, `not a feed: the root element is <${root.name}>, not rss, RDF or Atom`);
  }
}

function isAbsolute(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
