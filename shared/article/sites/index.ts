import { kg24Rule } from './24.kg/rules.js';
import { akipressRule } from './akipress.org/rules.js';
import { astanaTimesRule } from './astanatimes.com/rules.js';
import { businessTmRule } from './business.com.tm/rules.js';
import { daryoRule } from './daryo.uz/rules.js';
import { apaRule } from './en.apa.az/rules.js';
import { trendRule } from './en.trend.az/rules.js';
import { kunUzRule } from './kun.uz/rules.js';
import { kursivRule } from './kursiv.media/rules.js';
import { reportAzRule } from './report.az/rules.js';
import { timescaRule } from './timesca.com/rules.js';
import { sputnikRule } from './uz.sputniknews.ru/rules.js';
import { azernewsRule } from './www.azernews.az/rules.js';
import { gazetaUzRule } from './www.gazeta.uz/rules.js';
import { kazinformRule } from './www.inform.kz/rules.js';
import type { SiteRule } from './site-rule.js';

export type { SiteRule } from './site-rule.js';

/** Every site rule; adding an outlet = a folder with rules.ts + one line here (see README.md). */
export const SITE_RULES: readonly SiteRule[] = [
  trendRule, azernewsRule, reportAzRule, apaRule, kunUzRule, gazetaUzRule, daryoRule, kg24Rule, timescaRule,
  astanaTimesRule, businessTmRule,
  // Russian-language outlets (issue 15); kun.uz, gazeta.uz and 24.kg above serve their Russian pages too.
  kursivRule, sputnikRule, kazinformRule, akipressRule,
];

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
  let h = host.trim().toLowerCase().replace(/\.$/, '');
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
