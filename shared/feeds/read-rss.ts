import { attr, textOf, type XmlElement } from './xml-tree.js';
import { child, children, type Vocabulary } from './namespaces.js';
import { baseOf, contentHtml, firstImageIn, htmlToText, plain, resolveUrl, titleFields } from './feed-text.js';
import { toIsoUtc } from './parse-date.js';
import type { FeedFormat, RawFeed, RawItem } from './raw-feed.js';
import { alternateLink, mediaImage, uniqueTrimmed } from './read-common.js';

const CORE: readonly Vocabulary[] = ['core'];
const CORE_OR_OTHER: readonly Vocabulary[] = ['core', 'other'];

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Microsoft CDF documents. Items may sit inside `<channel>`
 * (RSS 2.0) or beside it (RDF, RSS 0.90), so both places are read.
 */
export function readRss(root: XmlElement, format: FeedFormat, docBase: string | null): RawFeed {
  const rootBase = baseOf(root, docBase);
  const channel = root.local === 'channel' ? root : child(root, CORE_OR_OTHER, 'channel');
  const channelBase = channel ? baseOf(channel, rootBase) : rootBase;
  const feedLink = channel ? channelLink(channel, channelBase, format) : null;
  const title = titleOf(channel);
  const itemEls = [...(channel ? children(channel, CORE_OR_OTHER, 'item') : []), ...(root !== channel ? children(root, CORE_OR_OTHER, 'item') : [])];
  // Relative item links resolve against xml:base when given, else against the channel's own link.
  const itemBase = channel && attr(channel, 'xml:base') === undefined && attr(root, 'xml:base') === undefined ? feedLink ?? docBase : channelBase;
  return { format, ...title, link: feedLink, items: itemEls.map((el) => readItem(el, baseOf(el, itemBase), format)) };
}

function channelLink(channel: XmlElement, base: string | null, format: FeedFormat): string | null {
  if (format === 'cdf') return resolveUrl(attr(channel, 'href'), base);
  return resolveUrl(coreLink(channel) ?? alternateLink(channel, base) ?? attr(channel, 'href'), base);
}

function titleOf(el: XmlElement | undefined): ReturnType<typeof titleFields> {
  const t = el && (child(el, CORE, 'title') ?? child(el, ['dc'], 'title') ?? child(el, ['atom'], 'title') ?? child(el, ['media'], 'title'));
  return titleFields(t, 'guess');
}

function readItem(el: XmlElement, base: string | null, format: FeedFormat): RawItem {
  const descEl = child(el, CORE, 'description') ?? child(el, ['atom'], 'summary') ?? child(el, ['itunes'], 'summary') ?? child(el, ['media'], 'description');
  const contentEl = child(el, ['content'], 'encoded') ?? child(el, ['atom'], 'content') ?? child(el, ['xhtml'], 'body');
  const descriptionHtml = descEl ? contentHtml(descEl, 'guess') : null;
  const content = contentEl ? contentHtml(contentEl, 'html') : null;
  return {
    ...titleOf(el),
    link: itemLink(el, base, format),
    guid: plain(child(el, CORE, 'guid')) ?? plain(child(el, ['atom'], 'id')) ?? plain(child(el, ['dc'], 'identifier')) ?? attr(el, 'rdf:about')?.trim() ?? null,
    published: publishedOf(el),
    description: descriptionHtml ? htmlToText(descriptionHtml) : '',
    contentHtml: content,
    categories: uniqueTrimmed([
      ...children(el, CORE, 'category').map(textOf),
      ...children(el, ['dc'], 'subject').map(textOf),
      ...children(el, ['atom'], 'category').map((c) => attr(c, 'term') ?? attr(c, 'label') ?? ''),
    ]),
    image: resolveUrl(mediaImage(el) ?? firstImageIn(content) ?? firstImageIn(descriptionHtml), base),
  };
}

function itemLink(el: XmlElement, base: string | null, format: FeedFormat): string | null {
  if (format === 'cdf') return resolveUrl(attr(el, 'href'), base);
  const link = coreLink(el);
  if (link) return resolveUrl(link, base);
  const alternate = alternateLink(el, base);
  if (alternate) return alternate;
  // RSS 2.0: a guid is the article's permalink unless isPermaLink="false".
  const guid = child(el, CORE, 'guid');
  const guidText = plain(guid);
  if (guid && guidText && attr(guid, 'isPermaLink')?.trim().toLowerCase() !== 'false' && /^https?:\/\//i.test(guidText)) return guidText;
  return resolveUrl(attr(el, 'rdf:about') ?? attr(el, 'href'), base);
}

/** The first non-empty `<link>` text; broken feeds write `<link href="..."/>` instead, so that counts too. */
function coreLink(el: XmlElement): string | null {
  for (const link of children(el, CORE, 'link')) {
    const value = plain(link) ?? attr(link, 'href')?.trim();
    if (value) return value;
  }
  return null;
}

function publishedOf(el: XmlElement): string | null {
  const candidates = [
    child(el, CORE, 'pubdate'),
    child(el, ['dc'], 'date'),
    child(el, ['dcterms'], 'issued'),
    child(el, ['dcterms'], 'created'),
    child(el, ['atom'], 'published'),
    child(el, ['dcterms'], 'modified'),
    child(el, ['atom'], 'updated'),
    child(el, CORE, 'date'),
  ];
  for (const c of candidates) {
    const iso = toIsoUtc(plain(c));
    if (iso) return iso;
  }
  return null;
}
