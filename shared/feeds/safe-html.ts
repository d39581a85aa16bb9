import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';

/**
 * Makes a feed's HTML fragment safe to show: the `feed` command prints HTML titles as served, and
 * whoever renders one must not run the feed's scripts. Entities are kept as written (`&#38;` stays
 * `&#38;`), so the markup differs from the source only where something was removed or escaped.
 */

/** Removed with everything inside: scripts, styles and content that is never shown as text. */
const DROP_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'noscript', 'template']);
/**
 * Tags removed, text kept: plugins (whose content is the fallback a reader sees), document
 * scaffolding and form controls.
 */
const UNWRAP = new Set(['object', 'embed', 'applet', 'param', 'html', 'head', 'body', 'title', 'meta', 'link', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea']);
const VOID = new Set(['area', 'br', 'col', 'hr', 'img', 'wbr', 'source', 'track', 'param']);
/** Attributes that hold a URL, checked for script schemes. */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'background', 'poster', 'cite', 'longdesc', 'usemap', 'xlink:href']);
const SCRIPT_URL = /^(javascript|vbscript|data):/i;
/** `&` that does not start an entity. */
const BARE_AMP = /&(?!#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi;

export function sanitizeHtml(html: string): string {
  // Most HTML titles are text with an entity or two; no tag means nothing to parse.
  if (!html.includes('<')) return escapeMarkup(html);
  let out = '';
  let dropDepth = 0;
  const open: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (dropDepth > 0 || DROP_WITH_CONTENT.has(name)) {
          if (!VOID.has(name)) dropDepth++;
          return;
        }
        if (UNWRAP.has(name)) return;
        out += `<${name}${safeAttributes(attribs)}>`;
        if (!VOID.has(name)) open.push(name);
      },
      onclosetag(name) {
        if (dropDepth > 0) {
          if (!VOID.has(name)) dropDepth--;
          return;
        }
        if (open.at(-1) === name) {
          open.pop();
          out += `</${name}>`;
        }
      },
      ontext(text) {
        if (dropDepth === 0) out += escapeMarkup(text);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  // Elements the fragment left open are closed, so the result nests on its own.
  while (open.length > 0) out += `</${open.pop()}>`;
  return out;
}

function safeAttributes(attribs: Record<string, string>): string {
  let out = '';
  for (const [name, value] of Object.entries(attribs)) {
    if (name.startsWith('on') || name === 'style' || name === 'srcdoc') continue;
    if (URL_ATTRS.has(name) && SCRIPT_URL.test(decodeHTML(value).replace(/[\s\u0000-\u001f]+/g, ''))) continue;
    out += ` ${name}="${escapeMarkup(value).replace(/"/g, '&quot;')}"`;
  }
  return out;
}

function escapeMarkup(s: string): string {
  return s.replace(BARE_AMP, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
