/**
 * The parties of facts that are right (issue 10, point 5): F1 only asks that one gold organisation and one
 * gold country be among a fact's parties, so a fact can score while it names an outlet, a venue or a
 * neighbour as a party. This measure reads the facts the scorer would match (FACTS.md, "How a predicted
 * fact is matched") and counts the parties on them that the gold does not name.
 */

/** The fields of a fact this measure reads, predicted or gold. */
export interface PartyFact {
  type: string;
  amount?: { value: number; currency: string } | null;
  countries?: readonly string[];
  organizations?: readonly string[];
}

// Legal forms and filler dropped before two names are compared (FACTS.md lists the English ones; the Russian are their kin).
const FILLER = new Set([
  'the', 'of', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'llc', 'ltd', 'limited', 'co', 'company', 'corp', 'corporation', 'inc', 'plc', 'group',
  'holding', 'holdings', 'sa', 'ag', 'gmbh', 'jv', 'llp', 'ao', 'oao', 'pao', 'ooo',
  'ао', 'оао', 'пао', 'зао', 'ооо', 'тоо', 'гк', 'ак', 'компания', 'корпорация', 'группа', 'холдинг',
]);

/** A name as the scorer compares it: folded case and accents, no punctuation, no legal form. */
export function nameKey(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w && !FILLER.has(w)).join(' ');
}

/** Two names are one organisation when their keys are equal, or the shorter (3 letters at least) is whole words of the longer. */
export function sameName(a: string, b: string): boolean {
  const [x, y] = [nameKey(a), nameKey(b)];
  if (x === y) return x.length > 0;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 3 && ` ${long} `.includes(` ${short} `);
}

/** Whether the scorer would match `p` to `g`: type, amount within 1% in the same currency, one organisation and one country in common. */
export function matches(g: PartyFact, p: PartyFact): boolean {
  if (g.type !== p.type) return false;
  if (g.amount && !(p.amount && p.amount.currency === g.amount.currency && Math.abs(p.amount.value - g.amount.value) <= 0.01 * g.amount.value)) return false;
  const orgs = g.organizations ?? [];
  if (orgs.length > 0 && !orgs.some((o) => (p.organizations ?? []).some((q) => sameName(o, q)))) return false;
  const countries = g.countries ?? [];
  return countries.length === 0 || countries.some((c) => (p.countries ?? []).includes(c));
}

/** The largest one-to-one matching, gold facts with amounts tried first: pairs of [gold index, predicted index]. */
export function matchFacts(gold: readonly PartyFact[], predicted: readonly PartyFact[]): Array<[number, number]> {
  const owner = new Array<number>(predicted.length).fill(-1);
  const augment = (gi: number, seen: Set<number>): boolean => {
    for (let pi = 0; pi < predicted.length; pi++) {
      if (seen.has(pi) || !matches(gold[gi]!, predicted[pi]!)) continue;
      seen.add(pi);
      if (owner[pi] === -1 || augment(owner[pi]!, seen)) {
        owner[pi] = gi;
        return true;
      }
    }
    return false;
  };
  const order = gold.map((_, i) => i).sort((a, b) => Number(Boolean(gold[b]!.amount)) - Number(Boolean(gold[a]!.amount)));
  for (const gi of order) augment(gi, new Set());
  return owner.flatMap((gi, pi) => (gi === -1 ? [] : [[gi, pi] as [number, number]]));
}

export interface PartyTally {
  matched: number;
  organizations: number;
  /** Organisations on matched facts that no gold fact of the article names: an outlet, a programme, a fragment. */
  strangers: number;
  countries: number;
  /** Countries on matched facts that their gold fact does not name. */
  extraCountries: number;
  goldCountries: number;
  /** Countries of the matched gold facts that the prediction leaves out. */
  missedCountries: number;
  /** What was counted as a stranger or an extra country, for study. */
  examples: string[];
}

export const emptyTally = (): PartyTally => ({ matched: 0, organizations: 0, strangers: 0, countries: 0, extraCountries: 0, goldCountries: 0, missedCountries: 0, examples: [] });

const COUNTS = ['matched', 'organizations', 'strangers', 'countries', 'extraCountries', 'goldCountries', 'missedCountries'] as const;

/** Adds the counts of `t` to `into` (the examples stay with their set). */
export function addTally(into: PartyTally, t: PartyTally): void {
  for (const k of COUNTS) into[k] += t[k];
}

/** Adds one article's matched facts to `tally`. */
export function tallyArticle(tally: PartyTally, article: string, gold: readonly PartyFact[], predicted: readonly (PartyFact & { evidence?: string })[]): void {
  const articleOrgs = gold.flatMap((g) => g.organizations ?? []);
  for (const [gi, pi] of matchFacts(gold, predicted)) {
    const g = gold[gi]!;
    const p = predicted[pi]!;
    const where = `${article}: ${(p.evidence ?? '').replace(/\s+/g, ' ').slice(0, 100)}`;
    tally.matched++;
    for (const o of p.organizations ?? []) {
      tally.organizations++;
      if (articleOrgs.some((x) => sameName(x, o))) continue;
      tally.strangers++;
      tally.examples.push(`organisation ${o} | ${where}`);
    }
    const goldCountries = new Set(g.countries ?? []);
    tally.goldCountries += goldCountries.size;
    for (const c of p.countries ?? []) {
      tally.countries++;
      if (goldCountries.has(c)) continue;
      tally.extraCountries++;
      tally.examples.push(`country ${c} (gold ${[...goldCountries].join(',') || '-'}) | ${where}`);
    }
    for (const c of goldCountries) {
      if ((p.countries ?? []).includes(c)) continue;
      tally.missedCountries++;
      tally.examples.push(`missed country ${c} (fact ${(p.countries ?? []).join(',') || '-'}) | ${where}`);
    }
  }
}
