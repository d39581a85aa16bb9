/**
 * A site rule is data (STYLE.md 1.3.5, after Postlight's custom extractors): ordered selectors per field,
 * most specific first. A plain selector reads the text; the `[selector, attribute]` form reads an attribute.
 * A selector counts only when it matches exactly one node with a non-empty value, unless the field
 * allows several (tags, body, and dates split over two nodes).
 */
export type Selector = string | readonly [selector: string, attribute: string];

/** The selectors of one field. `null` in a rule means "never try this field here": the generic path answers. */
export interface FieldRule {
  readonly selectors: readonly Selector[];
  /** Join every match (in document order) instead of requiring a single node. */
  readonly allowMultiple?: boolean;
}

/** The body: the selectors pick paragraphs or their container; `clean` removes furniture inside them first. */
export interface BodyRule {
  readonly selectors: readonly string[];
  readonly clean?: readonly string[];
}

/** Small text transforms applied to a field's raw value before it is parsed. */
export interface Transforms {
  readonly title?: (value: string) => string;
  readonly published?: (value: string) => string;
  readonly author?: (value: string) => string;
}

/** One outlet's extraction rule. */
export interface SiteRule {
  /** The host the folder is named after, e.g. 'en.trend.az'. */
  readonly host: string;
  /** Other hosts served by the same markup, e.g. 'www.trend.az'. */
  readonly supportedHosts?: readonly string[];
  /** The outlet's local offset, used when a date on the page has none (Baku '+04:00'). */
  readonly utcOffset: string;
  /**
   * The edition's language when the page does not declare one. Only for hosts that serve one edition:
   * on a host with several (kun.uz: Uzbek, Russian, English) the feed's declared language answers.
   */
  readonly language?: string;
  /**
   * False when the selectors could not be checked against the outlet's real markup (no stored copy of
   * its page and no scraper of it was found), so they are the outlet's known structure at best. Absent
   * on the first rules, whose selectors come from scrapers recorded in ../shared/SOURCES.md.
   */
  readonly verified?: boolean;
  /** Where the selectors come from and which stored page they were checked against, for the people who keep rules. */
  readonly evidence?: string;
  readonly title?: FieldRule | null;
  readonly published?: FieldRule | null;
  readonly author?: FieldRule | null;
  readonly tags?: FieldRule | null;
  readonly image?: FieldRule | null;
  readonly body?: BodyRule | null;
  /** Paragraphs dropped from this outlet's body, beyond the shared boilerplate list (e.g. its own trailers). */
  readonly dropParagraphs?: readonly RegExp[];
  readonly transforms?: Transforms;
}
