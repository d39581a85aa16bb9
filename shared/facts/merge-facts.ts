import type { ExtractedFact } from '../schemas/fact.js';
import { FINANCED_OBJECT_RULE, LISTED_OBJECT_RULE, objectNouns } from './rules/project.js';
import type { SentenceInfo } from './rules/types.js';
import { dropRestatedAgreements, mergeAgreementWithNextAmount, mergeDocumentWithItsTerms } from './merge-documents.js';
import { mergeLoanWithNextAmount, priceLoanAgreements } from './merge-loans.js';
import { sameOrganization } from './parties/same-organization.js';

/** A fact with the sentence it came from, while the article's facts are merged. */
export interface Draft {
  fact: ExtractedFact;
  sentence: SentenceInfo;
}

// "It also plans to build ...", "The company is also developing ...": a second object of the same builder.
// "Under a contract signed in 2017, the company built a plant ...": an object built at a time of its own is another, earlier one;
// "Besides, the parties discussed building a storage facility" turns to another object.
const ANOTHER_OBJECT_RE =
  /\b(?:a (?:second|third|further)|another|an additional|also (?:plans|intends|wants|is going) to (?:build|construct|open|set up|launch)|(?:is|are) also (?:building|developing|constructing|setting up)|also (?:builds|develops|constructs))\b|\b(?:earlier|previously|in (?:19|20)\d\d)\b[^.]*\b(?:built|constructed|commissioned|launched|opened)\b|^(?:Besides|In addition|Additionally),? (?:the (?:parties|sides) )?(?:also )?discussed\b|^(?:Besides|In addition|Additionally), the (?:parties|sides)\b/i;
const DEFINITE_OBJECT_RE = /^(?:The|This|That|Its) (?:new |future |joint )?(?:plant|factory|project|enterprise|facility|complex|venture|terminal|station|mill|farm|park)\b/;

/** Object nouns a sentence refers to with "the": "the railway", "the Termez - Kabul railway project". */
function definiteMention(text: string): string[] {
  return objectNouns(text).filter((n) => new RegExp(`\\bthe (?:[\\w'’–-]+ ){0,8}?${n}`, 'i').test(text));
}

/** A paragraph about one priced project describes it in several sentences: those are not projects of their own. */
function absorbProjectDetails(drafts: Draft[]): Draft[] {
  const priced = drafts.filter((d) => d.fact.type === 'project' && d.fact.amount);
  // Each object noun of a priced project's sentence, mapped to that project when no other priced project shares it.
  const pricedNouns = new Map<string, Draft | null>();
  for (const p of priced) for (const n of new Set(objectNouns(p.sentence.text))) pricedNouns.set(n, pricedNouns.has(n) ? null : p);
  // A sentence that lists several projects ("a wind farm by Masdar, a hub by AD Ports and ...") restates at most
  // one of them in a priced sentence ("Masdar's project alone is estimated at $1.4 billion"): the others stay.
  const absorbedFrom = new Set<number>();
  const perSentence = new Map<number, number>();
  for (const d of drafts) if (d.fact.rule === LISTED_OBJECT_RULE) perSentence.set(d.sentence.index, (perSentence.get(d.sentence.index) ?? 0) + 1);
  return drafts.filter((d) => {
    if (d.fact.type !== 'project' || d.fact.amount) return true;
    if ((perSentence.get(d.sentence.index) ?? 0) > 1 && absorbedFrom.has(d.sentence.index)) return true;
    // "It also plans to build a second plant": another object of the same builder is a project of its own.
    if (ANOTHER_OBJECT_RE.test(d.sentence.text)) return true;
    const owner = priced.find(
      (p) =>
        p.sentence.paragraph === d.sentence.paragraph ||
        // "The cost of the project is estimated at $6 billion" prices the project of the sentence before.
        (p.sentence.index === d.sentence.index + 1 && /\b(?:the|this) project\b/i.test(p.sentence.text)) ||
        // "... a joint venture with an investment of $45 million. The plant, set up by X and Y, will produce ...":
        // a sentence that opens on the object just priced goes on describing it, even in a new paragraph.
        (p.sentence.index === d.sentence.index - 1 && DEFINITE_OBJECT_RE.test(d.sentence.text)) ||
        (d.fact.organizations.length > 0 && d.fact.organizations.some((o) => p.fact.organizations.includes(o))) ||
        // "the Termez - Kabul - Peshawar railway project", "once the railway is launched": "the" and the object noun of
        // the article's one priced project of that kind point to it, unless the mention names parties of its own.
        (d.fact.organizations.length === 0 && definiteMention(d.sentence.text).some((n) => pricedNouns.get(n) === p)),
    );
    if (!owner) return true;
    absorbedFrom.add(d.sentence.index);
    // The detail's parties are the priced project's parties too.
    owner.fact.countries = [...new Set([...owner.fact.countries, ...d.fact.countries])];
    owner.fact.organizations = [...new Set([...owner.fact.organizations, ...d.fact.organizations])];
    return false;
  });
}

