import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { classAndId } from '../dom.js';
import { CLASS_WEIGHT, classWeight, isHidden, MAYBE_CANDIDATE, UNLIKELY_CANDIDATE, UNLIKELY_ROLES } from './hints.js';
import { linkDensity, type NodeStats } from './node-stats.js';
import type { PassFlags } from './score-candidates.js';

/** Never article text, on any site: removed once before any pass. */
const ALWAYS_REMOVED = 'script, style, noscript, template, svg, iframe, object, embed, canvas, link, meta, button, select, textarea, input, nav, aside, footer, dialog';

/** Containers judged by the conditional cleaner (Readability cleans these tags conditionally). */
const CONDITIONAL_TAGS = new Set(['div', 'section', 'table', 'ul', 'ol', 'form', 'fieldset', 'header', 'figure']);
/** A container with at least this many commas is prose and never cleaned (Readability: 10). */
const PROSE_COMMAS = 10;
/** Link density above which a container with no positive hint is navigation (Readability: 0.2). */
const MAX_LINK_DENSITY = 0.2;
/** Link density above which even a positively hinted container is navigation (Readability: 0.5). */
const MAX_LINK_DENSITY_WEIGHTED = 0.5;
/** Fewer paragraphs per image than this is a gallery (Readability: 0.5). */
const MIN_PARAGRAPHS_PER_IMAGE = 0.5;
/** Readability subtracts 100 from the list items before comparing them with paragraphs; kept, so only huge link farms trip it. */
const LIST_ITEM_ALLOWANCE = 100;
/** A linked container shorter than this is a button row (Readability: 25 chars). */
const MIN_CONTAINER_CHARS = 25;
/** One embed with less text than this around it is a video box (Readability: 75 chars). */
const MIN_CHARS_PER_EMBED = 75;
/** Share/social widgets shorter than this are dropped whatever the pass (Readability: 500 chars for "share"). */
const SHARE_MAX_CHARS = 500;
/** A candidate scoring at least this share of the top score is body text the cleaner keeps (our choice: half). */
const PROTECTED_SHARE = 0.5;
/** Class/id of reader comment threads. */
const COMMENTS = /(?:^|[\s_-])(?:comments?|commentlist|comment-list|disqus_thread|disqus|respond)(?:$|[\s_-])/;
/** A <p> this short whose text is nearly all link is a teaser link (the benchmark's related-story lists). */
const LINK_PARAGRAPH_MAX_CHARS = 150;
const LINK_PARAGRAPH_DENSITY = 0.9;
/** Class/id words of furniture that sits inside article containers (captions, credits, bylines, galleries). */
const FURNITURE_INSIDE =
  /caption|credit|byline|timestamp|dateline|slideshow|gallery|carousel|lightbox|viewer|modal|newsletter|signup|promo|read-?more|see-?also|also-?read|recommend|related|inline-?ad|ad-?slot|advert|sponsor|toolbar|breadcrumb/i;
/** Such furniture is dropped only while it holds under this share of the story's text (a "gallery" wrapper around the whole story stays). */
const FURNITURE_MAX_SHARE = 0.3;
/** Class/id of share and social widgets. */
const SHARE = /(?:^|[\s_-])(?:share|sharing|social|addthis|sharethis)(?:$|[\s_-])/i;

/**
 * Removes what is never article text: scripts, styles, embeds, nav/aside/footer, form controls,
 * and forms that hold no paragraph (an ASP.NET page wraps the whole body in one <form>, so that one stays).
 */
export function prepareDocument($: CheerioAPI): void {
  $(ALWAYS_REMOVED).remove();
  $('form').each((_, el) => {
    if ($(el).find('p').length === 0) $(el).remove();
  });
}

/** Builds the skip test of one pass: hidden nodes always, unlikely ones when stripUnlikely is on. */
export function makeScoringSkip(flags: PassFlags): (el: Element) => boolean {
  return (el) => isHidden(el) || isComments(el) || (flags.stripUnlikely && isUnlikely(el));
}

/**
 * Reader comments are never the story, in any pass: without this, a short post under a long thread
 * loses to the thread once the lenient passes stop stripping unlikely nodes.
 */
