import type { AnyNode, Element } from 'domhandler';
import { isElement } from '../dom.js';
import { classWeight, tagWeight } from './hints.js';
import { linkDensity, type NodeStats } from './node-stats.js';

/** Switches of one pass of the cascade; the strict pass has all three on (Readability's FLAG_* bits). */
export interface PassFlags {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

/** A paragraph shorter than this adds nothing to its ancestors (Readability: "under 25 chars"). */
const MIN_PARAGRAPH_CHARS = 25;
/** Ancestors that receive a paragraph's score (Readability scores 5 levels, with a falling share). */
const SCORED_ANCESTOR_LEVELS = 5;
/** Candidates kept for the common-ancestor test (Readability's DEFAULT_N_TOP_CANDIDATES). */
const TOP_CANDIDATES = 5;
/** Alternatives within this share of the best score vote for a common ancestor (Readability: 0.75). */
const ALTERNATIVE_SHARE = 0.75;
/** Votes needed before the common ancestor replaces the best candidate (Readability: 3). */
const MIN_ALTERNATIVE_VOTES = 3;
/** A sibling joins when its score reaches this share of the top score, and at least SIBLING_MIN_SCORE (Readability: 0.2 and 10). */
const SIBLING_SHARE = 0.2;
const SIBLING_MIN_SCORE = 10;
/** A paragraph sibling longer than this with little link text joins regardless of score (Readability: 80 chars, 0.25). */
const SIBLING_P_CHARS = 80;
const SIBLING_P_MAX_LINK_DENSITY = 0.25;

/**
 * Containers whose loose text counts as a paragraph. List items are not among them: scored, they
 * drag their list below zero (tag weight -3) and the conditional cleaner drops a list of short points.
 */
const LOOSE_TEXT_CONTAINERS = new Set(['div', 'section', 'article', 'main', 'blockquote', 'center', 'font']);
const SCORED_TAGS = new Set(['p', 'pre', 'td', 'section', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The result of scoring: nodes that make up the article (the top candidate and the siblings merged with it). */
export interface Selection {
  top: Element;
  nodes: Element[];
  scores: Map<Element, number>;
}

/**
 * Scores paragraph containers and picks the article node, Readability's way: each paragraph gives
 * 1 + commas + one point per 100 chars (max 3) to its parent, half to the grandparent and a third per level
 * further up; candidates are then discounted by link density; the best may climb to a common ancestor.
 */
export function selectContent(body: Element, stats: Map<Element, NodeStats>, skip: (el: Element) => boolean, flags: PassFlags): Selection | null {
  const scores = new Map<Element, number>();
  const paragraphs: { el: Element; parentFirst: Element; chars: number; commas: number }[] = [];
  collectParagraphs(body, stats, skip, paragraphs);
  for (const p of paragraphs) {
    const points = 1 + p.commas + Math.min(Math.floor(p.chars / 100), 3);
    let node: AnyNode | null = p.parentFirst;
    for (let level = 0; node && isElement(node) && level < SCORED_ANCESTOR_LEVELS; level++) {
      if (!scores.has(node)) scores.set(node, tagWeight(node.name) + (flags.weightClasses ? classWeight(node) : 0));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(node, scores.get(node)! + points / divider);
      if (node === body) break;
      node = node.parent;
    }
  }
  if (scores.size === 0) return null;
  for (const [el, score] of scores) scores.set(el, score * (1 - linkDensity(stats.get(el))));
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP_CANDIDATES);
  let top = ranked[0]![0];
  top = commonAncestor(top, ranked, scores, body);
  top = climb(top, scores, body);
  return { top, nodes: siblingsOf(top, scores, stats, skip), scores };
}

function collectParagraphs(node: Element, stats: Map<Element, NodeStats>, skip: (el: Element) => boolean, out: { el: Element; parentFirst: Element; chars: number; commas: number }[]): void {
  for (const child of node.children) {
    if (!isElement(child) || child.type !== 'tag' || skip(child)) continue;
    const s = stats.get(child);
    if (!s || s.chars === 0) continue;
    if (SCORED_TAGS.has(child.name) || (s.blocks === 0 && (child.name === 'div' || child.name === 'article'))) {
      // A div without block descendants is a paragraph in disguise (Readability turns it into a <p>).
      if (s.chars >= MIN_PARAGRAPH_CHARS && child.parent && isElement(child.parent)) {
        out.push({ el: child, parentFirst: child.parent, chars: s.chars, commas: s.commas });
      }
      if (child.name === 'section' || child.name === 'td') collectParagraphs(child, stats, skip, out);
      continue;
    }
    const own = LOOSE_TEXT_CONTAINERS.has(child.name) ? ownText(child) : '';
    if (own.length >= MIN_PARAGRAPH_CHARS) {
      // Loose text beside blocks ("<div>text<br>text<p>…</p></div>") counts as a paragraph of this div.
      out.push({ el: child, parentFirst: child, chars: own.length, commas: (own.match(/[,\uff0c]/g) ?? []).length });
    }
    collectParagraphs(child, stats, skip, out);
  }
}

/** Text of the direct text children and inline elements, the part that is not inside a nested block. */
function ownText(el: Element): string {
  let out = '';
  for (const c of el.children) {
    if (c.type === 'text') out += (c as unknown as { data: string }).data;
    else if (isElement(c) && (c.name === 'a' || c.name === 'span' || c.name === 'b' || c.name === 'i' || c.name === 'em' || c.name === 'strong')) {
      out += ' ';
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

function commonAncestor(top: Element, ranked: [Element, number][], scores: Map<Element, number>, body: Element): Element {
  const topScore = scores.get(top)!;
  const alternatives = ranked.slice(1).filter(([, s]) => s / topScore >= ALTERNATIVE_SHARE).map(([el]) => ancestors(el));
  if (alternatives.length < MIN_ALTERNATIVE_VOTES) return top;
  let parent = top.parent;
  while (parent && isElement(parent) && parent !== body) {
    const votes = alternatives.filter((chain) => chain.has(parent as Element)).length;
    if (votes >= MIN_ALTERNATIVE_VOTES) return parent;
    parent = parent.parent;
  }
  return top;
}

function ancestors(el: Element): Set<Element> {
  const out = new Set<Element>();
  for (let n = el.parent; n && isElement(n); n = n.parent) out.add(n);
  return out;
}

/** Moves up while the parent scores higher (the article is split over sibling blocks) or wraps the node alone. */
function climb(top: Element, scores: Map<Element, number>, body: Element): Element {
  let last = scores.get(top)!;
  const threshold = last / 3;
  let parent = top.parent;
  while (parent && isElement(parent) && parent !== body) {
    const ps = scores.get(parent);
    if (ps !== undefined) {
      if (ps < threshold) break;
      if (ps > last) {
        top = parent;
        break;
      }
      last = ps;
    }
    parent = parent.parent;
  }
  while (top.parent && isElement(top.parent) && top.parent !== body && top.parent.children.filter(isElement).length === 1) {
    top = top.parent;
  }
  return top;
}

function siblingsOf(top: Element, scores: Map<Element, number>, stats: Map<Element, NodeStats>, skip: (el: Element) => boolean): Element[] {
  const parent = top.parent;
  if (!parent || !isElement(parent)) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SHARE);
  const topClass = top.attribs['class'] ?? '';
  const out: Element[] = [];
  for (const s of parent.children) {
    if (!isElement(s) || s.type !== 'tag') continue;
    if (s === top) {
      out.push(s);
      continue;
    }
    if (skip(s)) continue;
    const bonus = topClass && s.attribs['class'] === topClass ? topScore * SIBLING_SHARE : 0;
    const score = scores.get(s);
    if (score !== undefined && score + bonus >= threshold) {
      out.push(s);
      continue;
    }
    if (s.name !== 'p') continue;
    const st = stats.get(s);
    const chars = st?.chars ?? 0;
    const ld = linkDensity(st);
    if ((chars > SIBLING_P_CHARS && ld < SIBLING_P_MAX_LINK_DENSITY) || (chars > 0 && chars <= SIBLING_P_CHARS && ld === 0 && /\.( |$)/.test(textOfQuick(s)))) out.push(s);
  }
  return out;
}

function textOfQuick(el: Element): string {
  let out = '';
  for (const c of el.children) {
    if (c.type === 'text') out += (c as unknown as { data: string }).data;
    else if (isElement(c)) out += textOfQuick(c);
  }
  return out;
}
