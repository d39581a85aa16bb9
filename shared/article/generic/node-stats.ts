import type { AnyNode, Element } from 'domhandler';
import { isElement } from '../dom.js';

/** Counts gathered for every element in one post-order pass, so scoring and cleaning never re-walk a subtree. */
export interface NodeStats {
  /** Text length with whitespace runs counted as one character. */
  chars: number;
  /** Of `chars`, the part inside links. */
  linkChars: number;
  commas: number;
  p: number;
  img: number;
  li: number;
  input: number;
  embed: number;
  /** Descendants that Readability's DIV_TO_P test treats as blocks (div, p, table, lists, img, a…). */
  blocks: number;
}

const DIV_TO_P = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul', 'section', 'article', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6']);
const EMBEDS = new Set(['iframe', 'object', 'embed', 'video', 'audio']);
const COMMAS = /[,\u060c\uff0c\u3001]/g;

/** Computes NodeStats for every element under `root`. */
export function computeStats(root: AnyNode): Map<Element, NodeStats> {
  const stats = new Map<Element, NodeStats>();
  visit(root, stats, false);
  return stats;
}

function visit(node: AnyNode, stats: Map<Element, NodeStats>, inLink: boolean): NodeStats | null {
  if (node.type === 'text') {
    const data = (node as unknown as { data: string }).data;
    const chars = collapsedLength(data);
    return { chars, linkChars: inLink ? chars : 0, commas: (data.match(COMMAS) ?? []).length, p: 0, img: 0, li: 0, input: 0, embed: 0, blocks: 0 };
  }
  if (!isElement(node) && node.type !== 'root') return null;
  const s: NodeStats = { chars: 0, linkChars: 0, commas: 0, p: 0, img: 0, li: 0, input: 0, embed: 0, blocks: 0 };
  const tag = isElement(node) ? node.name : '';
  const link = inLink || tag === 'a';
  for (const child of (node as Element).children) {
    const c = visit(child, stats, link);
    if (!c) continue;
    s.chars += c.chars;
    s.linkChars += c.linkChars;
    s.commas += c.commas;
    s.p += c.p;
    s.img += c.img;
    s.li += c.li;
    s.input += c.input;
    s.embed += c.embed;
    s.blocks += c.blocks;
    if (isElement(child)) {
      const t = child.name;
      if (t === 'p') s.p++;
      else if (t === 'img' || t === 'picture') s.img++;
      else if (t === 'li') s.li++;
      else if (t === 'input' || t === 'select' || t === 'textarea' || t === 'button') s.input++;
      else if (EMBEDS.has(t)) s.embed++;
      if (DIV_TO_P.has(t)) s.blocks++;
    }
  }
  if (isElement(node)) stats.set(node, s);
  return s;
}

/** Length of the text once whitespace runs are collapsed: what textOf() would return, without building it. */
function collapsedLength(text: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ws = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
    if (ws) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}

/** Share of an element's text that sits in links, 0 when it has no text. */
export function linkDensity(s: NodeStats | undefined): number {
  return s && s.chars > 0 ? s.linkChars / s.chars : 0;
}
