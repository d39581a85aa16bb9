import type { ArticlePass, Draft } from '../types.js';
import { joinParties } from '../types.js';
import { spanEvidence } from './evidence.js';

/**
 * "Средства на ТЭО ... выделит Всемирный банк. Речь идет о сумме в 5 млн долларов." (t-news.tj): a lender named
 * without its sum, then the sum pointing back, is one financing fact. The sum rule types such a sum by the
 * sentence before (`amount-previous-sentence-*`); this pass joins the two.
 */
export const lenderWithNextSum: ArticlePass = {
  name: 'lender-with-next-sum',
  does: 'joins an unpriced loan or grant with the sum of the next sentence that points back to it',
  run(drafts, ctx) {
    const dropped = new Set<Draft>();
    for (const d of drafts) {
      if (d.fact.type !== 'financing' || d.fact.amount) continue;
      // The next sentence's sum points back to the lender ("Речь идет о сумме ..."), or names no lender of its own
      // ("Две кредитные линии ... одобрены советом директоров ЕБРР ... два кредита в сумме составят $110 млн": asia-plus).
      const next = drafts.find(
        (n) => n.fact.type === 'financing' && n.fact.amount && n.sentence.index === d.sentence.index + 1 && (n.fact.rule?.startsWith('amount-previous-sentence') || !n.sentence.orgs.some((o) => o.ifi)),
      );
      if (!next) continue;
      joinParties(next, d, next);
      next.fact.status = d.fact.status ?? next.fact.status;
      next.fact.evidence = spanEvidence(d, next, ctx) ?? next.fact.evidence;
      dropped.add(d);
      ctx.merge(d, next, `its sum is stated in sentence ${next.sentence.index}`);
    }
    return drafts.filter((d) => !dropped.has(d));
  },
};
