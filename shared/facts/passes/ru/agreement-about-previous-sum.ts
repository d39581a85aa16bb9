import type { ArticlePass, Draft } from '../types.js';
import { union } from '../types.js';
import { spanEvidence } from './evidence.js';

// "Соглашение об этом подписали 24 мая", "Меморандум об этом в Брюсселе подписали ...": the document of the sum just stated.
// "Соответствующее соглашение было подписано ..." (ru-g oilcapital-20090625-tm-cn-cdb-turkmengaz-loan; rossaprimavera.ru/news/89d49e15
// "Соответствующее соглашение заключили министр финансов и ... Всемирного банка"): the document that goes with it.
const ABOUT_THIS_RE = /(?<!\p{L})(?:об этом|по этому поводу|о нем|о нём|на эту сумму|соответствующ(?:ее|ий|ая|ие|его|ему)\s+(?:соглашени|договор|меморандум|документ|контракт)\p{L}*)(?!\p{L})/iu;

/**
 * "Китай передаст Узбекистану помощь на 250 млн юаней. Соглашение об этом подписали 24 мая." and "Около 1,5 млрд евро
 * получит Казахстан от ЕИБ. Меморандум об этом подписали ...": a document that points back to the sum of the sentence
 * before is priced by it (real: fergana.news 126260, vesti.kz 67085).
 */
export const agreementAboutPreviousSum: ArticlePass = {
  name: 'agreement-about-previous-sum',
  does: 'prices an unpriced document that says "об этом" with the sum of the sentence before',
  run(drafts, ctx) {
    for (const d of drafts) {
      if (d.fact.type !== 'agreement' || d.fact.amount || !ABOUT_THIS_RE.test(d.sentence.text)) continue;
      const before = drafts.filter((p) => p.sentence.index === d.sentence.index - 1 && p.fact.amount);
      const sum: Draft | undefined = before.find((p) => p.fact.type !== 'agreement' && p.fact.type !== 'trade');
      if (!sum?.fact.amount || before.some((p) => p.fact.type === 'agreement')) continue;
      d.fact.amount = { ...sum.fact.amount };
      d.fact.countries = union(d.fact.countries, sum.fact.countries);
      d.fact.organizations = union(d.fact.organizations, sum.fact.organizations);
      d.fact.evidence = spanEvidence(sum, d, ctx) ?? d.fact.evidence;
    }
    return drafts;
  },
};
