import { outletRuleFor } from '../feeds/outlets.js';
import type { Fact } from '../schemas/index.js';

/**
 * The outlet a stored fact came from: the one its article's feed names, else the outlet whose host
 * serves the source URL (feeds/outlets.ts), else the host itself. Facts stored before facts carried
 * their outlet fall back to the host.
 */
export function outletOfFact(fact: Pick<Fact, 'outlet' | 'sourceUrl'>): string | null {
  if (fact.outlet) return fact.outlet;
  try {
    const host = new URL(fact.sourceUrl).host.toLowerCase();
    return outletRuleFor(host)?.outlet ?? (host.replace(/^www\./, '') || null);
  } catch {
    return null;
  }
}
