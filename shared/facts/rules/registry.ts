import type { FactType } from '../../schemas/fact.js';
import type { ArticleContext } from '../article-context.js';
import { agreementCandidates, unpricedDocuments } from './agreement.js';
import { amountCandidates, type AmountNote } from './amount-facts.js';
import { financingCandidates } from './financing.js';
import { acquisitionCandidates, foreignInvestmentCandidates, jointFundCandidates } from './investment.js';
import { tradeVolumeCandidates } from './trade.js';
import { financedObjectCandidates, loanPurposeCandidates, projectCandidates } from './project.js';
import type { Candidate, SentenceInfo } from './types.js';

/** What a sentence rule may read: the sentence, its article, and what the sums of the sentence made. */
export interface SentenceEnv {
  s: SentenceInfo;
  all: readonly SentenceInfo[];
  ctx: ArticleContext;
  prev: SentenceInfo | null;
  /** A development bank is named in the sentence, or "the bank" / "the fund" points back to one. */
  ifi: boolean;
  /** An organisation or a country is named in the sentence or the few before it. */
  partyNearby: boolean;
  /** The sentences before `prev`, nearest first, for a sum that points back past it. */
  earlier: readonly SentenceInfo[];
  /** A party other than the home country takes part (the sentence's own, or "the company" named just before). */
  hasParty(): boolean;
  /** The candidates the `amount` rule made from the sentence's sums (set once it has run). */
  sums: readonly Candidate[];
  /** Whether the sentence lists the parts of a total ("including ..."). */
  listsParts: boolean;
  note?: AmountNote;
}

/**
 * One sentence rule: a name, the fact types it yields, the rule names its candidates carry, when it stands
 * aside (given what the sums of the sentence made) and what it finds. Rules run in registry order.
 */
export interface SentenceRule {
  name: string;
  types: readonly FactType[];
  /** The rule names of its candidates (a family: "amount-*" for the sums). */
  yields: readonly string[];
  does: string;
  /** Why the rule does not run on this sentence, or null when it runs. */
  skip(env: SentenceEnv): string | null;
  run(env: SentenceEnv): Candidate[];
}

const madeBySums = (env: SentenceEnv, type: FactType): boolean => env.sums.some((c) => c.type === type);

/**
 * "X signed a $780 million agreement with Y on a plant, Z signed a $300 million contract with W to rebuild
 * the highway": the objects of priced documents are the documents' subjects; the sum rule already made the
 * one priced object a project (amount-priced-object). A loan agreement's purpose is still the one object it
 * pays for, and a total with its parts after it ("contracts worth $900 million, including a deal to build a
 * park") prices none.
 */
function objectsCovered(env: SentenceEnv): string | null {
  if (madeBySums(env, 'project')) return 'a sum of the sentence already prices its project';
  if (madeBySums(env, 'agreement') && !madeBySums(env, 'financing') && !env.listsParts) return 'the priced documents of the sentence cover its objects';
  return null;
}

