import { GROUPING } from './grouping-rules.js';
import { countriesConflict, lendersConflict, linkBetween, olderYears, sumsConflict, type Link } from './links.js';
import type { Member } from './member.js';

/**
 * Whether two groups may become one deal. A link is judged on two facts; joining groups must also hold
 * for every pair across them: no article reports two facts of one type in one deal (two loans in one
 * article are two loans), no two sums of one type disagree, no two facts name conflicting countries or lenders,
 * or one only years long before the other was published (an undated report of a 2015 agreement does not join
 * a 2022 one through a third report that names no year),
 * and the reports span no more than a follow-up's weeks. This stops a fact without a sum from chaining
 * two different deals of the same parties into one.
 */
function mayJoin(x: readonly Member[], y: readonly Member[]): boolean {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const m of [...x, ...y]) if (m.day !== null) { first = Math.min(first, m.day); last = Math.max(last, m.day); }
  const tradeOnly = [...x, ...y].every((m) => m.fact.type === 'trade');
  if (last - first > (tradeOnly ? GROUPING.tradeWindowDays : GROUPING.dealSpanDays)) return false;
  for (const a of x) {
    for (const b of y) {
      if (a.fact.articleId === b.fact.articleId && a.fact.type === b.fact.type) return false;
      if (a.fact.type === b.fact.type && sumsConflict(a, b)) return false;
      if (countriesConflict(a, b) || lendersConflict(a, b) || olderYears(a, b)) return false;
    }
  }
  return true;
}

/** Every link among the members, strongest first; ties broken by fact ids, so no input order shows through. */
export function linksAmong(members: readonly Member[]): Link[] {
  const sorted = [...members].sort((p, q) => p.fact.id.localeCompare(q.fact.id));
  const links: Link[] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) {
      const link = linkBetween(sorted[i]!, sorted[j]!);
      if (link) links.push(link);
    }
  return links.sort((p, q) => q.score - p.score || p.a.fact.id.localeCompare(q.a.fact.id) || p.b.fact.id.localeCompare(q.b.fact.id));
}

/**
 * Groups facts into deals: links joined strongest first, each join kept only when the two groups may
 * join (mayJoin). The result depends on the set of facts alone, never on their order: the same articles
 * in any order give the same deals. Each group is returned sorted by fact id, groups by their first id.
 */
export function groupMembers(members: readonly Member[]): Member[][] {
  const unique = [...new Map(members.map((m) => [m.fact.id, m])).values()];
  const groupOf = new Map<string, Member[]>(unique.map((m) => [m.fact.id, [m]]));
  for (const link of linksAmong(unique)) {
    const x = groupOf.get(link.a.fact.id)!;
    const y = groupOf.get(link.b.fact.id)!;
    if (x === y || !mayJoin(x, y)) continue;
    const joined = [...x, ...y];
    for (const m of joined) groupOf.set(m.fact.id, joined);
  }
  const groups = [...new Set(groupOf.values())].map((g) => [...g].sort((p, q) => p.fact.id.localeCompare(q.fact.id)));
  return groups.sort((p, q) => p[0]!.fact.id.localeCompare(q[0]!.fact.id));
}
