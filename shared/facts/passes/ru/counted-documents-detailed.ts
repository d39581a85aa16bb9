import { RU_DOCUMENT_NOUNS, RU_DOCUMENT_WORD } from '../../vocabulary/ru.js';
import { stems } from '../../vocabulary/words.js';
import type { ArticlePass, Draft, PassContext } from '../types.js';

// "Среди них — меморандум ...", "Среди ключевых результатов — меморандумы, которые ...", "В их числе", "В частности": the
// sentence after a count of documents goes through them one by one.
const DETAILS_RE = /^\s*(?:Среди\s+(?:них|которых|ключевых|основных|подписанных|прочих)|В\s+их\s+числе|В\s+том\s+числе|В\s+частности|К\s+(?:крупнейшим|основным|ключевым)\s+из\s+них|Первый\s+(?:из\s+них|документ))(?!\p{L})/iu;
// "были подписаны четыре документа о сотрудничестве: межправительственное соглашение ..., а также три кредитных соглашения ...":
// a colon after the count lists them in the same sentence.
const DOCUMENT_RE = new RegExp(stems([...RU_DOCUMENT_NOUNS, RU_DOCUMENT_WORD]), 'iu');
const LISTED_AFTER_COLON_RE = /(?<!\p{L})(?:два|две|три|четыре|пять|[2-5])\s+(?:\p{L}+\s+){0,3}?(?:документ|соглашени|меморандум|контракт|договор)\p{L}*(?:\s+[\p{L}-]+){0,4}\s*:/iu;

/**
 * Whether what follows `d`'s sentence lists documents: the rest of its paragraph, or the next paragraph when the rest names no
 * document ("... три соглашения. Об этом сообщает Arabian Business." and then "Среди них — ...").
 */
function detailedAfter(d: Draft, ctx: PassContext): boolean {
  if (d.sentence.basis !== 'body') return false;
  const rest = ctx.body[d.sentence.paragraph]?.slice(d.sentence.start + d.sentence.text.length) ?? '';
  if (DETAILS_RE.test(rest)) return true;
  return !DOCUMENT_RE.test(rest) && DETAILS_RE.test(ctx.body[d.sentence.paragraph + 1] ?? '');
}

/** The listing sentence gave agreements of its own: the count's copies would count its documents twice. */
const listedAgreements = (d: Draft, drafts: readonly Draft[]): boolean =>
  drafts.some((o) => o.fact.type === 'agreement' && o.sentence.index > d.sentence.index && o.sentence.index <= d.sentence.index + 2 && DETAILS_RE.test(o.sentence.text));

/**
 * A count of documents with no sum makes as many agreements (rules/ru/agreement.ts); when the article then lists the documents
 * ("заключил ... три соглашения. Среди них — меморандум ... и соглашение ...", ru-h muslimuz-nodate-uz-ae-adfd-samarkand;
 * "подписали четыре меморандума. Среди ключевых результатов — меморандумы, которые ...", ru-h zakon-nodate-kz-cn-aktobe-memorandums;
 * "подписаны четыре документа о сотрудничестве: ...", ru-d fergana-nodate-tj-cn-exim-loan-agreements), the listed ones are the
 * facts and the count is one, as FACTS.md counts a list of documents between the same parties with no sums of their own.
 */
export const countedDocumentsDetailed: ArticlePass = {
  name: 'counted-documents-detailed',
  does: 'keeps one agreement of a count of documents the article then lists one by one',
  run(drafts, ctx) {
    const dropped = new Set<Draft>();
    for (const d of drafts) {
      if (d.fact.type !== 'agreement' || d.fact.amount || dropped.has(d)) continue;
      const copies = drafts.filter((o) => o !== d && o.sentence.index === d.sentence.index && o.fact.type === 'agreement' && !o.fact.amount && o.fact.rule === d.fact.rule);
      if (copies.length === 0) continue;
      if (!LISTED_AFTER_COLON_RE.test(d.sentence.text) && !(detailedAfter(d, ctx) && listedAgreements(d, drafts))) continue;
      for (const o of copies) {
        dropped.add(o);
        ctx.merge(o, d, 'its documents are listed one by one, so the count is one fact');
      }
    }
    return drafts.filter((d) => !dropped.has(d));
  },
};
