/**
 * The only way text reaches the page: every string from an article (titles, evidence, outlet names,
 * organisations) goes through `text` or `attr`, and every link through `href`.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element's content or a quoted attribute value. */
export function text(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * A link target, or null: only absolute http(s) URLs are linked, so a stored `javascript:` or `data:`
 * URL stays plain text.
 */
export function href(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? text(parsed.href) : null;
}

/** A link opening the source, or the label alone when the URL is not one to link. */
export function link(url: string, label: string): string {
  const target = href(url);
  return target ? `<a href="${target}" rel="noopener noreferrer">${text(label)}</a>` : text(label);
}

/** Cuts long article text at a word boundary, with an ellipsis (the full sentence is one click away). */
export function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const head = s.slice(0, max);
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.6 ? head.slice(0, space) : head).trimEnd()}…`;
}
