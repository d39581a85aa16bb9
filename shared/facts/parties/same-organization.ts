import { organizationKey } from '../../parties/organization-key.js';
import { CYRILLIC_RE } from '../../parties/russian-inflection.js';

const ORG_SUFFIXES = new Set(['the', 'of', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'llc', 'ltd', 'limited', 'co', 'company', 'corp', 'corporation', 'inc', 'plc', 'group', 'holding', 'holdings']);

/** A comparable key for an organisation name: lower case, no punctuation or legal suffixes. */
function orgKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').split(' ').filter((w) => w && !ORG_SUFFIXES.has(w)).join(' ');
}

/**
 * "World Bank" and "World Bank (WB)" are one party: one key holds the other as whole words. A Russian name also meets
 * its other forms through the organisation key: "Азиатский банк развития" and "АБР" (ru-d kyrtag-20190923-kg-adb-budget-grant).
 */
export function sameOrganization(a: string, b: string): boolean {
  const [x, y] = [orgKey(a), orgKey(b)].sort((p, q) => p.length - q.length) as [string, string];
  if (x.length >= 3 && ` ${y} `.includes(` ${x} `)) return true;
  return (CYRILLIC_RE.test(a) || CYRILLIC_RE.test(b)) && organizationKey(a) === organizationKey(b);
}
