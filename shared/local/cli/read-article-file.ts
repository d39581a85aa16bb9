import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractInput } from '../../facts/extract-facts.js';
import { parseTxt } from './parse-txt.js';
import { readDocumentText } from './read-input.js';

/**
 * A saved article as the extractor reads it, for the commands that take files (extract, deals):
 *   .txt: the title on the first line, a blank line, then the body (paragraphs split on newlines).
 *   .html (or .htm): parsed with parseArticle (site rule by `site` or the URL's host, else generic).
 */
export async function readArticleFile(source: string, options: { site: string | null; url: string | null }): Promise<ExtractInput> {
  const text = readDocumentText(source);
  const ext = extname(source).toLowerCase();
  if (ext !== '.html' && ext !== '.htm') return parseTxt(text);
  // Loaded only when an HTML file comes, so a batch of .txt files starts fast.
  const { assembleParsed } = await import('../../pipeline/assemble-article.js');
  const a = assembleParsed({ html: text, url: options.url ?? pathToFileURL(resolve(source)).href, item: null, site: options.site });
  return { title: a.title, paragraphs: a.paragraphs, description: a.description, paywalled: a.paywalled, published: a.published };
}
