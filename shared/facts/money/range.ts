/** A number read with its scale and currency, where it ends: what both languages' money parsers build sums from. */
export interface ScaledCore {
  value: number;
  currency: string | null;
  end: number;
  /** The multiplier of the scale word, 1 when there was none. */
  scale: number;
}

/**
 * "$5-7 billion", «4-5 млрд долларов»: a sum and the one after its dash (or "between ... and", «от ... до») as one range,
 * its upper bound with the lower as `min`. The lower bound borrows the upper's scale and currency; null when the two
 * are no range (another currency, or the second not larger).
 */
export function joinRange(core: ScaledCore, upper: ScaledCore | null): { value: number; min: number; currency: string | null; end: number } | null {
  const { value, currency } = core;
  if (!upper || !(upper.currency ?? currency) || !(upper.currency === currency || !currency || !upper.currency)) return null;
  const lower = core.scale === 1 ? Math.round(value * upper.scale) : value;
  return upper.value > lower ? { value: upper.value, min: lower, currency: currency ?? upper.currency, end: upper.end } : null;
}
