import { parseDate } from './parse-date.js';

/**
 * Paragraphs that are furniture, not reporting: agency trailers, update markers, source lines.
 * Kept narrow on purpose: each pattern is anchored to the whole paragraph, so a sentence that merely
 * mentions Telegram or a source stays. Trend's dateline lead ("BAKU, Azerbaijan, October 14.") is kept
 * verbatim: the fact extractor reads it.
 */
export const BOILERPLATE_PARAGRAPHS: readonly RegExp[] = [
  // Trend: "Follow Trend on Telegram. Only most interesting and important news".
  /^follow (?:trend|us|the author) on (?:telegram|twitter|x|facebook|instagram|whatsapp)\b.{0,80}$/i,
  // Trend: "Details added: first version posted on 14:39".
  /^details added:? first version posted (?:on|at)\b.{0,40}$/i,
  // Trend print footer and syndication lines: "Source: https://...".
  /^source:\s*https?:\/\/\S+$/i,
  /^(?:read (?:also|more)|see also|related|related (?:stories|articles|news)|you (?:may|might) also like|more from [\w\s]{1,30}|recommended(?: for you)?)(?:\.\.\.|…|:)?$/i,
  /^(?:advertisement|advertising|реклама)$/i,
  // Comment and reaction widgets: "Comments", "Like Loading...", "Post Comment (+)".
  /^(?:\d+\s+)?(?:comments?|post (?:a )?comment.{0,6}|leave a (?:comment|reply)|like loading\.*|loading\.*|tell us what you think\.*|reply|report)$/i,
  // Cross-links and newsletter plugs: "Read more: …", "Related: …", "Subscribe to WIRED …".
  /^(?:read more|read also|also read|related|see more|see also|more|watch|listen)\s*:.{0,200}$/i,
  /^(?:click here to |sign up (?:for|to) |)subscribe (?:to|for)\b.{0,120}$/i,
  // Wire trailers and bylines: "(Reporting by …; editing by …)", "by Jeff Foust — November 18, 2019", "Via SyndiGate.info".
  /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&))*(?:\s*[—–|,-]\s*.{0,60})?$/u,
  /^(?:via|source)\s*:?\s*[\p{L}\d .&-]{1,40}$/iu,
  /^(?:share|share this|share this article|print|tags?|caption|close|enlarge|expand|hide caption|toggle caption|don't miss|see more|more):?$/i,
  // Photo furniture: "Photo: Hau Dinh, AP", "Image 1 of / 8", captions ending in "(Image: GETTY )".
  /^(?:photo|image|picture|credit|foto|фото)s?\s*(?:credit)?\s*:.{0,80}$/i,
  /^image \d+ of \/? ?\d+$/i,
  /\((?:image|photo|picture|pic|credit)s?:[^)]{0,60}\)$/i,
  // Time stamps printed above the text: "Updated 5:27 am CST, Wednesday, November 20, 2019".
  /^(?:updated|published|posted|last updated|first published)\b:?.{0,80}\b\d{1,2}:\d{2}(?!\d).{0,60}$/i,
  // Page counters that sit above the text on many news templates: "Views: 1 284".
  /^(?:views|hits|reads|просмотр(?:ы|ов)?|ko'rishlar)\s*:?\s*[\d\s.,]+$/i,
];

/** Words allowed in a wire credit besides capitalised names ("Reporting by A; additional reporting by B"). */
const CREDIT_WORDS = /^(?:and|by|in|from|with|additional|reporting|editing|writing|compiled|graphics|photos?|writers?|reporters?|correspondents?|staff|contributed|to|this|report|story|article|[;,&:]+)$/i;
const MAX_CREDIT_CHARS = 300;

/**
 * True for a wire credit: "(Reporting by Greg Roumeliotis; editing by Martin Howell)",
 * "Associated Press writers Alan Fram and Zeke Miller contributed.", "X contributed reporting from Hong Kong."
 * Every word must be a name (capitalised) or a credit word, so a sentence that starts the same way stays.
 */
function isWireCredit(p: string): boolean {
  if (p.length > MAX_CREDIT_CHARS) return false;
  const core = p.replace(/^\(|\)?\.?$/g, '');
  if (!/^(?:additional )?(?:reporting|writing|editing|compiled) by\b/i.test(core) && !/\bcontributed(?: reporting| to this \w+)?(?: from [\p{Lu}][\p{L} ]{0,40})?$/u.test(core)) return false;
  return core.split(/\s+|(?=[;,])/).every((w) => CREDIT_WORDS.test(w) || /^[\p{Lu}][\p{L}'’.-]*[;,]?$/u.test(w));
}

/** A dateline-only paragraph ("16 June 2025, 12:40") is page furniture; longer lines are text that starts with a date. */
const MAX_DATE_LINE_CHARS = 50;
const DATE_LINE = /^[\p{N}\s:.,/|()+\-–—]*(?:\p{L}+\.?)?[\p{N}\s:.,/|()+\-–—]*(?:(?:[AaPp]\.?[Mm]\.?|UTC|GMT|[A-Z]{3})[\p{N}\s:.,/|()+\-–—]*)*$/u;

/** True for a line that is only a date and time, as printed above the article. */
function isDateLine(p: string): boolean {
  return p.length <= MAX_DATE_LINE_CHARS && /\d/.test(p) && DATE_LINE.test(p) && parseDate(p) !== null;
}

/**
 * Drops boilerplate paragraphs (shared list plus a site's own patterns) 
 * @param extra a site rule's `dropParagraphs`, matched anywhere in the paragraph
 */
export function dropBoilerplate(paragraphs: readonly string[], extra: readonly RegExp[] = []): string[] {
  // No de-duplication: repeated lines are real text (table cells, a meal plan given twice), as the benchmark showed.
  return paragraphs.filter((p) => !isDateLine(p) && !isWireCredit(p) && !BOILERPLATE_PARAGRAPHS.some((re) => re.test(p)) && !extra.some((re) => re.test(p)));
}
