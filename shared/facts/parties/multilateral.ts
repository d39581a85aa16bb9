import { KNOWN_ORGANIZATIONS } from '../../parties/known-organizations.js';
import { knownRuOf } from '../../parties/known-names-ru.js';

const MULTILATERAL = KNOWN_ORGANIZATIONS.filter((o) => o.multilateral);
const NAMES: readonly string[] = MULTILATERAL.flatMap((o) => o.names.map((n) => n.toLowerCase()));
const ENGLISH_ENTRIES: ReadonlySet<string> = new Set(MULTILATERAL.map((o) => o.names[0] ?? ''));

/** Whether a fact's organisation is a multilateral lender: "EBRD", "Asian Development Bank (ADB)", «Азиатский банк развития (АБР)». */
export function isMultilateral(name: string): boolean {
  const lower = name.trim().toLowerCase();
  if (NAMES.some((n) => lower === n || lower.startsWith(`${n} (`) || lower.endsWith(`(${n})`))) return true;
  const ru = knownRuOf(name.replace(/\s*\([^()]*\)\s*$/, ''));
  return ru?.en ? ENGLISH_ENTRIES.has(ru.en) : false;
}

/**
 * The countries of a multilateral lender's fact whose sentence names one country, the article's first main one: that
 * country alone. The lender has no country, and the article's other main countries belong to other sentences: the venue
 * of the lender's meeting ("its annual meeting in Cyprus", real-b devfinance-20170518), a neighbour near the site
 * (real-b pvmagazine-20170622), a road named after a neighbour's capital (real-c tengrinews-nodate-kz-ebrd-road-projects),
 * the country of an earlier paragraph (real-a 24kg-nodate-kg-adb-300m-interview). Null when the rule does not apply.
 */
export function multilateralFactCountries(own: readonly string[], main: readonly string[], organizations: readonly string[]): string[] | null {
  return own.length === 1 && own[0] === main[0] && organizations.some(isMultilateral) ? [...own] : null;
}
