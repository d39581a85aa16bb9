import { sameOrganization } from '../parties/same-organization.js';
import type { ArticlePass, Draft } from './types.js';
import { joinParties } from './types.js';

/**
 * "Construction will be financed by a loan of the Export-Import Bank of China. The bank's board approved
 * the loan of 2.9 billion yuan in June.": a loan named without its sum, then the same lender's sum in the
 * next sentence of the paragraph, is one loan (FACTS.md: one fact can need two sentences).
 */
export const loanWithNextAmount: ArticlePass = {
  name: 'loan-with-next-amount',
  does: "joins a loan named without its sum with the same lender's sum in the next sentence of the paragraph",
  run(drafts, ctx) {
    const dropped = new Set<Draft>();
    for (const d of drafts) {
      if (d.fact.type !== 'financing' || d.fact.amount || d.fact.organizations.length === 0) continue;
      const next = drafts.find(
        (n) =>
          n.fact.type === 'financing' &&
          n.fact.amount &&
          n.sentence.index === d.sentence.index + 1 &&
          n.sentence.paragraph === d.sentence.paragraph &&
          n.fact.organizations.some((o) => d.fact.organizations.some((p) => sameOrganization(o, p))),
      );
      if (!next) continue;
      dropped.add(d);
      ctx.merge(d, next, `the same lender's sum follows in sentence ${next.sentence.index}`);
      joinParties(next, d, next);
      const para = ctx.body[d.sentence.paragraph];
      if (para && d.sentence.basis === 'body') next.fact.evidence = para.slice(d.sentence.start, next.sentence.start + next.sentence.text.length);
    }
    return drafts.filter((d) => !dropped.has(d));
  },
};
