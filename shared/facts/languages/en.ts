import { articleContext, type ArticleContext } from '../article-context.js';
import { bareAmounts } from '../money/bare-amounts.js';
import { findAmounts } from '../money/parse-amount.js';
import { findOrganizations } from '../parties/organizations.js';
import { partyCountries } from '../parties/party-mentions.js';
import { ARTICLE_PASSES } from '../passes/index.js';
import type { AmountNote } from '../rules/amount-facts.js';
import { SENTENCE_RULES, type SentenceEnv } from '../rules/registry.js';
import type { SentenceInfo } from '../rules/types.js';
import { resolveDrafts } from '../resolve-facts.js';
import type { LanguageKit } from './kit.js';

/** How many sentences back "the company" or "the sides" may point. */
const CONTEXT_SENTENCES = 3;
/** How far back "the company" may reach for the company an article is about, past its description of a plant. */
const POINTS_BACK_SENTENCES = 8;

/** Words that list the parts of a total: the parts' objects are not priced by it (FACTS.md "Totals and parts"). */
const PARTS_LISTED_RE = /\b(?:including|among them|among which|of which)\b/i;

/** A ministry or state agency building at home is one party's own programme, not a joint project. */
const isPartyOrg = (o: { rule: string }): boolean => o.rule !== 'org-ministry';

/** Words that name a party or undertaking introduced before: "Under the project, ...", "the company will". */
const POINTS_BACK_RE = /\b(?:the|this|that|its) (?:project|programme|program|company|bank|fund|contractor|investor|lender)\b|^It (?!is |was |will be )|\bthe (?:two )?(?:parties|sides)\b/i;

function hasParty(s: SentenceInfo, all: readonly SentenceInfo[], ctx: ArticleContext): boolean {
  if (s.orgs.some(isPartyOrg) || s.countries.some((c) => c !== ctx.home)) return true;
  // The company a paragraph is about may be named a few sentences earlier ("the company's plans"); a
  // sentence that names the project or company again may start a new paragraph ("Under the project, ...").
  const pointsBack = POINTS_BACK_RE.test(s.text);
  return all
    .slice(Math.max(0, s.index - (pointsBack ? POINTS_BACK_SENTENCES : CONTEXT_SENTENCES)), s.index)
    .some((p) => (pointsBack || p.paragraph === s.paragraph || p.index === s.index - 1) && p.orgs.some(isPartyOrg));
}

/** What the sentence rules may read about one sentence (see SentenceEnv). */
export function sentenceEnv(s: SentenceInfo, all: readonly SentenceInfo[], ctx: ArticleContext, note?: AmountNote): SentenceEnv {
  const prev = s.index > 0 ? (all[s.index - 1] ?? null) : null;
  // "Investments in it are estimated at ..." after "The company also plans to build a second line": a sentence that
  // points back reaches as far as "the company" does.
  const reach = POINTS_BACK_RE.test(s.text) || (prev !== null && POINTS_BACK_RE.test(prev.text) && /\b(?:in|of|for) it\b/i.test(s.text)) ? POINTS_BACK_SENTENCES : CONTEXT_SENTENCES;
  const near = all.slice(Math.max(0, s.index - reach), s.index + 1);
  let party: boolean | undefined;
  return {
    s, all, ctx, prev, note,
    // Development-bank money is financing: the bank named in the sentence, or "the bank" / "the fund" pointing back to one.
    ifi: s.orgs.some((o) => o.ifi) || (/\bthe (?:bank|fund)\b/i.test(s.text) && near.some((n) => n.orgs.some((o) => o.ifi))),
    partyNearby: near.some((n) => n.orgs.length > 0 || n.countries.length > 0),
    earlier: all.slice(Math.max(0, s.index - CONTEXT_SENTENCES), Math.max(0, s.index - 1)).reverse(),
    hasParty: () => (party ??= hasParty(s, all, ctx)),
    sums: [],
    listsParts: PARTS_LISTED_RE.test(s.text),
  };
}

/** English, the project's first language: vocabulary/en.ts, rules/registry.ts, passes/index.ts. */
export const ENGLISH: LanguageKit = {
  language: 'en',
  findAmounts,
  partyCountries,
  findOrganizations,
  bareAmounts,
  articleContext,
  sentenceEnv,
  rules: SENTENCE_RULES,
  resolveDrafts,
  passes: ARTICLE_PASSES,
};
