import type { XmlElement } from './xml-tree.js';

/**
 * The vocabularies the feed reader understands, whatever prefix a feed binds them to.
 * `core` is the RSS/RDF element set (no namespace, RSS 0.90/1.0 or the Userland RSS 2 URIs).
 */
export type Vocabulary = 'core' | 'atom' | 'rdf' | 'dc' | 'dcterms' | 'content' | 'media' | 'itunes' | 'xhtml' | 'other';

/** Namespace URI → vocabulary. Keys are compared lower-cased and without a trailing slash or '#'. */
const BY_URI: Record<string, Vocabulary> = {
  '': 'core',
  'http://purl.org/rss/1.0': 'core',
  'http://my.netscape.com/rdf/simple/0.9': 'core',
  'http://backend.userland.com/rss2': 'core',
  'http://blogs.law.harvard.edu/tech/rss': 'core',
  'http://backend.userland.com/rss': 'core',
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns': 'atom',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns': 'rdf',
  'http://purl.org/dc/elements/1.1': 'dc',
  'http://purl.org/dc/terms': 'dcterms',
  'http://purl.org/rss/1.0/modules/content': 'content',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/1999/xhtml': 'xhtml',
};

/**
 * Prefixes used without a declaration (xml-tree marks them `prefix:<name>`): feeds in the wild
 * write `<dc:date>` or `<content:encoded>` and forget the xmlns, so the conventional prefix decides.
 */
const BY_UNDECLARED_PREFIX: Record<string, Vocabulary> = {
  atom: 'atom',
  atom03: 'atom',
  rdf: 'rdf',
  dc: 'dc',
  dcterms: 'dcterms',
  content: 'content',
  media: 'media',
  itunes: 'itunes',
  xhtml: 'xhtml',
  rss: 'core',
};

/** The vocabulary of an element. */
export function vocabularyOf(el: XmlElement): Vocabulary {
  if (el.ns.startsWith('prefix:')) return BY_UNDECLARED_PREFIX[el.ns.slice(7)] ?? 'other';
  const key = el.ns.toLowerCase().replace(/[/#]+$/, '');
  return BY_URI[key] ?? 'other';
}

/** True when `el` is `<local>` in one of the vocabularies. */
export function is(el: XmlElement, vocabularies: readonly Vocabulary[], local: string): boolean {
  return el.local === local && vocabularies.includes(vocabularyOf(el));
}

/** First child element named `local` in one of the vocabularies. */
export function child(el: XmlElement, vocabularies: readonly Vocabulary[], local: string): XmlElement | undefined {
  for (const c of el.children) if (typeof c !== 'string' && is(c, vocabularies, local)) return c;
  return undefined;
}

/** Every child element named `local` in one of the vocabularies. */
export function children(el: XmlElement, vocabularies: readonly Vocabulary[], local: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && is(c, vocabularies, local)) out.push(c);
  return out;
}
