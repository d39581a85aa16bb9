import { RU_DOCUMENT_NOUNS } from '../../vocabulary/ru.js';
import { stems } from '../../vocabulary/words.js';
import type { ArticlePass, Draft } from '../types.js';
import { joinParties, union } from '../types.js';

// "Документ подписали в пятницу", "документы заключены между ...": "документ" with no document noun points back.
const DOCUMENT_WORD_RE = /(?<!\p{L})документ\p{L}*/iu;
const DOCUMENT_NOUN_RE = new RegExp(stems(RU_DOCUMENT_NOUNS), 'giu');
// "Трехсторонней договоренности удалось достичь": the understanding the document just named records.
const UNDERSTANDING_RE = /(?<!\p{L})договор[её]нност/iu;
// "по ранее заключенным соглашениям": an earlier document, not the one just named.
const EARLIER_RE = /(?<!\p{L})(?:ранее|прежде|в прошлом|уже)(?!\p{L})/iu;
/** How many sentences after a document its restatement may come. */
const REACH = 2;
// A sentence that only says when or by whom "the document" was signed, its noun bare of any subject or value: "Документ подписали в
// ходе визита ..." (ru-d vestikavkaza-nodate-ge-tr-energy-memorandum, the lead before the memorandum is named), "Договор подписали на полях
// конференции ..." (ru-q centralasianews-nodate-uz-ae-masdar-uchkuduk-wind, five sentences after it). Thirteen such sentences of the studied
// Russian sets give no document of their own: it is the article's document, however far, before or after.
export const BARE_SIGNING_RE =
  /^(?:Этот |Данный |Сам )?(?:Документ|Документы|Договор|Договоры|Соглашение|Соглашения|Меморандум|Меморандумы|Контракт|Протокол)\s+(?:был\s+|были\s+)?(?:подписа|заключ|скрепил|подписи)/u;

/** The document nouns of a sentence, by their first five letters ("меморандум", "соглашени"). */
const nounsOf = (text: string): Set<string> => new Set([...text.matchAll(DOCUMENT_NOUN_RE)].map((m) => m[0].toLowerCase().slice(0, 5)));

function restates(d: Draft, k: Draft): boolean {
  if (k.fact.type !== 'agreement' || k.sentence.index >= d.sentence.index || d.sentence.index - k.sentence.index > REACH) return false;
  const mine = nounsOf(d.sentence.text);
  const newParty = d.fact.organizations.some((o) => !k.fact.organizations.includes(o));
  if (mine.size === 0 && DOCUMENT_WORD_RE.test(d.sentence.text)) return true;
  if (UNDERSTANDING_RE.test(d.sentence.text) && !newParty) return true;
  // The same kind of document with the same parties, named again in the next sentence or two.
  const sameNoun = [...nounsOf(k.sentence.text)].some((n) => mine.has(n));
  const shared = d.fact.organizations.some((o) => k.fact.organizations.includes(o));
  // Between governments no organisation is named: "Правительства Туркменистана и Азербайджана подписали Меморандум ... Меморандум
  // подписали министры ..." (ru-n casian-20210121-tm-az-dostluk-memorandum); the same countries then stand for the same parties.
  const sameStates = d.fact.organizations.length === 0 && k.fact.organizations.length === 0 && d.fact.countries.every((c) => k.fact.countries.includes(c));
  return sameNoun && (shared || sameStates);
}

/**
 * "Госконцерн и Министерство заключили Меморандум. Документ подписали в пятницу ..." (business.com.tm),
 * "Соглашение об этом подписали 24 мая. Документ скрепили подписями ..." (fergana.news), "подписано 19 меморандумов ...
 * документы заключены между акиматом и инвесторами ..." (zakon.kz): the document told again is one fact, with the
 * parties of both sentences.
 */
export const restatedDocuments: ArticlePass = {
  name: 'restated-documents',
  does: 'folds "Документ подписали ...", a "договоренность" reached, or the same document named again just after a document into it; a bare "Документ подписали ..." into the article\'s document before or after it',
  run(drafts, ctx) {
    const kept: Draft[] = [];
    for (const d of drafts) {
      const unpriced = d.fact.type === 'agreement' && !d.fact.amount;
      const bare = unpriced && BARE_SIGNING_RE.test(d.sentence.text.trim());
      const into = unpriced && !EARLIER_RE.test(d.sentence.text)
        ? ([...kept].reverse().find((k) => restates(d, k) || (bare && k.fact.type === 'agreement'))
          ?? (bare ? drafts.find((k) => k.fact.type === 'agreement' && k.sentence.index > d.sentence.index) : undefined))
        : undefined;
      if (!into) {
        kept.push(d);
        continue;
      }
      // Where a bare signing took place is no party: "на полях конференции ..., которая проходит в Баку" keeps the document's countries.
      if (bare) into.fact.organizations = union(into.fact.organizations, d.fact.organizations);
      else joinParties(into, into, d);
      ctx.merge(d, into, `tells again the document of sentence ${into.sentence.index}`);
    }
    return kept;
  },
};
