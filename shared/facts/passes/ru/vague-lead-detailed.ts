import type { ArticlePass, Draft } from '../types.js';

// "подписан ряд ключевых документов" (ru-c dayaz-20250922-az-ae-modon-desalination), "были подписаны следующие договоры:" (ru-l
// silunews-nodate-kg-cn-chinese-investment-projects): documents announced with no count, no subject and no party of their own.
const VAGUE_LEAD_RE = /(?<!\p{L})(?:ряд|следующ\p{L}*)\s+(?:\p{L}+\s+)?(?:документ|соглашени|договор|меморандум|контракт)\p{L}*/iu;
/** How many sentences after the lead its first document may stand. */
const REACH = 3;

/**
 * A lead that announces documents without counting or naming them, then the documents themselves, signed with their parties in the
 * next sentences: the documents are the facts, and the lead tells them in advance. A lead with a count ("подписали 24 документа") stays
 * a fact of its own (counted-documents-detailed).
 */
export const vagueLeadDetailed: ArticlePass = {
  name: 'vague-lead-detailed',
  does: 'folds a lead that announces documents with no count ("подписан ряд документов", "следующие договоры:"; not a "пакет документов" its first document opens) into the first document it introduces',
  run(drafts, ctx) {
    const dropped = new Set<Draft>();
    for (const d of drafts) {
      if (d.fact.type !== 'agreement' || d.fact.amount || !VAGUE_LEAD_RE.test(d.sentence.text)) continue;
      const into = drafts.find((o) => o.fact.type === 'agreement' && o.sentence.basis === d.sentence.basis && o.sentence.index > d.sentence.index && o.sentence.index <= d.sentence.index + REACH);
      if (!into) continue;
      dropped.add(d);
      ctx.merge(d, into, `announces the documents detailed from sentence ${into.sentence.index}`);
    }
    return drafts.filter((d) => !dropped.has(d));
  },
};
