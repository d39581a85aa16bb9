import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, isElement, normalizeSpace } from '../dom.js';

/** Tags whose text is never body text once the content node is chosen (captions repeat or describe images). */
const SKIPPED_TAGS = new Set(['figcaption', 'h1', 'script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'textarea', 'img', 'picture', 'video', 'audio']);

/**
 * Turns content nodes into paragraphs: a block tag or <br> ends a paragraph, inline text is joined.
 * @param nodes the chosen nodes, in document order
 * @param skip subtrees left out (furniture found by the cleaners)
 */
export function toParagraphs(nodes: readonly AnyNode[], skip: (el: Element) => boolean = () => false): string[] {
  const out: string[] = [];
  const buffer: string[] = [];
  const flush = (): void => {
    if (buffer.length === 0) return;
    const text = normalizeSpace(buffer.join(''));
    buffer.length = 0;
    if (text) out.push(text);
  };
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      buffer.push((node as unknown as { data: string }).data);
      return;
    }
    if (!isElement(node) || node.type !== 'tag') return;
    if (SKIPPED_TAGS.has(node.name) || skip(node)) return;
    const block = BLOCK_TAGS.has(node.name);
    if (block) flush();
    for (const child of node.children) walk(child);
    if (block) flush();
    else if (node.name === 'td' || node.name === 'th') buffer.push(' ');
  };
  for (const n of nodes) {
    walk(n);
    flush();
  }
  return out;
}
