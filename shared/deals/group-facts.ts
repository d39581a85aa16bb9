import { amountInUsd } from '../facts/money/usd.js';
import type { Deal, Fact } from '../schemas/index.js';
import { groupMembers } from './group-deals.js';
import { memberOf, type Member } from './member.js';
import { summarizeDeal } from './summarize-deal.js';

/** How grouping learns a fact's outlet: the stored article's, or none (then the source URL's host). */
export type OutletOf = (fact: Fact) => string | null;

/** The fact's stored dollar figure, else one worked out at its publication month (facts stored before amountUsd). */
export const memberOfFact = (fact: Fact, outletOf: OutletOf): Member =>
  memberOf(fact, { outlet: outletOf(fact), amountUsd: fact.amountUsd ?? amountInUsd(fact.amount, fact.published) });

/** The deals a set of facts reports: pure, and the same for the same facts in any order. */
export function groupFacts(facts: readonly Fact[], outletOf: OutletOf, updatedAt: string): Deal[] {
  return groupMembers(facts.map((f) => memberOfFact(f, outletOf))).map((g) => summarizeDeal(g, updatedAt));
}
