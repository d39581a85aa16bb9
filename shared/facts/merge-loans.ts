import type { Draft } from './merge-facts.js';
import { sameOrganization } from './parties/same-organization.js';

/** Article-level merges of loans and grants told over two sentences. */

/**
 * "Japan has provided a grant of $18 million. The grant agreement was signed in Dushanbe.": the loan or
 * grant agreement of the sentence after a financing sum is that sum's agreement.
 */
export function priceLoanAgreements(drafts: Draft[]): Draft[] {
  for (const d of drafts) {
    if (d.fact.type !== 'agreement' || d.fact.amount || !/\b(?:loan|grant|credit(?:[ -]line)?|financing) agreement\b/i.test(d.sentence.text)) continue;
    const sums = drafts.filter((f) => f.fact.type === 'financing' && f.fact.amount && f.sentence.index === d.sentence.index - 1);
    const only = sums.length === 1 ? sums[0] : undefined;
    if (only?.fact.amount) {
      d.fact.amount = { ...only.fact.amount };
      d.fact.countries = [...new Set([...d.fact.countries, ...only.fact.countries])];
      d.fact.organizations = [...new Set([...d.fact.organizations, ...only.fact.organizations])];
    }
  }
  return drafts;
}

/**
 * "Construction will be financed by a loan of the Export-Import Bank of China. The bank's board approved
 * the loan of 2.9 billion yuan in June.": a loan named without its sum, then the same lender's sum in the
 * next sentence of the paragraph, is one loan (FACTS.md: one fact can need two sentences).
 */
export function mergeLoanWithNextAmount(drafts: Draft[], body: readonly string[]): Draft[] {
  const dropped = new Set<Draft>();
  for (const d of drafts) {
    if (d.fact.type !== 'financing' || d.fact.amount || d.fact.organizations.length === 0) continue;
    const next = drafts.find(
      (n) =>
        n.fact.type === 'financing' &&
        n.fact.amount &&
        n.sentence.index === d.sentence.index + 1 &&
        n.sentence.paragraph === d.sentence.paragraph &&
        n.fact.organizations.some((o) => d.fact.organizations.some((p) => sameOrganization(o, p))),
    );
    if (!next) continue;
    dropped.add(d);
    next.fact.countries = [...new Set([...d.fact.countries, ...next.fact.countries])];
    next.fact.organizations = [...new Set([...d.fact.organizations, ...next.fact.organizations])];
    const para = body[d.sentence.paragraph];
    if (para && d.sentence.basis === 'body') next.fact.evidence = para.slice(d.sentence.start, next.sentence.start + next.sentence.text.length);
  }
  return drafts.filter((d) => !dropped.has(d));
}
