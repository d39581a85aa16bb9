import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { makeContentSkip, makeScoringSkip, prepareDocument } from './clean.js';
import { computeStats, linkDensity } from './node-stats.js';
import { selectContent, type PassFlags } from './score-candidates.js';
import { toParagraphs } from './to-paragraphs.js';

/**
 * The cascade, strict to lenient: each pass relaxes one switch (Readability's flag order). The first
 * pass whose text reaches SUFFICIENT_CHARS wins; otherwise the longest attempt is kept.
 */
const CASCADE: readonly PassFlags[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];
/** Text length at which a pass is accepted (Readability's DEFAULT_CHAR_THRESHOLD). */
const SUFFICIENT_CHARS = 500;
/** A chosen node whose text is mostly links is a listing, not an article (a news list is ~0.7–0.9). */
const LISTING_LINK_DENSITY = 0.5;

/** The generic body: paragraphs and the pass that produced them (1 = strict … 4 = lenient, 0 = none). */
export interface ContentResult {
  paragraphs: string[];
  pass: number;
  /** The chosen article node (the site scaffold turns it into a body selector), null when none. */
  top: Element | null;
}

/**
 * Extracts the article body from a page with no (working) site rule. Mutates `$`: call it after the
 * metadata has been read.
 * @param title the article title, so a heading that repeats it is not kept as body text
 */
export function extractContent($: CheerioAPI, title: string | null): ContentResult {
  prepareDocument($);
  // parseArticle guarantees a <body>; the root is a fallback for direct callers.
  const body = ($('body').get(0) ?? $.root().get(0)) as Element | undefined;
  if (!body) return { paragraphs: [], pass: 0, top: null };
  const stats = computeStats(body);
  let best: ContentResult = { paragraphs: [], pass: 0, top: null };
  let bestChars = 0;
  for (let i = 0; i < CASCADE.length; i++) {
    const flags = CASCADE[i]!;
    const selection = selectContent(body, stats, makeScoringSkip(flags), flags);
    if (!selection) continue;
    if (linkDensity(stats.get(selection.top)) > LISTING_LINK_DENSITY) continue;
    const skip = makeContentSkip(flags, stats, selection.scores, selection.top);
    const paragraphs = dropTitle(toParagraphs(selection.nodes, skip), title);
    const chars = paragraphs.reduce((n, p) => n + p.length, 0);
    if (chars >= SUFFICIENT_CHARS) return { paragraphs, pass: i + 1, top: selection.top };
    if (chars > bestChars) {
      best = { paragraphs, pass: i + 1, top: selection.top };
      bestChars = chars;
    }
  }
  return best;
}

function dropTitle(paragraphs: string[], title: string | null): string[] {
  if (!title) return paragraphs;
  const t = title.toLowerCase();
  return paragraphs.filter((p) => p.toLowerCase() !== t);
}
