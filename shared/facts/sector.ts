/** Sector keywords, as data: the first sector whose words appear in the evidence is the fact's sector. */
const SECTORS: ReadonlyArray<readonly [string, RegExp]> = [
  ['energy', /\b(?:energy|power|electricity|solar|wind|hydro\w*|HPP|SPP|TPP|thermal|nuclear|grid|gas-turbine|renewable)\b/i],
  ['oil and gas', /\b(?:oil|gas|petroleum|LNG|pipeline|refinery|petrochemical\w*)\b/i],
  ['mining', /\b(?:mining|mine|copper|gold|uranium|deposits?|ore|geological)\b/i],
  ['transport', /\b(?:roads?|highway|railway|rail|transport|logistics|corridor|airport|port|bridge|transit|warehouses?)\b/i],
  ['agriculture', /\b(?:agricultur\w+|farm\w*|grain|corn|cotton|wheat|food|vegetable|fruit|livestock|onion)\b/i],
  ['pharmaceuticals', /\b(?:pharma\w*|medicines?|biopharm\w*|medical|drugs?)\b/i],
  ['manufacturing', /\b(?:manufactur\w+|production|assembly|plant|factory|industrial|textile|chemical|appliances|components)\b/i],
  ['digital', /\b(?:digital|IT|software|electronic\w*|telecom\w*|online|technolog\w+)\b/i],
  ['construction', /\b(?:construction|housing|buildings?|cement|infrastructure)\b/i],
  ['finance', /\b(?:bank\w*|financ\w+|credit|insurance)\b/i],
  ['trade', /\b(?:trade|exports?|imports?|turnover)\b/i],
];

/** The sector a sentence is about, or null. */
export function sectorOf(text: string): string | null {
  for (const [sector, re] of SECTORS) if (re.test(text)) return sector;
  return null;
}
