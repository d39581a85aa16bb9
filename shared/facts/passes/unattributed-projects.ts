import { NAMED_OBJECT_RE } from '../rules/project.js';
import type { ArticlePass, Draft } from './types.js';

/**
 * "other projects, such as the China-Central Asia gas pipeline ..., are progressing well", "the successful completion of
 * the first line of the Beineu-Bozoi-Shymkent gas pipeline": an object named by its own name is no summary, whoever builds it
 * (real-d cctv-20160622-uz-cn-economic-relations, astanatimes-20240702-kz-cn-energy-roads).
 */
// A corridor is a route goods travel along ("container shipments along the Middle Corridor"), not an object built; "The
// railway" opening a sentence names none.
const namesItsObject = (d: Draft): boolean =>
  [...d.sentence.text.matchAll(NAMED_OBJECT_RE)].some((m) => !/corridor$/i.test(m[0]) && !/^(?:The|This|That|These|Its|Their|Our|An?)\s/.test(m[0]));

/**
 * A project with no builder named, in an article whose other projects name theirs ("South Korean
 * companies plan to set up production" before "Samsung Electronics has plans to open a plant"), is
 * the article's summary or background, not a project of its own.
 */
export const unattributedProjects: ArticlePass = {
  name: 'unattributed-projects',
  does: 'drops unpriced projects with no organisation and no name of their own when other projects of the article name theirs',
  run(drafts, ctx) {
    const attributed = drafts.some((d) => d.fact.type === 'project' && d.fact.organizations.length > 0);
    return drafts.filter((d) => {
      const drop = attributed && d.fact.type === 'project' && !d.fact.amount && d.fact.organizations.length === 0 && !namesItsObject(d);
      if (drop) ctx.drop(d, 'no builder named, beside projects that name theirs');
      return !drop;
    });
  },
};