/** The sentence rules, in the order they run. Each candidate carries one of its rule's `yields` names. */
export const SENTENCE_RULES: readonly SentenceRule[] = [
  {
    name: 'amount',
    types: ['investment', 'trade', 'financing', 'agreement', 'project'],
    yields: ['amount-*'],
    does: 'types each sum of money by its document noun, or by the nearest trade, financing, investment or project cue (rules/amount-facts.ts)',
    skip: () => null,
    run: (e) => amountCandidates(e),
  },
  {
    name: 'agreement-unpriced',
    types: ['agreement'],
    yields: ['agreement-signed', 'agreement-reached', 'agreement-in-preparation', 'agreement-agreed-to-act', 'agreement-listed-after-signing', 'agreement-list-item'],
    does: 'a document signed, reached or negotiated with no sum (rules/agreement.ts)',
    skip: (e) => (madeBySums(e, 'agreement') ? 'a sum of the sentence already made its agreement' : null),
    run: (e) => agreementCandidates(e.s, e.prev, e.all.slice(0, e.s.index)),
  },
  {
    name: 'agreement-beside-priced',
    types: ['agreement'],
    yields: ['agreement-listed-unpriced'],
    does: 'documents with counterparties of their own beside the priced ones ("a deal with X worth $5 million and an agreement with Y")',
    skip: (e) => (madeBySums(e, 'agreement') ? null : 'no sum of the sentence made an agreement'),
    run: (e) => unpricedDocuments(e.s, e.sums.filter((c) => c.type === 'agreement').length),
  },
  {
    name: 'financing-named-lender',
    types: ['financing'],
    yields: ['financing-named-lender'],
    does: 'money lent or given with no sum: "financed by the EBRD", "comes as a grant from", "the ADB will co-finance the loan" (rules/financing.ts)',
    skip: (e) => (madeBySums(e, 'financing') ? 'a sum of the sentence already made its financing' : null),
    run: (e) => financingCandidates(e.s),
  },
  {
    name: 'trade-volume',
    types: ['trade'],
    yields: ['trade-volume'],
    does: 'goods moved between two countries in tons or cubic metres, with no money: "200,000 tons of Kazakh grain were delivered to Azerbaijan" (rules/trade.ts)',
    skip: (e) => (e.s.amounts.length > 0 ? 'the sentence has a sum: its trade is the sum rule\'s' : null),
    run: (e) => tradeVolumeCandidates(e.s),
  },
  {
    name: 'investment-joint-fund',
    types: ['investment'],
    yields: ['investment-joint-fund'],
    does: 'a fund two parties set up together, with no sum: "intend to set up a joint investment fund" (rules/investment.ts)',
    skip: (e) => (madeBySums(e, 'investment') ? 'a sum of the sentence already made its investment' : null),
    run: (e) => jointFundCandidates(e.s),
  },
  {
    name: 'investment-stated',
    types: ['investment'],
    yields: ['investment-stated'],
    does: 'a foreign party investing, with no sum: "Korean investments have returned to Kazakhstan" (rules/investment.ts)',
    skip: (e) => (e.sums.length > 0 ? 'a sum of the sentence already made its fact' : null),
    run: (e) => foreignInvestmentCandidates(e.s, e.ctx.home),
  },
  {
    name: 'investment-acquisition',
    types: ['investment'],
    yields: ['investment-acquisition'],
    does: 'a stake or an asset bought, with no sum: "nearing the acquisition of Rabobank AS", "took an equity stake in the company" (rules/investment.ts)',
    skip: (e) => (e.sums.length > 0 || e.s.amounts.length > 0 ? 'the sentence has a sum: its investment is the sum rule\'s' : null),
    run: (e) => acquisitionCandidates(e.s, e.ctx.home),
  },
  {
    name: 'project-financed-object',
    types: ['project'],
    yields: ['project-financed-object'],
    does: 'the one object a loan or grant pays for (rules/project.ts)',
    skip: (e) => (madeBySums(e, 'financing') ? objectsCovered(e) : 'no sum of the sentence is a loan or grant'),
    run: (e) => financedObjectCandidates(e.s, e.hasParty()),
  },
  {
    name: 'project-made-object',
    types: ['project'],
    yields: ['project-make-object', 'project-listed-object'],
    does: 'something built or produced with a party: "will build a plant", "six bridges will be rebuilt" (rules/project.ts)',
    skip: (e) => (madeBySums(e, 'financing') ? 'a sum of the sentence is a loan: its object is project-financed-object' : objectsCovered(e)),
    run: (e) => projectCandidates(e.s, e.hasParty()),
  },
  {
    name: 'project-loan-purpose',
    types: ['project'],
    yields: ['project-loan-purpose'],
    does: 'the works a loan named before is spent on, with no sum: "the money will be spent on reconstruction projects" (rules/project.ts)',
    skip: (e) => (e.sums.length > 0 ? 'the sentence has a sum: its object is the sum rules\'' : null),
    run: (e) => (projectCandidates(e.s, e.hasParty()).length > 0 ? [] : loanPurposeCandidates(e.s, e.ifi || e.ctx.lender !== null)),
  },
];
