import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';

/**
 * A tolerant, namespace-aware XML tree for feeds.
 *
 * Why not a strict XML parser: real feeds carry HTML named entities (`&hellip;`, `&nbsp;`) that XML
 * rejects, bare `&` in titles and URLs, and get cut off mid-document by proxies. htmlparser2 in XML
 * mode never throws, closes what is left open at the end and hands us entities undecoded, so we
 * decode them ourselves with the HTML entity table (unknown names such as `&foo;` stay as written,
 * which is what feedparser does too).
 */

/** An element of the tree. Text children are decoded strings. */
export interface XmlElement {
  /** The name as written, e.g. `content:encoded`. */
  readonly name: string;
  /** Local name, lower case: `encoded`. */
  readonly local: string;
  /** Namespace URI the prefix resolves to, or '' for none. */
  readonly ns: string;
  /** Attributes as written (names keep their case), values decoded. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** The parsed document: its root element, or null when the text holds no element at all. */
export interface XmlDocument {
  root: XmlElement | null;
}

interface MutableElement extends XmlElement {
  children: XmlNode[];
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * Deepest element nesting accepted. Real feeds nest under 30 (XHTML content included); the HTML
 * parsers of browsers stop at 512 too. Deeper is a hostile or broken document, refused at once
 * rather than walked (every reader of the tree recurses).
 */
export const MAX_XML_DEPTH = 512;

/** The document nests deeper than MAX_XML_DEPTH: refused, with where it happened. */
export class XmlTooDeepError extends Error {
  override readonly name = 'XmlTooDeepError';
}

/**
 * Feeds took their named entities from the HTML 4 / XHTML 1.0 DTDs, where `&lang;` and `&rang;` are
 * U+2329 and U+232A; HTML5, whose table `entities` carries, moved those two names to U+27E8/U+27E9.
 */
const XHTML1_ONLY: Readonly<Record<string, string>> = { lang: '\u2329', rang: '\u232a' };

function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  const xhtml1 = raw.includes('ang;') ? raw.replace(/&(lang|rang);/g, (_, name: string) => XHTML1_ONLY[name] ?? `&${name};`) : raw;
  return decodeHTML(xhtml1);
}

/**
 * The namespace declarations in scope, one stack of URIs per prefix: a lookup reads the top of one
 * stack, so resolving is constant-time whatever the depth (walking every enclosing scope made a
 * document nested n deep cost n² lookups).
 */
class NamespaceScopes {
  private readonly bindings = new Map<string, string[]>([['xml', [XML_NS]]]);
  /** Prefixes each open element declared, to undo at its end. */
  private readonly declared: string[][] = [];

  open(declarations: ReadonlyArray<[string, string]>): void {
    for (const [prefix, uri] of declarations) {
      const stack = this.bindings.get(prefix);
      if (stack) stack.push(uri);
      else this.bindings.set(prefix, [uri]);
    }
    this.declared.push(declarations.map(([prefix]) => prefix));
  }

  close(): void {
    for (const prefix of this.declared.pop() ?? []) this.bindings.get(prefix)?.pop();
  }

  /** The URI a prefix resolves to, or undefined when it was never declared. */
  lookup(prefix: string): string | undefined {
    return this.bindings.get(prefix)?.at(-1);
  }
}

/**
 * Parses `text` into a tree without ever throwing for malformed input.
 * CDATA sections are kept verbatim; other text and attribute values are entity-decoded.
 * @throws XmlTooDeepError for a document nested deeper than MAX_XML_DEPTH, as soon as it gets there.
 */
export function parseXmlTree(text: string): XmlDocument {
  const docChildren: XmlNode[] = [];
  const stack: MutableElement[] = [];
  const scopes = new NamespaceScopes();
  let inCdata = false;
  let tooDeep: XmlTooDeepError | null = null;

  const append = (node: XmlNode) => {
    const parent = stack[stack.length - 1];
    (parent ? parent.children : docChildren).push(node);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (tooDeep) return;
        if (stack.length >= MAX_XML_DEPTH) {
          tooDeep = new XmlTooDeepError(`elements nested deeper than ${MAX_XML_DEPTH} levels (at <${name.slice(0, 40)}> inside ${stack.slice(0, 3).map((e) => `<${e.name}>`).join('')}…)`);
          parser.pause();
          return;
        }
        const declarations: Array<[string, string]> = [];
        const attrs: Record<string, string> = {};
        for (const [key, raw] of Object.entries(attribs)) {
          const value = decodeEntities(raw);
          attrs[key] = value;
          if (key === 'xmlns') declarations.push(['', value.trim()]);
          else if (key.startsWith('xmlns:')) declarations.push([key.slice(6), value.trim()]);
        }
        scopes.open(declarations);
        const colon = name.indexOf(':');
        const prefix = colon > 0 ? name.slice(0, colon) : '';
        const element: MutableElement = {
          name,
          local: (colon > 0 ? name.slice(colon + 1) : name).toLowerCase(),
          ns: scopes.lookup(prefix) ?? (prefix ? `prefix:${prefix.toLowerCase()}` : ''),
          attrs,
          children: [],
        };
        append(element);
        stack.push(element);
      },
      onclosetag() {
        if (tooDeep) return;
        stack.pop();
        scopes.close();
      },
      ontext(data) {
        if (tooDeep) return;
        append(inCdata ? data : decodeEntities(data));
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
    },
    { xmlMode: true, decodeEntities: false, recognizeCDATA: true, recognizeSelfClosing: true },
  );
  parser.write(stripLeadingJunk(text));
  if (tooDeep) throw tooDeep;
  parser.end();
  if (tooDeep) throw tooDeep;
  const root = docChildren.find((n): n is XmlElement => typeof n !== 'string') ?? null;
  return { root };
}

/**
 * Drops a BOM, whitespace and any bytes before the first tag (PHP notices, stray newlines before
 * the prolog are common on WordPress feeds), so the parser starts at markup.
 */
export function stripLeadingJunk(text: string): string {
  const start = text.indexOf('<');
  return start > 0 ? text.slice(start) : text.replace(/^\uFEFF/, '');
}

/** Child elements of `el`, optionally only those whose local name is one of `locals`. */
export function childElements(el: XmlElement, ...locals: string[]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (typeof c !== 'string' && (locals.length === 0 || locals.includes(c.local))) out.push(c);
  }
  return out;
}

/** All text below `el`, markup dropped, as the document holds it (not trimmed). */
export function textOf(el: XmlElement): string {
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : textOf(c);
  return out;
}

/** Attribute by name, case-insensitive (feeds write `HREF`, `Rel`...). */
export function attr(el: XmlElement, name: string): string | undefined {
  const direct = el.attrs[name];
  if (direct !== undefined) return direct;
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(el.attrs)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

const VOID_HTML = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'wbr']);

/** Serialises the children of `el` back to markup (inline XHTML content, `type="xhtml"`). */
export function innerXml(el: XmlElement): string {
  return el.children.map(serialise).join('');
}

function serialise(node: XmlNode): string {
  if (typeof node === 'string') return escapeText(node);
  const name = node.name.includes(':') ? node.local : node.name;
  const attrs = Object.entries(node.attrs)
    .filter(([k]) => k !== 'xmlns' && !k.startsWith('xmlns:'))
    .map(([k, v]) => ` ${k}="${escapeText(v).replace(/"/g, '&quot;')}"`)
    .join('');
  if (node.children.length === 0 && VOID_HTML.has(node.local)) return `<${name}${attrs} />`;
  return `<${name}${attrs}>${innerXml(node)}</${name}>`;
}

/** Escapes text for markup. */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
