import { RU_DOCUMENT_NOUNS, RU_DOCUMENT_WORD, RU_LISTING_OPENERS } from '../../vocabulary/ru.js';
import { stems } from '../../vocabulary/words.js';
import type { ArticlePass, Draft, PassContext } from '../types.js';

// "Среди них — меморандум ...", "Среди ключевых результатов — меморандумы, которые ...": the sentence after a count goes
// through its documents one by one.
const DETAILS_RE = new RegExp(`^\\s*(?:${RU_LISTING_OPENERS.join('|')})(?!\\p{L})`, 'iu');
const DOCUMENT_RE = new RegExp(stems([...RU_DOCUMENT_NOUNS, RU_DOCUMENT_WORD]), 'iu');
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

/** The unpriced agreements of each sentence, by sentence index: one pass over the drafts. */
function unpricedBySentence(drafts: readonly Draft[]): Map<number, Draft[]> {
  const out = new Map<number, Draft[]>();
  for (const d of drafts) if (d.fact.type === 'agreement' && !d.fact.amount) out.set(d.sentence.index, [...(out.get(d.sentence.index) ?? []), d]);
  return out;
}

/** The listing sentence (one of the next two) gave agreements of its own: the count's copies would count its documents twice. */
const listedAgreements = (d: Draft, agreements: readonly Draft[]): boolean =>
  agreements.some((o) => o.sentence.index > d.sentence.index && o.sentence.index <= d.sentence.index + 2 && DETAILS_RE.test(o.sentence.text));

/**
 * A count of documents with no sum makes as many agreements (rules/ru/agreement.ts); when the article then lists the documents
 * ("заключил ... три соглашения. Среди них — меморандум ... и соглашение ...", ru-h muslimuz-nodate-uz-ae-adfd-samarkand;
 * "подписали четыре меморандума. Среди ключевых результатов — меморандумы, которые ...", ru-h zakon-nodate-kz-cn-aktobe-memorandums), the listed ones are the
 * facts and the count is one, as FACTS.md counts a list of documents between the same parties with no sums of their own.
 */
export const countedDocumentsDetailed: ArticlePass = {
  name: 'counted-documents-detailed',
  does: 'keeps one agreement of a count of documents the article then lists one by one',
  run(drafts, ctx) {
    const dropped = new Set<Draft>();
    const agreements = drafts.filter((o) => o.fact.type === 'agreement');
    for (const group of unpricedBySentence(drafts).values()) {
      const d = group[0];
      const copies = group.slice(1).filter((o) => o.fact.rule === d?.fact.rule);
      if (!d || copies.length === 0 || !detailedAfter(d, ctx) || !listedAgreements(d, agreements)) continue;
      for (const o of copies) {
        dropped.add(o);
        ctx.merge(o, d, 'its documents are listed one by one, so the count is one fact');
      }
    }
    return drafts.filter((d) => !dropped.has(d));
  },
};
