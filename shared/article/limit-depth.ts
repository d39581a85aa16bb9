import type { AnyNode } from 'domhandler';
import { isElement } from './dom.js';

/**
 * Deepest element kept. Blink's HTML parser stops nesting at 512 (kMaximumHTMLParserDOMTreeDepth), so
 * a browser never shows deeper content either; htmlparser2 has no such cap, and css-select then
 * becomes superlinear (50,000 nested divs: 0.3 s per selector, 17 s per page).
 */
export const MAX_DOM_DEPTH = 512;

/**
 * Cuts the children of every element at MAX_DOM_DEPTH, in place, without recursion (the tree may
 * be deeper than the call stack allows).
 * @returns true when something was cut
 */
export function limitDepth(root: AnyNode): boolean {
  let cut = false;
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isElement(node) && node.type !== 'root') continue;
    const children = (node as unknown as { children: AnyNode[] }).children;
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
