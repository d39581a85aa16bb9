import type { ArticlePass, Draft } from '../types.js';
import { joinParties } from '../types.js';

// "По соглашению, на модернизацию ... поступит 21,2 млн. евро" (ru-d armenianreport-20200918-am-ebrd-meghri-checkpoint), "Согласно
// документу, 350 млн юаней направят на проект ..." (ru-h stanradar-20180604-kg-cn-grant-roads): the terms of the one document just named.
// An ordinal ("По первому документу", "Второй документ предусматривает") picks one of several, each its own agreement: not here.
const TERMS_OF_NAMED_RE = /^(?:По|Согласно|В\s+соответствии\s+с)\s+(?:этому\s+|данному\s+|этим\s+|данным\s+)?(?:документу|соглашению|договору|документом|соглашением|договором)(?!\p{L})/iu;
/** How many sentences back the document may be named. */
const REACH = 2;

/**
 * A sum given "по соглашению" is the money of the document named just before: it prices that agreement when it has no sum,
 * and is no second agreement when it has one (a part of it, as FACTS.md counts one document once).
 */
export const ruDocumentWithItsTerms: ArticlePass = {
  name: 'document-with-its-terms',
  does: 'gives the agreement named just before the sum of a sentence opening "По соглашению", "Согласно документу", or drops that sum\'s second agreement',
  run(drafts, ctx) {
    const dropped = new Set<Draft>();
    for (const p of drafts) {
      if (p.fact.type !== 'agreement' || !p.fact.amount || p.fact.rule !== 'amount-under-document' || !TERMS_OF_NAMED_RE.test(p.sentence.text)) continue;
      const named = drafts
        .filter((d) => d.fact.type === 'agreement' && !dropped.has(d) && d.sentence.index < p.sentence.index && d.sentence.index >= p.sentence.index - REACH)
        .at(-1);
      if (!named) continue;
      dropped.add(p);
      if (named.fact.amount) {
        ctx.drop(p, `its sum is part of the document priced in sentence ${named.sentence.index}`);
        continue;
      }
      named.fact.amount = { ...p.fact.amount };
      joinParties(named, named, p);
      ctx.merge(p, named, `sentence ${p.sentence.index} gives the terms of the document of sentence ${named.sentence.index}`);
    }
    return drafts.filter((d) => !dropped.has(d));
  },
};
