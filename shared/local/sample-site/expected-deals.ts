import * as z from 'zod';
import { CurrencySchema, FactTypeSchema } from '../../schemas/index.js';
import { ALL_SAMPLE_ARTICLES } from './content/index.js';
import { SampleOutletSchema, articlePath, type ExpectedFact, type SampleArticle } from './sample-article.js';

/**
 * One expected fact of a sample article, named by its type and stated amount: unique within the
 * article, and what a stored fact carries too (its sourceUrl's path is the article's path).
 * @example { "outlet": "kun", "id": "kun-adb-karakalpakstan-water", "type": "financing", "amount": { "value": 150000000, "currency": "USD" } }
 */
export const DealMentionRefSchema = z.object({
  outlet: SampleOutletSchema,
  /** The article's id in content/<outlet>.ts. */
  id: z.string().min(1),
  type: FactTypeSchema,
  amount: z.object({ value: z.number().finite().nonnegative(), currency: CurrencySchema }).nullable(),
});
export type DealMentionRef = z.infer<typeof DealMentionRefSchema>;

/**
 * A real-world deal of the sample site and the facts that report it, for the deal grouping tests
 * (issues 12 and 13): every listed fact must land in one deal. Facts of these articles that are not
 * listed (the amount-less project a loan builds, a trade figure in the background) are not asserted.
 * - `multi-outlet`: one event reported by two or three outlets, with different rounding, currency,
 *   naming, status and dates a day or two apart, and in one case language (Kun.uz's Russian edition);
 * - `revised`: one outlet's later item revises the amount of its earlier story (one update alert);
 * - `single`: one report; here as the other half of a near miss.
 */
export const ExpectedDealSchema = z.object({
  name: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  kind: z.enum(['multi-outlet', 'revised', 'single']),
  /** What varies between the mentions, for a reader of a failing test. */
  note: z.string().min(1),
  mentions: z.array(DealMentionRefSchema).min(1),
  /** For `revised`: the amount before and after, in the stated currency. */
  revision: z
    .object({ from: z.number().positive(), to: z.number().positive(), currency: CurrencySchema })
    .optional(),
});
export type ExpectedDeal = z.infer<typeof ExpectedDealSchema>;

/** Two expected deals that share lender, type and (nearly) amount or borrower, yet are two deals. */
export const NearMissSchema = z.object({
  deals: z.tuple([z.string(), z.string()]),
  /** What both share: the fact type and a party every article names in one of these words (one spelling per language). */
  shared: z.object({ type: FactTypeSchema, party: z.array(z.string().min(1)).min(1) }),
  why: z.string().min(1),
});
export type NearMiss = z.infer<typeof NearMissSchema>;

const usd = (value: number) => ({ value, currency: 'USD' as const });

const DEALS: z.input<typeof ExpectedDealSchema>[] = [
  {
    name: 'adb-karakalpakstan-water-loan',
    kind: 'multi-outlet',
    note: 'Kun.uz (Nov 18) reports a loan the ADB "will provide"; Trend (Nov 19, "Asian Development Bank (ADB)"), Kun.uz in Russian (Nov 19, "Азиатский банк развития (АБР)", "150 млн долларов") and The Astana Times (Nov 20, "the ADB", "the Manila-based lender") the signed loan agreement: an agreement and a financing fact each. One deal in two languages.',
    mentions: [
      { outlet: 'kun', id: 'kun-adb-karakalpakstan-water', type: 'financing', amount: usd(150e6) },
      { outlet: 'kun-ru', id: 'kunru-adb-karakalpakstan-water', type: 'agreement', amount: usd(150e6) },
      { outlet: 'kun-ru', id: 'kunru-adb-karakalpakstan-water', type: 'financing', amount: usd(150e6) },
      { outlet: 'trend', id: '4103388', type: 'agreement', amount: usd(150e6) },
      { outlet: 'trend', id: '4103388', type: 'financing', amount: usd(150e6) },
      { outlet: 'astana', id: '81161', type: 'agreement', amount: usd(150e6) },
      { outlet: 'astana', id: '81161', type: 'financing', amount: usd(150e6) },
    ],
  },
  {
    name: 'kazakhstan-uae-mangystau-wind-farm',
    kind: 'multi-outlet',
    // The agreement is to build the farm, in the same sentence with the same sum: the project is the same deal.
    note: 'Trend (Nov 21): "1.46 billion dollars", "Samruk-Kazyna JSC", "Al Noor Renewables"; The Astana Times (Nov 22): "$1.5 billion", "Samruk-Kazyna Sovereign Wealth Fund", "Al Noor Renewables LLC". Each gives an agreement and a project fact.',
    mentions: [
      { outlet: 'trend', id: '4103690', type: 'agreement', amount: usd(1.46e9) },
      { outlet: 'trend', id: '4103690', type: 'project', amount: usd(1.46e9) },
      { outlet: 'astana', id: '81234', type: 'agreement', amount: usd(1.5e9) },
      { outlet: 'astana', id: '81234', type: 'project', amount: usd(1.5e9) },
    ],
  },
  {
    name: 'ebrd-samarkand-electric-buses-loan',
    kind: 'multi-outlet',
    note: 'Trend (Nov 17): "EUR 74 million ($80 million)", "European Bank for Reconstruction and Development (EBRD)"; Kun.uz (Nov 18): "$80 million" and the full name only.',
    mentions: [
      { outlet: 'trend', id: '4102951', type: 'financing', amount: { value: 74e6, currency: 'EUR' } },
      { outlet: 'kun', id: 'kun-ebrd-samarkand-electric-buses', type: 'financing', amount: usd(80e6) },
    ],
  },
  {
    name: 'kyzylorda-glass-plant',
    kind: 'revised',
    note: 'The Astana Times on Nov 12: a $120 million plant; its item of Nov 20: the cost "revised to $135 million".',
    mentions: [
      { outlet: 'astana', id: '80873', type: 'project', amount: usd(120e6) },
      { outlet: 'astana', id: '81158', type: 'project', amount: usd(135e6) },
    ],
    revision: { from: 120e6, to: 135e6, currency: 'USD' },
  },
  {
    name: 'adb-khorezm-water-loan',
    kind: 'single',
    note: 'Kun.uz (Nov 22): the ADB approves another loan to Uzbekistan, $120 million for Khorezm.',
    mentions: [{ outlet: 'kun', id: 'kun-adb-khorezm-water', type: 'financing', amount: usd(120e6) }],
  },
  {
    name: 'ebrd-shymkent-heating-loan',
    kind: 'single',
    note: 'Trend (Nov 17, paywall shell): the EBRD signs a €75 million loan with Kazakhstan.',
    mentions: [
      { outlet: 'trend', id: '4102870', type: 'agreement', amount: { value: 75e6, currency: 'EUR' } },
      { outlet: 'trend', id: '4102870', type: 'financing', amount: { value: 75e6, currency: 'EUR' } },
    ],
  },
];

