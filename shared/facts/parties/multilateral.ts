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
