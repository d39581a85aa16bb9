import { astanaTimesRule } from './astanatimes.com/rules.js';
import { trendRule } from './en.trend.az/rules.js';
import { kunUzRule } from './kun.uz/rules.js';
import type { SiteRule } from './site-rule.js';

export type { SiteRule } from './site-rule.js';

/** Every site rule; adding an outlet = a folder with rules.ts + one line here. */
export const SITE_RULES: readonly SiteRule[] = [trendRule, kunUzRule, astanaTimesRule];

const BY_HOST = new Map<string, SiteRule>();
for (const rule of SITE_RULES) {
  for (const host of [rule.host, ...(rule.supportedHosts ?? [])]) BY_HOST.set(host, rule);
}

/**
 * Finds the rule for a host: the exact host, then the base domain (the host without its first
 * labels, down to two labels: 'en.kun.uz' → 'kun.uz'), else null (the generic extractor).
 * @param host a host name such as 'www.trend.az'; case and a trailing dot are ignored
 */
export function findSiteRule(host: string | null | undefined): SiteRule | null {
  if (!host) return null;
  let h = host.toLowerCase().replace(/\.$/, '');
  const exact = BY_HOST.get(h);
  if (exact) return exact;
  while (h.split('.').length > 2) {
    h = h.slice(h.indexOf('.') + 1);
    const rule = BY_HOST.get(h);
    if (rule) return rule;
  }
  return null;
}

/** The rule for a page URL (by its host), or null. Never throws on a malformed URL. */
export function findSiteRuleForUrl(url: string): SiteRule | null {
  try {
    return findSiteRule(new URL(url).hostname);
  } catch {
    return null;
  }
}
