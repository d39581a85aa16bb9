const ORG_SUFFIXES = new Set(['the', 'of', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'llc', 'ltd', 'limited', 'co', 'company', 'corp', 'corporation', 'inc', 'plc', 'group', 'holding', 'holdings']);

/** A comparable key for an organisation name: lower case, no punctuation or legal suffixes. */
function orgKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').split(' ').filter((w) => w && !ORG_SUFFIXES.has(w)).join(' ');
}

/** "World Bank" and "World Bank (WB)" are one party: one key holds the other as whole words. */
export function sameOrganization(a: string, b: string): boolean {
  const [x, y] = [orgKey(a), orgKey(b)].sort((p, q) => p.length - q.length) as [string, string];
  return x.length >= 3 && ` ${y} `.includes(` ${x} `);
}
