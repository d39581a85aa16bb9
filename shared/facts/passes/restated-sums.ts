import { sameOrganization } from '../parties/same-organization.js';
import { RU_LOAN_MONEY_WORDS } from '../vocabulary/ru.js';
import type { ArticlePass, Draft } from './types.js';

/** The same joint fund named again ("the agreement on the establishment of the Uzbek-Kyrgyz Development Fund", twice). */
const sameFund = (k: Draft, d: Draft): boolean =>
  k.fact.rule === 'investment-joint-fund' && d.fact.rule === 'investment-joint-fund' && k.fact.organizations.some((o) => d.fact.organizations.some((p) => sameOrganization(o, p)));

/**
 * Whether the sentence of `d` states its sum twice, so each is money of its own and neither restates an earlier one: "Loans
 * of €60 million from KfW and €60 million from the AFD" (real-j kavkazplus-20191008), "$27.5 million is given as a grant ...
 * and the remaining $27.5 million is a credit" (real-a worldbank-20200612), "a €8 million EBRD loan and €8 million in grants"
 * (real-g donorskg-20140516). A sum said to be "further" or "another" was tried too and made more wrong facts than right.
 */
function statedTwice(d: Draft): boolean {
  const amount = d.fact.amount;
  return amount !== null && d.sentence.amounts.filter((a) => a.value === amount.value && a.currency === amount.currency).length >= 2;
}

/** The kept draft `d` restates, if any: same type and sum with no other party, or the same unpriced sentence again; not a sum its sentence states twice. */
function twinOf(d: Draft, kept: readonly Draft[]): Draft | undefined {
  if (statedTwice(d)) return undefined;
  return kept.find((k) => {
    if (k.fact.type !== d.fact.type) return false;
    if (!k.fact.amount || !d.fact.amount) return !k.fact.amount && !d.fact.amount && (k.fact.evidence === d.fact.evidence ? k.sentence.index !== d.sentence.index : sameFund(k, d));
    const sameSum = k.fact.amount.value === d.fact.amount.value && k.fact.amount.currency === d.fact.amount.currency;
    const a = k.fact.organizations;
    const b = d.fact.organizations;
    return sameSum && (a.length === 0 || b.length === 0 || a.some((o) => b.some((p) => sameOrganization(o, p))));
  });
}

/** A loan named again: "the loan", "the latest EBRD loan", "this credit", "loan funds", "funded by a loan from". */
const THE_LOAN_RE = /\b(?:the|this|its) (?:[\w-]+ ){0,2}(?:loan|credit|grant)\b|\bloan funds\b|\bby a loan from\b/i;

/**
 * The Russian loan named again, by its lender in the sentence itself and a word for the money: «Азиатский банк развития выделил заем в
 * рамках «Инвестиционного проекта ...»» after the loan's sum (ru-zl civilge-nodate-ge-adb-livable-cities-loan), «Деньги в рамках этой
 * программы АБР предоставит четырьмя траншами» (ru-x vestiuz-nodate-uz-adb-rural-housing-loan). English keeps THE_LOAN_RE: there "Tajikistan
 * gets financial assistance from the Asian Development Bank" and "the EU's Neighbourhood Investment Facility supports ..." are facts of
 * their own in the gold (real-b asiaplus-20191209, real-f eib-nodate-ge-bank-of-georgia-liberty-bank). The word list is Cyrillic only.
 */
const RU_LOAN_WORD_RE = new RegExp(`(?<!\\p{L})(?:${RU_LOAN_MONEY_WORDS.join('|')})\\p{L}*`, 'iu');
function ruLoanNamedAgain(d: Draft): boolean {
  return RU_LOAN_WORD_RE.test(d.sentence.text) && d.fact.organizations.length > 0 && d.fact.organizations.every((o) => d.sentence.orgs.some((m) => sameOrganization(m.name, o)));
}

/** The same sum restated ("Bilateral trade amounted to $6 billion last year" twice) is one fact. */
export const restatedSums: ArticlePass = {
  name: 'restated-sums',
  does: 'keeps the first of facts with the same type, sum and a shared (or no) organisation',
  run(drafts, ctx) {
    const kept: Draft[] = [];
    for (const d of drafts) {
      // A joint fund named without a sum is the fund whose capital the article prices elsewhere.
      const priced = d.fact.rule === 'investment-joint-fund' ? drafts.find((p) => p.fact.type === 'investment' && p.fact.amount && p.fact.organizations.some((o) => d.fact.organizations.some((q) => sameOrganization(o, q)))) : undefined;
      if (priced) {
        ctx.merge(d, priced, `the fund's capital is stated in sentence ${priced.sentence.index}`);
        continue;
      }
      // "the loan is meant to back a project to develop a uranium mine", "will be financed by the latest EBRD loan", "The loan funds
      // that JICA allocates": a priced loan named again with no sum, by its own lenders only, is that loan (real-h gtreview-nodate-kz-jp-
      // jbic-uranium-loan, real-b devfinance-20170518-kz-kg-ebrd-seven-projects, real-a kunuz-20210308-uz-jp-jica-loans-plan). "Funding
      // also comes from the EIB" names money of another lender.
      const loan = d.fact.type === 'financing' && !d.fact.amount && (THE_LOAN_RE.test(d.sentence.text) || ruLoanNamedAgain(d))
        ? drafts.find((p) => p.fact.type === 'financing' && p.fact.amount && d.fact.organizations.length > 0 && d.fact.organizations.every((q) => p.fact.organizations.some((o) => sameOrganization(o, q))))
        : undefined;
      if (loan) {
        ctx.merge(d, loan, `the lender's money is priced in sentence ${loan.sentence.index}`);
        continue;
      }
      const twin = twinOf(d, kept);
      if (twin) ctx.merge(d, twin, `restates the ${d.fact.type} of sentence ${twin.sentence.index}`);
      else kept.push(d);
    }
    return kept;
  },
};