function isComments(el: Element): boolean {
  if (el.name === 'body' || el.name === 'main' || el.name === 'article') return false;
  const hints = classAndId(el);
  return hints !== '' && COMMENTS.test(hints);
}

/** True for page furniture by class, id or role; the body, main and article tags are never unlikely. */
export function isUnlikely(el: Element): boolean {
  if (el.name === 'body' || el.name === 'main' || el.name === 'article' || el.name === 'a') return false;
  const role = el.attribs['role'];
  if (role && UNLIKELY_ROLES.has(role)) return true;
  const hints = classAndId(el);
  return hints !== '' && UNLIKELY_CANDIDATE.test(hints) && !MAYBE_CANDIDATE.test(hints);
}

/**
 * Builds the skip test used while the chosen content is turned into paragraphs: what the scoring pass
 * skipped, share widgets, and, when cleanConditionally is on, link-heavy or image-heavy containers.
 */
export function makeContentSkip(flags: PassFlags, stats: Map<Element, NodeStats>, scores: Map<Element, number>, top: Element): (el: Element) => boolean {
  const scoringSkip = makeScoringSkip(flags);
  const kept = protectedNodes(scores, top);
  const topChars = stats.get(top)?.chars ?? 0;
  return (el) => {
    if (el === top) return false;
    if (kept.has(el)) return scoringSkip(el);
    if (scoringSkip(el)) return true;
    const s = stats.get(el);
    const hints = classAndId(el);
    if (hints && SHARE.test(hints) && (s?.chars ?? 0) < SHARE_MAX_CHARS) return true;
    // A paragraph that is one link is a "you may also like" item, not text.
    if (el.name === 'p' && s && s.chars < LINK_PARAGRAPH_MAX_CHARS && linkDensity(s) >= LINK_PARAGRAPH_DENSITY) return true;
    // Captions, bylines and slideshows nested in the story: small next to it, and never body text.
    if (hints && FURNITURE_INSIDE.test(hints) && (s?.chars ?? 0) < FURNITURE_MAX_SHARE * topChars) return true;
    if (!flags.cleanConditionally || !CONDITIONAL_TAGS.has(el.name) || !s) return false;
    return shouldClean(el, s, flags, scores.get(el) ?? 0);
  };
}

/**
 * Candidates that scored close to the top one, and their ancestors: the conditional cleaner must not
 * drop them, whatever their image or link counts (a story body nested in a gallery-heavy wrapper).
 */
function protectedNodes(scores: Map<Element, number>, top: Element): Set<Element> {
  const topScore = scores.get(top) ?? 0;
  const out = new Set<Element>();
  for (const [el, score] of scores) {
    if (score < PROTECTED_SHARE * topScore) continue;
    for (let n: Element | null = el; n && n !== top && !out.has(n); n = n.parent && n.parent.type === 'tag' ? (n.parent as Element) : null) out.add(n);
  }
  return out;
}

/** Readability's conditional cleaning: a container is dropped when its counts look like furniture. */
function shouldClean(el: Element, s: NodeStats, flags: PassFlags, score: number): boolean {
  const weight = flags.weightClasses ? classWeight(el) : 0;
  if (weight + score < 0) return true;
  if (s.commas >= PROSE_COMMAS) return false;
  const isList = el.name === 'ul' || el.name === 'ol';
  const ld = linkDensity(s);
  if (s.img > 1 && s.p / s.img < MIN_PARAGRAPHS_PER_IMAGE && el.name !== 'figure') return true;
  if (!isList && s.li - LIST_ITEM_ALLOWANCE > s.p) return true;
  if (s.input > Math.floor(s.p / 3)) return true;
  if (!isList && s.chars < MIN_CONTAINER_CHARS && (s.img === 0 || s.img > 2) && ld > 0) return true;
  if (!isList && weight < CLASS_WEIGHT && ld > MAX_LINK_DENSITY) return true;
  if ((weight >= CLASS_WEIGHT || isList) && ld > MAX_LINK_DENSITY_WEIGHTED) return true;
  return (s.embed === 1 && s.chars < MIN_CHARS_PER_EMBED) || s.embed > 1;
}
