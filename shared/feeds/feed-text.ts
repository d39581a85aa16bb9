import { decodeHTML } from 'entities';
import { attr, escapeText, innerXml, textOf, type XmlElement } from './xml-tree.js';
import { children } from './namespaces.js';
import { sanitizeHtml } from './safe-html.js';

/**
 * Text and markup helpers shared by the RSS and Atom readers.
 */

/** How to read an element that has no (or an unknown) `type`: RSS guesses, Atom defaults to text. */
export type DefaultType = 'text' | 'html' | 'guess';

/** Looks like markup or an entity: `<b>`, `</p>`, `<br/>`, `&amp;`, `&#39;`. Used to guess RSS text. */
const LOOKS_LIKE_HTML = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>|&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]+);/i;

/**
 * A text construct as the feed typed it: plain text, or HTML (inline XHTML is serialised as HTML).
 * This is feedparser's `title_detail` (type and value), which keeps what plain text would lose.
 */
export interface TypedText {
  type: 'text' | 'html';
  value: string;
}

/**
 * The content of an element with its type, following Atom's `type` (`text`, `html`, `xhtml`, or the
 * Atom 0.3 MIME types with `mode="escaped|base64|xml"`); `guess` treats text that looks like HTML as HTML.
 */
export function typedContent(el: XmlElement, fallback: DefaultType): TypedText {
  const type = (attr(el, 'type') ?? '').trim().toLowerCase();
  const mode = (attr(el, 'mode') ?? '').trim().toLowerCase();
  let raw = textOf(el);
  // Atom 1.0 (RFC 4287 §3.1.1.3): any other non-XML, non-text MIME type is Base64.
  const base64 = mode === 'base64' || (type.includes('/') && !type.startsWith('text/') && !/[/+]xml$/.test(type));
  if (base64) raw = decodeBase64(raw);
  const hasElements = el.children.some((c) => typeof c !== 'string');
  if (type === 'xhtml' || type === 'application/xhtml+xml' || mode === 'xml' || (hasElements && mode !== 'escaped')) {
    // Inline XHTML is wrapped in one <div xmlns="...xhtml">; the wrapper is not content.
    const divs = children(el, ['xhtml', 'core', 'other'], 'div');
    const onlyDiv = divs.length === 1 && el.children.every((c) => c === divs[0] || (typeof c === 'string' && c.trim() === ''));
    return html(onlyDiv && divs[0] ? innerXml(divs[0]) : innerXml(el));
  }
  if (type === 'html' || type === 'text/html' || mode === 'escaped' || base64) return html(raw);
  if (type === 'text' || type === 'text/plain') return { type: 'text', value: raw };
  if (fallback === 'html') return html(raw);
  if (fallback === 'guess' && LOOKS_LIKE_HTML.test(raw)) return html(raw);
  return { type: 'text', value: raw };
}

function html(value: string): TypedText {
  return { type: 'html', value };
}

/** The content of an element as HTML (see typedContent for how the type is chosen). */
export function contentHtml(el: XmlElement, fallback: DefaultType): string {
  return typedHtml(typedContent(el, fallback));
}

/** A typed text as HTML: plain text is escaped. */
export function typedHtml(t: TypedText): string {
  return t.type === 'html' ? t.value : escapeText(t.value);
}

/** The content of an element as plain text (see typedContent for how the type is chosen). */
export function contentText(el: XmlElement, fallback: DefaultType): string {
  return htmlToText(contentHtml(el, fallback));
}

/**
 * A title: plain text for the pipeline, and as typed by the feed (HTML made safe to show) for the
 * `feed` command.
 */
export function titleFields(el: XmlElement | undefined, fallback: DefaultType): { title: string | null; titleDetail: TypedText | null } {
  if (!el) return { title: null, titleDetail: null };
  const typed = typedContent(el, fallback);
  const titleDetail = typed.type === 'html' ? html(sanitizeHtml(typed.value)) : typed;
  return { title: htmlToText(typedHtml(titleDetail)), titleDetail };
}

/**
 * HTML to one line of plain text: scripts, styles and comments dropped, tags removed (block tags
 * become a space so words do not run together), entities decoded, whitespace collapsed.
 */
export function htmlToText(html: string): string {
  return decodeHTML(
    html
      .replace(/<!--[\s\S]*?(-->|$)/g, '')
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<\/?(br|p|div|li|tr|td|h[1-6]|blockquote)\b[^>]*>/gi, ' ')
      .replace(/<\/?[a-z!?][^<>]*>/gi, ''),
  )
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function decodeBase64(s: string): string {
  try {
    return Buffer.from(s.replace(/\s+/g, ''), 'base64').toString('utf8');
  } catch {
    return s;
  }
}

/** `url` resolved against `base`; the trimmed input when it cannot be resolved; null when empty. */
export function resolveUrl(url: string | undefined | null, base: string | null): string | null {
  const trimmed = (url ?? '').trim();
  if (!trimmed) return null;
  // Absolute links are kept as written; canonical-url.ts does the normalising, once.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) && URL.canParse(trimmed)) return trimmed;
  try {
    return base ? new URL(trimmed, base).href : new URL(trimmed).href;
  } catch {
    return trimmed;
  }
}

/** The base URL in effect inside `el`: its `xml:base` resolved against the enclosing base. */
export function baseOf(el: XmlElement, base: string | null): string | null {
  const own = attr(el, 'xml:base');
  if (own === undefined) return base;
  return resolveUrl(own, base) ?? base;
}

/** Trimmed text of an element, or null when it is missing or blank. */
export function plain(el: XmlElement | undefined): string | null {
  if (!el) return null;
  const t = textOf(el).trim();
  return t === '' ? null : t;
}

/** First `<img src>` in some HTML, for feeds that carry the picture only inside the description. */
export function firstImageIn(html: string | null): string | null {
  if (!html) return null;
  const m = /<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(html);
  return m?.[1] ? decodeHTML(m[1]) : null;
}
