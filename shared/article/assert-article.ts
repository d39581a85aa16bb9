import type { ParsedArticle } from '../schemas/article.js';
import { NotAnArticleError } from './errors.js';

/**
 * Below this many body characters a non-paywalled page is not a story. Trend flashes run to ~150–250
 * chars (one or two sentences); 120 keeps them and rejects a caption or a "page not found" line.
 */
const MIN_BODY_CHARS = 120;
/**
 * Under this many chars the body must also hold one prose paragraph: a contact page or a gallery has
 * short lines only. 500 = Readability's "sufficient" threshold, reused as the point where length alone convinces.
 */
const PROSE_REQUIRED_BELOW_CHARS = 500;
/** A prose paragraph: at least this long and ending a sentence. */
const MIN_PROSE_PARAGRAPH_CHARS = 100;

/**
 * Throws NotAnArticleError when a parsed page is not an article: no title, or (unless paywalled)
 * a body too short or without a single prose paragraph (a listing, contact page or photo gallery).
 * A paywalled page with a title passes: the pipeline then extracts from its title and feed text.
 * @param a the result of parseArticle
 * @param url the page URL, named in the error
 * @throws NotAnArticleError
 */
export function assertArticle(a: ParsedArticle, url: string): void {
  // A limit the parser applied is named with the reason: "body of 0 chars" alone would hide why.
  const why = (reason: string) => (a.warnings?.length ? `${reason}; ${a.warnings.join('; ')}` : reason);
  if (!a.title.trim()) throw new NotAnArticleError(url, why('no title'));
  if (a.paywalled) return;
  const chars = a.paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars < MIN_BODY_CHARS) throw new NotAnArticleError(url, why(`body of ${chars} chars, under ${MIN_BODY_CHARS}`));
  const prose = a.paragraphs.some((p) => p.length >= MIN_PROSE_PARAGRAPH_CHARS && /[.!?…»"”)]\s*$/.test(p));
  if (chars < PROSE_REQUIRED_BELOW_CHARS && !prose) {
    throw new NotAnArticleError(url, why(`body of ${chars} chars with no prose paragraph (a listing, contact page or gallery)`));
  }
}
