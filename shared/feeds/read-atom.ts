import { attr, type XmlElement } from './xml-tree.js';
import { child, children, vocabularyOf, type Vocabulary } from './namespaces.js';
import { baseOf, contentHtml, firstImageIn, htmlToText, plain, resolveUrl, titleFields } from './feed-text.js';
import { toIsoUtc } from './parse-date.js';
import type { RawFeed, RawItem } from './raw-feed.js';
import { alternateLink, mediaImage, uniqueTrimmed } from './read-common.js';

/**
 * Atom 1.0 and 0.3. Un-namespaced elements count as Atom too: many 0.3 feeds never declared the
 * namespace, and the root already told us this is Atom.
 */
const ATOM_VOCABULARIES: readonly Vocabulary[] = ['atom', 'core'];
/** A <feed> in an unknown namespace (pre-1.0 drafts used several URIs) is still read as Atom. */
const ATOM_DRAFT_VOCABULARIES: readonly Vocabulary[] = ['atom', 'core', 'other'];

/** Reads an Atom `<feed>`. */
export function readAtom(root: XmlElement, docBase: string | null): RawFeed {
  const ATOM = vocabularyOf(root) === 'other' ? ATOM_DRAFT_VOCABULARIES : ATOM_VOCABULARIES;
  const base = baseOf(root, docBase);
  return {
    format: 'atom',
    ...titleFields(child(root, ATOM, 'title'), 'text'),
    link: alternateLink(root, base, ATOM),
    items: children(root, ATOM, 'entry').map((e) => readEntry(e, baseOf(e, base), ATOM)),
  };
}

function readEntry(el: XmlElement, base: string | null, ATOM: readonly Vocabulary[]): RawItem {
  const summaryEl = child(el, ATOM, 'summary') ?? child(el, ['media'], 'description');
  const contentEl = child(el, ATOM, 'content') ?? child(el, ['content'], 'encoded');
  const summaryHtml = summaryEl ? contentHtml(summaryEl, 'text') : null;
  const content = contentEl ? contentHtml(contentEl, 'text') : null;
  const image = mediaImage(el) ?? firstImageIn(content) ?? firstImageIn(summaryHtml);
  return {
    ...titleFields(child(el, ATOM, 'title') ?? child(el, ['media'], 'title'), 'text'),
    link: alternateLink(el, base, ATOM),
    guid: plain(child(el, ATOM, 'id')) ?? plain(child(el, ['dc'], 'identifier')),
    published: firstDate(el, ATOM),
    // Atom's summary is optional; a feed with content only gets its text as the description.
    description: summaryHtml !== null ? htmlToText(summaryHtml) : '',
    contentHtml: content,
    categories: uniqueTrimmed([
      ...children(el, ATOM, 'category').map((c) => attr(c, 'term') ?? attr(c, 'label') ?? ''),
      ...children(el, ['dc'], 'subject').map((c) => plain(c) ?? ''),
    ]),
    image: resolveUrl(image, base),
  };
}

/** Publication first, then creation, then last update (Atom 0.3 `issued`/`created`/`modified`). */
function firstDate(el: XmlElement, ATOM: readonly Vocabulary[]): string | null {
  for (const local of ['published', 'issued', 'created', 'updated', 'modified']) {
    const iso = toIsoUtc(plain(child(el, ATOM, local)));
    if (iso) return iso;
  }
  return toIsoUtc(plain(child(el, ['dc'], 'date')));
}
