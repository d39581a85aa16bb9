import type { ExtractedFact } from '../../schemas/fact.js';
import { agreementWithNextAmount } from './agreement-with-next-amount.js';
import { documentWithItsTerms } from './document-with-its-terms.js';
import { loanWithNextAmount } from './loan-with-next-amount.js';
import { priceLoanAgreements } from './price-loan-agreements.js';
import { projectDetails } from './project-details.js';
import { projectWithItsInvestment } from './project-with-its-investment.js';
import { restatedAgreements } from './restated-agreements.js';
import { restatedPurposes } from './restated-purposes.js';
import { restatedSums } from './restated-sums.js';
import { unattributedProjects } from './unattributed-projects.js';
import type { ArticlePass, Draft, PassEvent } from './types.js';

export type { ArticlePass, Draft, PassEvent } from './types.js';

/**
 * The article-level passes, in the order they run. Joins come first (a document or a loan and its sum in
 * the next sentence, terms given "Under the agreement", a loan agreement priced by the sum before it, a
 * project priced by "The investment is ..."), then the passes that count a thing once (a loan's purpose
 * and its works, a priced project and its details, restated documents, summary projects, restated sums).
 */
export const ARTICLE_PASSES: readonly ArticlePass[] = [
  agreementWithNextAmount,
  documentWithItsTerms,
  loanWithNextAmount,
  priceLoanAgreements,
  projectWithItsInvestment,
  restatedPurposes,
  projectDetails,
  restatedAgreements,
  unattributedProjects,
  restatedSums,
];

/** A copy of a fact that a pass may change without touching its input. */
function copyFact(f: ExtractedFact): ExtractedFact {
  return { ...f, amount: f.amount ? { ...f.amount } : null, countries: [...f.countries], organizations: [...f.organizations], people: f.people.map((p) => ({ ...p })) };
}

/**
 * Runs `passes` over an article's drafts in order and returns the drafts that stay. The passes work on copies
 * made once here, so the caller's drafts are never changed; every draft a pass removes is reported in `events`
 * with the pass's reason (a pass that forgets to say why is reported as such, so nothing leaves unexplained).
 */
export function runPasses(drafts: readonly Draft[], body: readonly string[], events: PassEvent[] = [], passes: readonly ArticlePass[] = ARTICLE_PASSES): Draft[] {
  let current = drafts.map((d) => ({ ...d, fact: copyFact(d.fact) }));
  for (const pass of passes) {
    const input = current;
    const said = new Map<number, PassEvent>();
    const ctx = {
      body,
      drop: (d: Draft, reason: string) => void said.set(d.id, { pass: pass.name, id: d.id, action: 'dropped', reason }),
      merge: (d: Draft, into: Draft, reason: string) => void said.set(d.id, { pass: pass.name, id: d.id, action: 'merged', into: into.id, reason }),
    };
    const out = pass.run(input, ctx);
    const kept = new Set(out.map((d) => d.id));
    for (const d of input) {
      if (kept.has(d.id)) continue;
      events.push(said.get(d.id) ?? { pass: pass.name, id: d.id, action: 'dropped', reason: 'no reason given' });
    }
    current = out;
  }
  return current;
}
