import type { AnyNode, Element } from 'domhandler';
import { isElement } from './dom.js';

/**
 * Deepest element kept. Blink's HTML parser stops nesting at 512 (kMaximumHTMLParserDOMTreeDepth), so
 * a browser never shows deeper content either; htmlparser2 has no such cap, and css-select then
 * becomes superlinear (50,000 nested divs: 0.3 s per selector, 17 s per page).
 */
export const MAX_DOM_DEPTH = 512;
/**
 * Wrappers are unwrapped from this depth on, leaving the content below them 256 levels to nest in
 * (real articles use a few dozen; chains of single wrappers are what grows past the limit).
 */
const UNWRAP_FROM_DEPTH = MAX_DOM_DEPTH / 2;

/**
 * Brings the tree within MAX_DOM_DEPTH, in place, without recursion (the tree may be deeper than the
 * call stack allows). Deep down, wrappers (an element whose only content is one element) are
 * unwrapped first: a page nested a thousand divs deep around its article keeps the article. What is
 * still too deep after that is cut.
 * @returns true when content was cut (not merely unwrapped)
 */
export function limitDepth(root: AnyNode): boolean {
  let cut = false;
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isElement(node) && node.type !== 'root') continue;
    const children = (node as unknown as { children: AnyNode[] }).children;
    if (depth >= UNWRAP_FROM_DEPTH) {
      for (let i = 0; i < children.length; i++) children[i] = unwrapChain(children[i]!, node);
    }
    if (depth >= MAX_DOM_DEPTH && children.length > 0) {
      for (const c of children) c.parent = null;
      children.length = 0;
      cut = true;
      continue;
    }
    for (const c of children) stack.push([c, depth + 1]);
  }
  return cut;
}

/** Follows a chain of wrappers down to the first element that holds more than one element, or text. */
function unwrapChain(node: AnyNode, parent: AnyNode): AnyNode {
  let current = node;
  for (let inner = onlyElementChild(current); inner; inner = onlyElementChild(current)) current = inner;
  if (current !== node) {
    current.parent = parent as Element;
    current.prev = node.prev;
    current.next = node.next;
  }
  return current;
}

function onlyElementChild(node: AnyNode): Element | null {
  if (!isElement(node) || node.type !== 'tag') return null;
  let only: Element | null = null;
  for (const c of node.children) {
    if (c.type === 'text') {
      if ((c as unknown as { data: string }).data.trim()) return null;
    } else if (isElement(c)) {
      if (only) return null;
      only = c;
    } else if (c.type !== 'comment') return null;
  }
  return only;
}
