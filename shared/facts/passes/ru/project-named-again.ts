import type { ArticlePass, Draft } from '../types.js';
import { joinParties } from '../types.js';

/**
 * A sentence about "the project" or "the object" with no name of its own, in its first words: "Возведением объекта займется совместная
 * таджикско-китайская компания «ТОДЖЧИН»" after the priced cement plant (ru-a avesta-20131002-tj-cn-cement-plant), "Проект входит в общую
 * реконструкцию автодорожного транспортного коридора ..." after the works a grant pays for (ru-h asiaplus-nodate-tj-adb-road-grant).
 * A name («...», a capital) or a plural ("проекты", "объектов") is another object.
 */
// Case-sensitive, so that a capital after the noun is a name: "проект Север-Юг".
const NAMED_AGAIN_RE = /^(?:[\p{L}-]+\s+)?(?:(?:[Ээ]т|[Дд]анн|[Нн]ов)\p{L}*\s+)?(?:[Пп]роект|[Оо]бъект)(?:а|у|ом|е)?(?!\p{L})(?!\s+\p{Lu})(?!\s*[«"“])/u;
/** How many sentences back the project named again may stand. */
const REACH = 2;

/** "the object" named again is the project just before: one fact, which takes the builder the later sentence names. */
export const projectNamedAgain: ArticlePass = {
  name: 'project-named-again',
  does: 'folds an unpriced project whose sentence opens on "the project" or "the object" into the project of the sentence or two before',
  run(drafts, ctx) {
    const kept: Draft[] = [];
    for (const d of drafts) {
      const into = d.fact.type === 'project' && !d.fact.amount && NAMED_AGAIN_RE.test(d.sentence.text)
        ? kept.filter((p) => p.fact.type === 'project' && p.sentence.basis === d.sentence.basis && p.sentence.index < d.sentence.index && d.sentence.index - p.sentence.index <= REACH).at(-1)
        : undefined;
      if (!into) {
        kept.push(d);
        continue;
      }
      joinParties(into, into, d);
      ctx.merge(d, into, `names again the project of sentence ${into.sentence.index}`);
    }
    return kept;
  },
};
