import { RU_OBJECT_NOUNS } from '../../vocabulary/ru.js';
import type { ArticlePass, Draft } from '../types.js';
import { joinParties } from '../types.js';

const OBJECT_ALL_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${RU_OBJECT_NOUNS.join('|')})`, 'giu');
/** How many sentences apart a detail may stand from its priced project. */
const REACH = 3;

/** The object nouns a sentence names, as their stems: "завод", "фабрик". */
const objectsOf = (text: string): Set<string> => new Set([...text.matchAll(OBJECT_ALL_RE)].map((m) => (m[1] ?? '').toLowerCase()));

/**
 * "... завод построило совместное предприятие «Elektrogas». «В строительство завода вложено 2 млн манатов ...»"
 * (massa.az): an unpriced sentence about the object a nearby priced project names is a detail of that project.
 */
export const ruProjectDetails: ArticlePass = {
  name: 'project-details',
  does: 'folds an unpriced project into a priced one a few sentences away that names the same object',
  run(drafts, ctx) {
    const priced = drafts.filter((d) => d.fact.type === 'project' && d.fact.amount);
    const kept: Draft[] = [];
    for (const d of drafts) {
      if (d.fact.type !== 'project' || d.fact.amount) {
        kept.push(d);
        continue;
      }
      const mine = objectsOf(d.sentence.text);
      const into = priced.find(
        (p) =>
          (Math.abs(p.sentence.index - d.sentence.index) <= REACH && p.sentence.index !== d.sentence.index && [...objectsOf(p.sentence.text)].some((o) => mine.has(o))) ||
          // "Китайская компания построит завод. Стоимость всего проекта оценивается в 200 млн долларов.": the cost of "the
          // project" in the next sentence is the cost of the object just named (as passes/project-with-its-investment.ts).
          (p.sentence.index === d.sentence.index + 1 && p.fact.rule === 'amount-project-cost' && !p.sentence.orgs.length),
      );
      if (!into) {
        kept.push(d);
        continue;
      }
      joinParties(into, into, d);
      ctx.merge(d, into, `describes the object priced in sentence ${into.sentence.index}`);
    }
    return kept;
  },
};
