import type { AnyNode, Element } from 'domhandler';

/** Tags whose start ends the current paragraph when a container is turned into text. Cells are not: a table row is one line. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'tfoot', 'thead', 'tr', 'ul', 'br',
]);

/** True for element nodes (tags, scripts and styles), false for text, comments and directives. */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Lower-cased class and id of an element, joined by a space, for the hint regexes. */
export function classAndId(el: Element): string {
  const cls = el.attribs['class'] ?? '';
  const id = el.attribs['id'] ?? '';
  return cls || id ? `${cls} ${id}`.toLowerCase() : '';
}

/** Collapses runs of whitespace (including no-break spaces) into one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2028\u2029]+/g, ' ').trim();
}

/** Raw text of a node and its descendants, without whitespace normalisation. */
export function rawText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node) || node.type !== 'tag') return '';
  let out = '';
  for (const child of node.children) out += rawText(child);
  return out;
}

/** Normalised text of a node: what a reader sees, on one line. */
export function textOf(node: AnyNode): string {
  return normalizeSpace(rawText(node));
}
