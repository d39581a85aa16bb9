import type { ArticlePass, Draft } from '../types.js';
import { joinParties } from '../types.js';
import { spanEvidence } from './evidence.js';

// "Соглашение об этом подписали 24 мая", "Меморандум об этом в Брюсселе подписали ...": the document of the sum just stated.
// "Соответствующее соглашение было подписано ..." (ru-g oilcapital-20090625-tm-cn-cdb-turkmengaz-loan; rossaprimavera.ru/news/89d49e15
// "Соответствующее соглашение заключили министр финансов и ... Всемирного банка"): the document that goes with it.
const ABOUT_THIS_RE = /(?<!\p{L})(?:об этом|по этому поводу|о нем|о нём|на эту сумму|соответствующ(?:ее|ий|ая|ие|его|ему)\s+(?:соглашени|договор|меморандум|документ|контракт)\p{L}*)(?!\p{L})/iu;

// "предоставит Армении грант в размере €15 млн. Соглашение о финансировании ... было подписано 14 мая" (ru-h regnum-20140514-am-eu-kfw-eib-water),
// "предоставило Киргизии безвозмездную помощь в размере 450 млн юаней. Выделение средств предусмотрено соглашением ..." (ru-h
// stanradar-20180604-kg-cn-grant-roads): a document about the loan or grant of the one financing sum just stated, as price-loan-agreements in English.
const FINANCING_DOCUMENT_RE = /(?<!\p{L})(?:(?:кредитн|грантов|заемн|заёмн)\p{L}* (?:соглашени|договор)|(?:соглашени|договор)\p{L}* о (?:дополнительном |совместном )?(?:финансировани|софинансировани|предоставлении (?:\p{L}+ ){0,2}?(?:кредит|грант|займ|помощ))|(?:выделение|предоставление) (?:этих )?(?:средств|денег|помощи|гранта|кредита) предусмотрен)/iu;

/**
 * "Китай передаст Узбекистану помощь на 250 млн юаней. Соглашение об этом подписали 24 мая." and "Около 1,5 млрд евро
 * получит Казахстан от ЕИБ. Меморандум об этом подписали ...": a document that points back to the sum of the sentence
 * before is priced by it (real: fergana.news 126260, vesti.kz 67085).
 */
export const agreementAboutPreviousSum: ArticlePass = {
  name: 'agreement-about-previous-sum',
  does: 'prices an unpriced document that says "об этом", or a loan or grant document, with the sum of the sentence before',
  run(drafts, ctx) {
    for (const d of drafts) {
      if (d.fact.type !== 'agreement' || d.fact.amount) continue;
      const before = drafts.filter((p) => p.sentence.index === d.sentence.index - 1 && p.fact.amount);
      const loans = before.filter((p) => p.fact.type === 'financing');
      const sum: Draft | undefined = ABOUT_THIS_RE.test(d.sentence.text)
        ? before.find((p) => p.fact.type !== 'agreement' && p.fact.type !== 'trade')
        : FINANCING_DOCUMENT_RE.test(d.sentence.text) && loans.length === 1 ? loans[0] : undefined;
      if (!sum?.fact.amount || before.some((p) => p.fact.type === 'agreement')) continue;
      d.fact.amount = { ...sum.fact.amount };
      joinParties(d, d, sum);
      d.fact.evidence = spanEvidence(sum, d, ctx) ?? d.fact.evidence;
    }
    return drafts;
  },
};