const MISSES: NearMiss[] = [
  {
    deals: ['adb-karakalpakstan-water-loan', 'adb-khorezm-water-loan'],
    shared: { type: 'financing', party: ['ADB', 'АБР'] },
    why: 'The same lender, borrower, type and sector within four days, but another loan: $150 million for Karakalpakstan against $120 million for Khorezm.',
  },
  {
    deals: ['ebrd-samarkand-electric-buses-loan', 'ebrd-shymkent-heating-loan'],
    shared: { type: 'financing', party: ['EBRD'] },
    why: 'The same lender and type on the same day with amounts within rounding (EUR 74 and €75 million), but different borrowers: Uzbekistan against Kazakhstan.',
  },
];

/** A mention resolved to its article, the article's path on the site and its expected fact. */
export interface ResolvedMention {
  ref: DealMentionRef;
  article: SampleArticle;
  path: string;
  fact: ExpectedFact;
}

const sameAmount = (ref: DealMentionRef, fact: ExpectedFact): boolean =>
  ref.amount === null ? fact.amount === null : fact.amount !== null && fact.amount.value === ref.amount.value && fact.amount.currency === ref.amount.currency;

/** The article and expected fact a mention names; throws unless exactly one fact matches. */
export function resolveMention(ref: DealMentionRef): ResolvedMention {
  const label = `${ref.outlet}:${ref.id} ${ref.type} ${ref.amount ? `${ref.amount.currency} ${ref.amount.value}` : 'no amount'}`;
  const article = ALL_SAMPLE_ARTICLES.find((a) => a.outlet === ref.outlet && a.id === ref.id);
  if (!article) throw new Error(`expected deal mention ${label}: no such sample article`);
  const facts = article.expectedFacts.filter((f) => f.type === ref.type && sameAmount(ref, f));
  if (facts.length !== 1) throw new Error(`expected deal mention ${label}: ${facts.length} expected facts match, not 1`);
  return { ref, article, path: articlePath(article), fact: facts[0]! };
}

function load(): { deals: readonly ExpectedDeal[]; nearMisses: readonly NearMiss[] } {
  const deals = DEALS.map((d) => ExpectedDealSchema.parse(d));
  const names = new Set<string>();
  for (const d of deals) {
    if (names.has(d.name)) throw new Error(`expected deal "${d.name}" is listed twice`);
    names.add(d.name);
    for (const m of d.mentions) resolveMention(m);
    if (d.kind === 'revised' && !d.revision) throw new Error(`expected deal "${d.name}" is revised but says not from what to what`);
  }
  const nearMisses = MISSES.map((n) => NearMissSchema.parse(n));
  for (const n of nearMisses) {
    for (const name of n.deals) if (!names.has(name)) throw new Error(`near miss names an unknown expected deal "${name}"`);
  }
  return { deals: Object.freeze(deals), nearMisses: Object.freeze(nearMisses) };
}

const loaded = load();

/**
 * The deals the sample site's articles report: each one deal, whatever order the articles come in.
 * @example SAMPLE_EXPECTED_DEALS.filter((d) => d.kind === 'multi-outlet').map((d) => d.mentions.map(resolveMention))
 */
export const SAMPLE_EXPECTED_DEALS: readonly ExpectedDeal[] = loaded.deals;

/** Pairs of expected deals that must stay two deals. */
export const SAMPLE_NEAR_MISSES: readonly NearMiss[] = loaded.nearMisses;
