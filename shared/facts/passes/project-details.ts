import { LISTED_OBJECT_RULE, SPENT_ON_RULE, objectNouns } from '../rules/project.js';
import type { ArticlePass, Draft } from './types.js';
import { joinParties } from './types.js';

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

/**
 * "... an offer to help build a nuclear power plant in Kazakhstan. Abe said Japan was ready to offer expertise for building
 * the nuclear power plant that Kazakhstan plans", "building a dry cargo LPG terminal ... gave permission for the terminal in
 * Kulevi to be launched" (real-a eurasianet-nodate-kz-jp-abe-investment-nuclear, trend-20080314-az-ge-socar-energy-georgia):
 * an object named again with "the" and common words is the unpriced project named before it. A named object ("the
 * Baku-Tbilisi-Kars Railway", "Kum Dagh-Incheh Boroun Road") may be another.
 */
function firstMention(d: Draft, kept: readonly Draft[]): Draft | undefined {
  // The words between "the" and the noun modify it: no preposition or possessive ("the company's participation in road works").
  const nouns = objectNouns(d.sentence.text).filter((n) => new RegExp(`\\b[Tt]he (?:(?!(?:in|of|for|to|and|on|with|at|by|from|into)\\b)[a-z][\\w-]* ){0,4}?${n}`).test(d.sentence.text));
  if (nouns.length === 0) return undefined;
  // The earlier object in lower case: "Kazakh Railways will build a terminal" names a company, not a railway.
  return kept.find((p) => p.sentence.index < d.sentence.index && p.fact.rule !== LISTED_OBJECT_RULE && nouns.some((n) => new RegExp(`\\b${n}`).test(p.sentence.text)));
}

/** Why an unpriced project is a detail of a priced one, or null when it is not. */
function detailOf(d: Draft, p: Draft, pricedNouns: ReadonlyMap<string, Draft | null>): string | null {
  if (p.sentence.paragraph === d.sentence.paragraph) return 'in the paragraph of';
  // "The cost of the project is estimated at $6 billion" prices the project of the sentence before.
  if (p.sentence.index === d.sentence.index + 1 && /\b(?:the|this) project\b/i.test(p.sentence.text)) return 'priced by "the project" of';
  // "... a joint venture with an investment of $45 million. The plant, set up by X and Y, will produce ...":
  // a sentence that opens on the object just priced goes on describing it, even in a new paragraph.
  if (p.sentence.index === d.sentence.index - 1 && DEFINITE_OBJECT_RE.test(d.sentence.text)) return 'opens on the object just priced in';
  if (d.fact.organizations.length > 0 && d.fact.organizations.some((o) => p.fact.organizations.includes(o))) return 'shares a party with';
  // "the Termez - Kabul - Peshawar railway project", "once the railway is launched": "the" and the object noun of
  // the article's one priced project of that kind point to it, unless the mention names parties of its own.
  // A priced project that names no party takes them from the mention: "Iran will put $500 million into building a
  // cement plant. He said the plant will be built by Iran's Lian Kavan Kaniha Company" (real-d
  // asiaplus-20110209-tj-ir-cement-plant; real-a turan-nodate-az-tr-tanap-agreement-signing, "the TANAP pipeline").
  if ((d.fact.organizations.length === 0 || p.fact.organizations.length === 0) && definiteMention(d.sentence.text).some((n) => pricedNouns.get(n) === p)) {
    return 'names with "the" the object of';
  }
  return null;
}

/** A paragraph about one priced project describes it in several sentences: those are not projects of their own. */
export const projectDetails: ArticlePass = {
  name: 'project-details',
  does: 'folds unpriced sentences that describe a priced project into it (same paragraph, "the plant", a shared party), and "the plant" named again into the unpriced plant named before',
  run(drafts, ctx) {
    const priced = drafts.filter((d) => d.fact.type === 'project' && d.fact.amount);
    // Each object noun of a priced project's sentence, mapped to that project when no other priced project shares it.
    const pricedNouns = new Map<string, Draft | null>();
    for (const p of priced) for (const n of new Set(objectNouns(p.sentence.text))) pricedNouns.set(n, pricedNouns.has(n) ? null : p);
    // A sentence that lists several projects ("a wind farm by Masdar, a hub by AD Ports and ...") restates at most
    // one of them in a priced sentence ("Masdar's project alone is estimated at $1.4 billion"): the others stay.
    const absorbedFrom = new Set<number>();
    const perSentence = new Map<number, number>();
    for (const d of drafts) if (d.fact.rule === LISTED_OBJECT_RULE) perSentence.set(d.sentence.index, (perSentence.get(d.sentence.index) ?? 0) + 1);
    const kept: Draft[] = [];
    return drafts.filter((d) => {
      if (d.fact.type !== 'project' || d.fact.amount) return true;
      if ((perSentence.get(d.sentence.index) ?? 0) > 1 && absorbedFrom.has(d.sentence.index)) return true;
      // "It also plans to build a second plant": another object of the same builder is a project of its own.
      if (ANOTHER_OBJECT_RE.test(d.sentence.text)) return true;
      let owner: Draft | undefined;
      let why: string | null = null;
      // "The cost of the program is $21.6 million ... The extra funds will go toward rehabilitating 50 kilometers of pipeline":
      // what a loan is spent on, in an article that prices a project, is that project's works (real-b arka-20111130-am-ibrd-irrigation-loan).
      if (d.fact.rule === SPENT_ON_RULE && priced.length > 0) {
        owner = priced.filter((p) => p.sentence.index < d.sentence.index).at(-1) ?? priced[0];
        why = 'the works a loan is spent on, in an article that prices';
      }
      for (const p of owner ? [] : priced) {
        why = detailOf(d, p, pricedNouns);
        if (why !== null) {
          owner = p;
          break;
        }
      }
      if (!owner) {
        const first = d.fact.rule === LISTED_OBJECT_RULE ? undefined : firstMention(d, kept);
        if (!first) {
          kept.push(d);
          return true;
        }
        ctx.merge(d, first, `names with "the" the object of the unpriced project of sentence ${first.sentence.index}`);
        return false;
      }
      absorbedFrom.add(d.sentence.index);
      ctx.merge(d, owner, `a detail: ${why} the priced project of sentence ${owner.sentence.index}`);
      // The detail's parties are the priced project's parties too.
      joinParties(owner, owner, d);
      return false;
    });
  },
};
