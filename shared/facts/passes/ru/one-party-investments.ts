import type { ArticlePass } from '../types.js';

// "с участием иностранных инвесторов", "прямые иностранные инвестиции", "зарубежных компаний": money from abroad names its other side.
const FOREIGN_RE = /(?<!\p{L})(?:иностранн|зарубежн|внешн\p{L}* инвест|из-за рубежа|из других стран)\p{L}*/iu;

/**
 * "В этом году намечено ввести 180 проектов стоимостью 1,3 трлн тенге", "сданы 43 проекта на сумму 158 млрд тенге" (ru-f
 * kgnews-nodate-kz-180-projects), "Реализуется 26 инвестиционных проектов на общую сумму 12,7 млрд тенге" (golos-naroda.kz 2022, an
 * akim's report), "Ведется реализация 13 крупных инвестпроектов на сумму 337 млрд тенге" (zakon.kz 6487745): an investment with one country, no organisation and no word of foreign money is a country's own
 * spending, no cooperation (FACTS.md "Scope"). None of the 34 investment facts of the studied Russian sets is of that shape;
 * the English ones that are all say "foreign" (real-a jjtv, kazinform).
 */
export const ruOnePartyInvestments: ArticlePass = {
  name: 'one-party-investments',
  does: 'drops an investment with one country, no organisation and no word of foreign money: a country\'s own spending',
  run(drafts, ctx) {
    return drafts.filter((d) => {
      const f = d.fact;
      const alone = f.type === 'investment' && f.countries.length < 2 && f.organizations.length === 0 && !FOREIGN_RE.test(f.evidence);
      if (alone) ctx.drop(d, 'an investment with no second party: one country\'s own spending');
      return !alone;
    });
  },
};
