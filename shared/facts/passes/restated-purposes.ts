import { FINANCED_OBJECT_RULE, objectNouns, spendsLoanNamedBefore } from '../rules/project.js';
import type { ArticlePass, Draft } from './types.js';

/** Object nouns that name the same works: a loan "to rehabilitate the highway" and "47 km of road will be widened". */
const OBJECT_FAMILY: Readonly<Record<string, string>> = {
  highway: 'road', motorway: 'road', corridor: 'road', bridge: 'road', tunnel: 'road',
  railroad: 'railway', line: 'grid', substation: 'grid', network: 'grid',
  factory: 'plant', facility: 'plant', station: 'plant', complex: 'plant', enterprise: 'plant', production: 'plant',
};
const family = (noun: string): string => OBJECT_FAMILY[noun] ?? noun;

/** The kinds of object a sentence names ("road", "plant"), in one language. */
export type ObjectKinds = (text: string) => string[];
const englishKinds: ObjectKinds = (text) => objectNouns(text).map(family);

/** True when two sentences name the same kind of object, or either names none it can tell. */
function sharesObject(kinds: ObjectKinds, a: string, b: string): boolean {
  const x = kinds(a);
  const y = new Set(kinds(b));
  return x.length === 0 || y.size === 0 || x.some((n) => y.has(n));
}

/** How many sentences after a loan's purpose the article may describe the same works. */
const PURPOSE_RESTATED_WITHIN = 5;

/**
 * "ADB approved $80 million to rehabilitate the highway. ... Under the project, 47 km of road will be
 * widened": the object a loan pays for is one project; where sentences of their own describe the works
 * (just after it, or before it in its paragraph), it is counted once. The description wins when it has a
 * cost or a party; a bare mention with neither ("met the builders of the Rogun HPP") gives way to the
 * loan's purpose, which names the lenders.
 */
export const restatedPurposesOf = (kinds: ObjectKinds): ArticlePass => ({
  name: 'restated-purposes',
  does: "counts once the object a loan pays for and the sentences that describe the same works",
  run(drafts, ctx) {
    const dropped = new Set<Draft>();
    for (const d of drafts) {
      if (d.fact.rule !== FINANCED_OBJECT_RULE) continue;
      const i = d.sentence.index;
      const restated = drafts.filter(
        (p) =>
          p !== d &&
          p.fact.type === 'project' &&
          p.fact.rule !== FINANCED_OBJECT_RULE &&
          ((p.sentence.index > i && p.sentence.index <= i + PURPOSE_RESTATED_WITHIN) || (p.sentence.index < i && p.sentence.paragraph === d.sentence.paragraph)) &&
          // A road loan is not restated by a hydropower plant described after it: the works share an object noun. "The funds will be
          // used to reconstruct 146 kilometers of canals" after a loan "for the modernization of irrigation infrastructure" points
          // back to that loan with its own words.
          (spendsLoanNamedBefore(p.sentence.text) || sharesObject(kinds, p.sentence.text, d.sentence.text)),
      );
      if (restated.length === 0) continue;
      const bare = restated.filter((p) => !p.fact.amount && p.fact.organizations.length === 0);
      if (bare.length === restated.length && d.fact.organizations.length > 0) {
        for (const p of bare) if (!dropped.has(p)) ctx.merge(p, d, `a bare mention of the works the loan of sentence ${i} pays for`);
        bare.forEach((p) => dropped.add(p));
      } else if (!dropped.has(d)) {
        const by = restated.find((p) => !dropped.has(p)) ?? restated[0]!;
        ctx.merge(d, by, `the works are described in sentence ${by.sentence.index}`);
        dropped.add(d);
      }
    }
    return drafts.filter((d) => !dropped.has(d));
  },
});

export const restatedPurposes = restatedPurposesOf(englishKinds);
