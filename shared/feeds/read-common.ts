import { attr, type XmlElement } from './xml-tree.js';
import { child, children, type Vocabulary } from './namespaces.js';
import { baseOf, plain, resolveUrl } from './feed-text.js';

/** Picture file names, for enclosures and media:content that do not say their type. */
const IMAGE_URL = /\.(jpe?g|png|gif|webp|avif)(\?|$)/i;

/**
 * The page link among Atom-style `<link rel href>` children: rel="alternate" (or no rel), HTML
 * first; resolved against the link's own xml:base.
 */
export function alternateLink(el: XmlElement, base: string | null, vocabularies: readonly Vocabulary[] = ['atom']): string | null {
  const links = children(el, vocabularies, 'link').filter((l) => attr(l, 'href') !== undefined);
  const alternates = links.filter((l) => {
    const rel = (attr(l, 'rel') ?? 'alternate').trim().toLowerCase();
    return rel === 'alternate' || rel === 'http://www.iana.org/assignments/relation/alternate';
  });
  const html = alternates.find((l) => /^(text\/html|application\/xhtml\+xml)?$/i.test((attr(l, 'type') ?? '').trim()));
  const chosen = html ?? alternates[0];
  return chosen ? resolveUrl(attr(chosen, 'href'), baseOf(chosen, base)) : null;
}

/** The item's picture: media:content/thumbnail (also inside media:group), an image enclosure, itunes:image. */
export function mediaImage(el: XmlElement): string | null {
  for (const scope of [el, ...children(el, ['media'], 'group')]) {
    for (const m of children(scope, ['media'], 'content')) {
      const url = attr(m, 'url');
      const medium = (attr(m, 'medium') ?? '').toLowerCase();
      const type = (attr(m, 'type') ?? '').toLowerCase();
      if (url && (medium === 'image' || type.startsWith('image/') || (!medium && !type && IMAGE_URL.test(url)))) return url;
    }
    const thumb = child(scope, ['media'], 'thumbnail');
    if (thumb && attr(thumb, 'url')) return attr(thumb, 'url') ?? null;
  }
  for (const enc of [...children(el, ['core'], 'enclosure'), ...children(el, ['atom', 'core'], 'link').filter((l) => attr(l, 'rel') === 'enclosure')]) {
    const url = attr(enc, 'url') ?? attr(enc, 'href');
    const type = (attr(enc, 'type') ?? '').toLowerCase();
    if (url && (type.startsWith('image/') || (!type && IMAGE_URL.test(url)))) return url;
  }
  const itunes = child(el, ['itunes'], 'image');
  if (itunes && attr(itunes, 'href')) return attr(itunes, 'href') ?? null;
  const image = child(el, ['core'], 'image');
  const imageUrl = image ? plain(child(image, ['core'], 'url')) ?? plain(image) : null;
  return imageUrl && /^https?:\/\//i.test(imageUrl) ? imageUrl : null;
}

/** Trimmed, non-empty, first occurrence kept. */
export function uniqueTrimmed(values: string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const t = v.replace(/\s+/g, ' ').trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}
