import type { ArticlePass, Draft } from './types.js';
import { union } from './types.js';

// "The investment is estimated at 663 million manat": the investment of the sentence before, with nothing of its own.
// "The investment volume amounted to 1.9 billion soms", "Investments in it are estimated at 180 million yuan".
const THE_INVESTMENT_RE =
  /^(?:(?:The|This|Total) (?:total |planned |estimated |overall )?investments?(?: volume| amount| value)?|Investments? in (?:it|the (?:project|plant|factory|line|facility)))(?: (?:is|are|was|were|will be))? (?:amounts?|amounted|totals?|totall?ed|reached|estimated|is|are|was|will)\b/i;

/** How many sentences before "The investment is estimated at" the one object it prices may be named. */
const INVESTMENT_OBJECT_WITHIN = 4;

/**
 * "... a 445 MW solar power plant being built by the UAE's Noor Sahara Power. The investment is estimated at 663
 * million manat.": the investment in one object built just named is its cost (FACTS.md "Project or investment").
 */
export const projectWithItsInvestment: ArticlePass = {
  name: 'project-with-its-investment',
  does: 'prices the one unpriced project named just before "The investment is estimated at ..."',
  run(drafts, ctx) {
    const dropped = new Set<Draft>();
    for (const inv of drafts) {
      if (inv.fact.type !== 'investment' || !inv.fact.amount || !THE_INVESTMENT_RE.test(inv.sentence.text)) continue;
      // The object may be named a few sentences before ("signed a memorandum on a 120 MW wind power plant. ... The
      // investment is estimated at EUR 96 million"), when it is the only project so near.
      const objects = drafts.filter((p) => p.fact.type === 'project' && p.sentence.index < inv.sentence.index && p.sentence.index >= inv.sentence.index - INVESTMENT_OBJECT_WITHIN);
      if (objects.some((p) => p.fact.amount)) continue;
      const only = objects.length === 1 ? objects[0] : undefined;
      if (!only) continue;
      only.fact.amount = { ...inv.fact.amount };
      only.fact.organizations = union(only.fact.organizations, inv.fact.organizations);
      dropped.add(inv);
      ctx.merge(inv, only, `the investment prices the project of sentence ${only.sentence.index}`);
    }
    return drafts.filter((d) => !dropped.has(d));
  },
};