// "The investment is estimated at 663 million manat": the investment of the sentence before, with nothing of its own.
// "The investment volume amounted to 1.9 billion soms", "Investments in it are estimated at 180 million yuan".
const THE_INVESTMENT_RE =
  /^(?:(?:The|This|Total) (?:total |planned |estimated |overall )?investments?(?: volume| amount| value)?|Investments? in (?:it|the (?:project|plant|factory|line|facility)))(?: (?:is|are|was|were|will be))? (?:amounts?|amounted|totals?|totall?ed|reached|estimated|is|are|was|will)\b/i;

/**
 * "... a 445 MW solar power plant being built by the UAE's Noor Sahara Power. The investment is estimated at 663
 * million manat.": the investment in one object built just named is its cost (FACTS.md "Project or investment").
 */
/** How many sentences before "The investment is estimated at" the one object it prices may be named. */
const INVESTMENT_OBJECT_WITHIN = 4;

function priceProjectWithItsInvestment(drafts: Draft[]): Draft[] {
  const dropped = new Set<Draft>();
  for (const inv of drafts) {
    if (inv.fact.type !== 'investment' || !inv.fact.amount || !THE_INVESTMENT_RE.test(inv.sentence.text)) continue;
    // The object may be named a few sentences before ("signed a memorandum on a 120 MW wind power plant. ... The
    // investment is estimated at EUR 96 million"), when it is the only project so near.
    const objects = drafts.filter((p) => p.fact.type === 'project' && p.sentence.index < inv.sentence.index && p.sentence.index >= inv.sentence.index - INVESTMENT_OBJECT_WITHIN);
    if (objects.some((p) => p.fact.amount)) continue;
    const only = objects.length === 1 ? objects[0] : undefined;
    if (!only) continue;
    only.fact.amount = { ...inv.fact.amount };
    only.fact.organizations = [...new Set([...only.fact.organizations, ...inv.fact.organizations])];
    dropped.add(inv);
  }
  return drafts.filter((d) => !dropped.has(d));
}

/** Object nouns that name the same works: a loan "to rehabilitate the highway" and "47 km of road will be widened". */
const OBJECT_FAMILY: Readonly<Record<string, string>> = {
  highway: 'road', motorway: 'road', corridor: 'road', bridge: 'road', tunnel: 'road',
  railroad: 'railway', line: 'grid', substation: 'grid', network: 'grid',
  factory: 'plant', facility: 'plant', station: 'plant', complex: 'plant', enterprise: 'plant', production: 'plant',
};
const family = (noun: string): string => OBJECT_FAMILY[noun] ?? noun;

/** True when two sentences name the same kind of object ("road", "plant"), or either names none it can tell. */
function sharesObject(a: string, b: string): boolean {
  const x = objectNouns(a).map(family);
  const y = new Set(objectNouns(b).map(family));
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
function dropRestatedPurposes(drafts: Draft[]): Draft[] {
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
        // A road loan is not restated by a hydropower plant described after it: the works share an object noun.
        sharesObject(p.sentence.text, d.sentence.text),
    );
    if (restated.length === 0) continue;
    const bare = restated.filter((p) => !p.fact.amount && p.fact.organizations.length === 0);
    if (bare.length === restated.length && d.fact.organizations.length > 0) bare.forEach((p) => dropped.add(p));
    else dropped.add(d);
  }
  return drafts.filter((d) => !dropped.has(d));
}

/**
 * A project with no builder named, in an article whose other projects name theirs ("South Korean
 * companies plan to set up production" before "Samsung Electronics has plans to open a plant"), is
 * the article's summary or background, not a project of its own.
 */
function dropUnattributedProjects(drafts: Draft[]): Draft[] {
  const attributed = drafts.some((d) => d.fact.type === 'project' && d.fact.organizations.length > 0);
  return drafts.filter((d) => !(attributed && d.fact.type === 'project' && !d.fact.amount && d.fact.organizations.length === 0));
}

/** The same sum restated ("Bilateral trade amounted to $6 billion last year" twice) is one fact. */
function dedupe(drafts: Draft[]): Draft[] {
  const kept: Draft[] = [];
  for (const d of drafts) {
    const twin = kept.find((k) => {
      if (k.fact.type !== d.fact.type) return false;
      if (!k.fact.amount || !d.fact.amount) return !k.fact.amount && !d.fact.amount && k.fact.evidence === d.fact.evidence && k.sentence.index !== d.sentence.index;
      const sameSum = k.fact.amount.value === d.fact.amount.value && k.fact.amount.currency === d.fact.amount.currency;
      const a = k.fact.organizations;
      const b = d.fact.organizations;
      return sameSum && (a.length === 0 || b.length === 0 || a.some((o) => b.some((p) => sameOrganization(o, p))));
    });
    if (!twin) kept.push(d);
  }
  return kept;
}

/**
 * The article-level passes, in order: a document or a loan joined with its sum in the next sentence, a
 * loan agreement priced by the sum before it, a loan's purpose dropped where the works are described, a priced project absorbing its details, restated agreements
 * dropped, builder-less summary projects dropped, restated sums counted once.
 */
export function mergeFacts(drafts: Draft[], body: readonly string[]): Draft[] {
  const merged = priceProjectWithItsInvestment(priceLoanAgreements(mergeLoanWithNextAmount(mergeDocumentWithItsTerms(mergeAgreementWithNextAmount(drafts, body)), body)));
  return dedupe(dropUnattributedProjects(dropRestatedAgreements(absorbProjectDetails(dropRestatedPurposes(merged)))));
}
