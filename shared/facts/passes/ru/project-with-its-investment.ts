import { RU_OBJECT_NOUNS } from '../../vocabulary/ru.js';
import { stems } from '../../vocabulary/words.js';
import type { ArticlePass, Draft } from '../types.js';
import { joinParties } from '../types.js';
import { spanEvidence } from './evidence.js';

// "Объем инвестиций составит до $20 миллионов", "Общий объём инвестиций составит около 5 миллионов долларов", "Инвестиции
// в этот сектор составляют $1,3 миллиарда", "Объем вложений превышает 1 миллиард сомов": the cost of what was just named.
// "Инвестиции на первом этапе составят 115 млн долларов США" (ru-zc asia24-nodate-kg-cn-sokuluk-car-plant), "Инвестиции — 37,3 млрд тенге"
// (ru-v inform-nodate-kz-qa-ru-cn-sko-projects): "investments" alone, at most at a stage, opening on their figure, are the same cost.
const ITS_INVESTMENT_RE = /^(?:\p{L}+\s+){0,2}?(?:(?:общий\s+)?объ[её]м\s+(?:инвестиций|вложений|финансирования)|инвестиции\s+в\s+(?:этот|данный|него|неё|нее|проект)|вложения\s+в\s+(?:этот|данный|него|неё|нее)|стоимость\s+(?:проекта|строительства|объекта))|^инвестиции(?:\s+на\s+(?:первом|втором|третьем|начальном|первоначальном)\s+этапе)?\s*(?:[—–-]|составя?т|составляют|составили|превыс\p{L}*|достиг\p{L}*|оценива\p{L}*)/iu;

const OBJECT_RE = new RegExp(stems(RU_OBJECT_NOUNS), 'iu');
// "подписал ... меморандумы ... о реализации двух проектов строительства ветроэлектростанций. Общий объем инвестиций составил
// 218,8 млн" (ru-h zakon-nodate-kz-cn-aktobe-memorandums): the total of several projects is an investment, not one project's cost
// (FACTS.md "Project or investment"; the English pass prices only a single object).
const PROJECTS_RE = /(?<!\p{L})(?:инвест)?проект(?:ов|ы|ам|ами|ах)(?!\p{L})/iu;

/**
 * "Текстильный комбинат Aldos Textile: стартовал первый этап строительства. Объем инвестиций составит до $20 миллионов."
 * (24.kg) and "... предложил построить логистический центр ... Общий объём инвестиций составит около 5 миллионов
 * долларов" (trend.az): a sum that opens on the investment in what the sentence before builds is that project's cost,
 * as passes/project-with-its-investment.ts does for English.
 */
export const projectWithItsInvestment: ArticlePass = {
  name: 'project-with-its-investment',
  does: 'prices the one project of the sentence before with "Объем инвестиций составит ..."',
  run(drafts, ctx) {
    const dropped = new Set<Draft>();
    for (const d of drafts) {
      if (d.fact.type !== 'investment' || !d.fact.amount || !ITS_INVESTMENT_RE.test(d.sentence.text)) continue;
      const before = drafts.filter((p) => p.sentence.index === d.sentence.index - 1 && p.fact.type === 'project' && !p.fact.amount && !dropped.has(p));
      const project = before.find((p) => !PROJECTS_RE.test(p.sentence.text));
      if (drafts.some((p) => p.sentence.index === d.sentence.index && p !== d && p.fact.amount)) continue;
      if (!project) {
        // "Текстильный комбинат Aldos Textile: стартовал первый этап строительства. Объем инвестиций составит до $20 млн": the
        // object is named just before with no rule of its own: the sum is its cost.
        const prev = ctx.body[d.sentence.paragraph] !== undefined && d.sentence.index > 0 ? drafts.find((p) => p.sentence.index === d.sentence.index - 1) : undefined;
        if (!prev && d.sentence.start > 0 && OBJECT_RE.test((ctx.body[d.sentence.paragraph] ?? '').slice(0, d.sentence.start))) {
          d.fact = { ...d.fact, type: 'project', rule: 'amount-invested-object' };
        }
        continue;
      }
      project.fact.amount = { ...d.fact.amount };
      joinParties(project, project, d);
      project.fact.evidence = spanEvidence(project, d, ctx) ?? `${project.fact.evidence} ${d.fact.evidence}`;
      dropped.add(d);
      ctx.merge(d, project, `the investment in the project of sentence ${project.sentence.index} is its cost`);
    }
    return drafts.filter((d) => !dropped.has(d));
  },
};
