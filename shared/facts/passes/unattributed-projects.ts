import type { ArticlePass } from './types.js';

/**
 * A project with no builder named, in an article whose other projects name theirs ("South Korean
 * companies plan to set up production" before "Samsung Electronics has plans to open a plant"), is
 * the article's summary or background, not a project of its own.
 */
export const unattributedProjects: ArticlePass = {
  name: 'unattributed-projects',
  does: 'drops unpriced projects with no organisation when other projects of the article name theirs',
  run(drafts, ctx) {
    const attributed = drafts.some((d) => d.fact.type === 'project' && d.fact.organizations.length > 0);
    return drafts.filter((d) => {
      const drop = attributed && d.fact.type === 'project' && !d.fact.amount && d.fact.organizations.length === 0;
      if (drop) ctx.drop(d, 'no builder named, beside projects that name theirs');
      return !drop;
    });
  },
};
