import type { ArticlePass } from '../types.js';
import { joinParties } from '../types.js';

// A document of lending or giving: «Соглашение о дополнительном финансировании проекта», «Финансовое соглашение о реализации
// проекта», «кредитное соглашение», «соглашение о предоставлении гранта».
const LOAN_AGREEMENT_RE =
  /(?<!\p{L})(?:кредитн|грантов|заемн|заёмн|финансов)\p{L}* (?:соглашени|договор)|(?<!\p{L})(?:соглашени|договор)\p{L}* о (?:[\p{L}-]+ ){0,2}?(?:финансировани|софинансировани|кредит|займ|за[её]м|грант)/iu;

/**
 * "Соглашение о дополнительном финансировании проекта ... заключили правительство Грузии и Всемирный банк. Грузия получит от
 * банка 20 млн. долларов." (ru-h bizzone-20081117-ge-wb-highway-loan), "Евросоюз выделяет Узбекистану 21,5 млн евро на проект
 * ... Финансовое соглашение о реализации проекта ... подписали 17 июля" (ru-zc ozodlik-nodate-uz-eu-horticulture-grant): a
 * loan or grant agreement with no sum of its own, next to a sentence with one financing sum, is that sum's agreement, as
 * passes/price-loan-agreements.ts does for English. The sentence before first; the one after when none before. Removes nothing.
 */
export const ruPriceLoanAgreements: ArticlePass = {
  name: 'price-loan-agreements',
  does: 'gives an unpriced loan or grant agreement the one financing sum of the sentence before (with none before, of the sentence after)',
  run(drafts) {
    for (const d of drafts) {
      if (d.fact.type !== 'agreement' || d.fact.amount || !LOAN_AGREEMENT_RE.test(d.sentence.text)) continue;
      const sumsAt = (index: number) => drafts.filter((f) => f.fact.type === 'financing' && f.fact.amount && f.sentence.index === index);
      const before = sumsAt(d.sentence.index - 1);
      const after = sumsAt(d.sentence.index + 1);
      const only = before.length === 1 ? before[0] : before.length === 0 && after.length === 1 ? after[0] : undefined;
      if (!only?.fact.amount) continue;
      d.fact.amount = { ...only.fact.amount };
      joinParties(d, d, only);
    }
    return drafts;
  },
};
