/** "Full Name (ABBR)": the pair an article prints once before using either form alone. */
const PAIRED = /^(.+?)\s*\(([^()]+)\)$/;

/**
 * One entry per organisation: a name that stands inside a "Full Name (ABBR)" entry of the same fact
 * ("KazMunayGas" or "KMG" beside "KazMunayGas (KMG)") is the same party, and case variants are one.
 * The paired form is kept because it carries both names an analyst may search for.
 */
export function dedupeOrganizations(names: readonly string[]): string[] {
  const fold = (s: string) => s.trim().toLowerCase();
  const covered = new Set<string>();
  for (const name of names) {
    const m = PAIRED.exec(name.trim());
    if (m) for (const part of [m[1]!, m[2]!]) covered.add(fold(part));
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const key = fold(name);
    if (seen.has(key) || (covered.has(key) && !PAIRED.test(name.trim()))) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}
