import type { Element } from 'domhandler';

// Class/id hint lists. The idea and most tokens come from Mozilla Readability's REGEXPS (Apache-2.0),
// rewritten and extended for the regional outlets we read (Trend's "most-read", "print-branding",
// Kun.uz "news-list", WordPress "wp-block-related", "subscribe" boxes).

/** A node whose class/id says it is page furniture; removed in the strict pass unless MAYBE_CANDIDATE also matches. */
export const UNLIKELY_CANDIDATE =
  /-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|most-read|newsletter|print-branding|subscribe|cookie/i;

/** Words that rescue a node from UNLIKELY_CANDIDATE ("main-header" wrappers around the whole story). */
export const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;

/** Class/id words that raise a node's weight by CLASS_WEIGHT. */
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|news-inner|detail/i;

/** Class/id words that lower a node's weight by CLASS_WEIGHT. */
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|latest|popular|most-read|recommend|subscribe|newsletter/i;

/** Readability's weight per matching hint; kept so scores stay comparable with its published thresholds. */
export const CLASS_WEIGHT = 25;

/** Roles that mark page furniture, whatever the class says. */
export const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo']);

/** +CLASS_WEIGHT per positive hint and -CLASS_WEIGHT per negative hint, class and id scored separately. */
export function classWeight(el: Element): number {
  let weight = 0;
  for (const value of [el.attribs['class'], el.attribs['id']]) {
    if (!value) continue;
    if (NEGATIVE.test(value)) weight -= CLASS_WEIGHT;
    if (POSITIVE.test(value)) weight += CLASS_WEIGHT;
  }
  return weight;
}

/** Starting score of a candidate by its tag: containers of prose up, lists and headings down (Readability's table). */
export function tagWeight(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

/** True when the element is hidden from readers (hidden attribute, aria-hidden, inline display:none). */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a['hidden'] !== undefined || a['aria-hidden'] === 'true') return true;
  const style = a['style'];
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
