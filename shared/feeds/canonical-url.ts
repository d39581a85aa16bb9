import { CanonicalUrlError } from './errors.js';
import { outletRuleFor } from './outlets.js';

/**
 * Query parameters that only track the visit (campaign, click and referrer ids) and never select
 * content: utm_* plus the click ids of Facebook, Google, Yandex, Microsoft, Mailchimp, HubSpot, Marketo.
 */
const TRACKING_PARAM = /^(utm_[a-z0-9_]+|fbclid|gclid|gclsrc|dclid|yclid|msclkid|igshid|twclid|_ga|_gl|_hsenc|_hsmi|mc_cid|mc_eid|mkt_tok|ref|ref_src|ref_url|rss|from_rss|rss_feed)$/i;

/**
 * The canonical form of an article URL, used as its identity (the article id is a hash of it).
 * Deterministic and idempotent; the steps, in order:
 * 1. scheme `https` (http and https serve the same article), host lower-case, default port and
 *    user info dropped;
 * 2. host variants folded to one host only where outlets.ts says they serve the same site
 *    (en.trend.az, www.trend.az → en.trend.az); other hosts keep `www.`;
 * 3. fragment dropped; tracking parameters (utm_*, fbclid, gclid, yclid, _ga, ref, …) dropped;
 *    the others sorted by name (stable for repeated names); an empty query dropped;
 * 4. a trailing slash dropped from any path but `/`, so `/a/` and `/a` are one article.
 * @throws CanonicalUrlError for a string that is not an absolute http(s) URL.
 * @example canonicalUrl('http://www.trend.az/casia/uzbekistan/4213174.html?utm_source=rss#top')
 * // 'https://en.trend.az/casia/uzbekistan/4213174.html'
 */
export function canonicalUrl(url: string): string {
  const u = parseHttpUrl(url);
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  const rule = outletRuleFor(host);
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING_PARAM.test(k));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  let path = u.pathname;
  if (path.length > 1) path = path.replace(/\/+$/, '') || '/';
  // A non-default port is part of the site's address; the default one never shows (URL drops it).
  const port = u.port ? `:${u.port}` : '';
  return `https://${rule ? rule.host : host}${port}${path}${query}`;
}

/**
 * The outlet's own article number, where its URLs carry one (Trend's 7-digit id, Azernews, APA,
 * 24.kg); null for other outlets or URLs without one. Two URLs with the same outlet and id are the
 * same article whatever their section path (combine it with the outlet, as item-identity.ts does).
 * @example outletArticleId('https://www.trend.az/casia/uzbekistan/4213174.html') // '4213174'
 */
export function outletArticleId(url: string): string | null {
  let u: URL;
  try {
    u = parseHttpUrl(url);
  } catch {
    return null;
  }
  const rule = outletRuleFor(u.hostname.toLowerCase());
  const id = rule?.articleId?.exec(u.pathname)?.[1];
  return id ?? null;
}

function parseHttpUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch (cause) {
    throw new CanonicalUrlError(url, 'not an absolute URL', { cause });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new CanonicalUrlError(url, `scheme ${u.protocol} is not http(s)`);
  return u;
}
