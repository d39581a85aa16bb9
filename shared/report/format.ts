import type { Amount } from '../schemas/index.js';

const SCALES: Array<[number, string]> = [[1e12, 'tn'], [1e9, 'bn'], [1e6, 'mn'], [1e3, 'k']];
const QUALIFIER: Record<Amount['qualifier'], string> = { over: 'over ', under: 'under ', about: 'about ', 'up to': 'up to ', exact: '' };

/** "1.46 bn": three significant figures at most, which is what a table of deals needs to rank them. */
export function shortNumber(v: number): string {
  const [div, unit] = SCALES.find(([d]) => v >= d) ?? [1, ''];
  return `${Number((v / div).toPrecision(3))}${unit ? ` ${unit}` : ''}`;
}

export const usd = (v: number): string => `$${shortNumber(v)}`;

/** The amount as the article states it: "about EUR 74 mn". */
export function statedAmount(a: Amount): string {
  return `${QUALIFIER[a.qualifier]}${a.currency} ${shortNumber(a.value)}`;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "Kazakhstan" for KZ (Node's ICU data); the code itself when ICU does not know it. */
export function countryName(code: string): string {
  try {
    const name = regionNames.of(code);
    return name && name !== 'Unknown Region' ? name : code;
  } catch {
    return code;
  }
}

/** The calendar day of an ISO time as written (its own offset: the outlet's local day). */
export const dayOf = (iso: string): string => iso.slice(0, 10);
