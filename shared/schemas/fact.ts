import * as z from 'zod';
import { CountryCodeSchema } from './feed.js';

export const FACT_TYPES = ['investment', 'trade', 'financing', 'agreement', 'project'] as const;
export const FactTypeSchema = z.enum(FACT_TYPES);
export type FactType = z.infer<typeof FactTypeSchema>;

export const FactStatusSchema = z.enum(['discussed', 'planned', 'agreed', 'signed', 'in_progress', 'completed', 'target']);
export type FactStatus = z.infer<typeof FactStatusSchema>;

export const QualifierSchema = z.enum(['over', 'under', 'about', 'up to', 'exact']);
export type Qualifier = z.infer<typeof QualifierSchema>;

/** ISO 4217 code. */
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/);

/** A sum of money as the article states it ("350 million yuan ($54 million)"). */
export const AmountSchema = z.object({
  /** Whole currency units: "$1.2 bn" is 1200000000. For a range, the upper bound. */
  value: z.number().finite().nonnegative(),
  currency: CurrencySchema,
  qualifier: QualifierSchema,
  /** Lower bound of a range ("$550 million-$1.1 billion"). */
  min: z.number().finite().nonnegative().optional(),
  /** A conversion the article gives beside the amount. */
  converted: z.object({ value: z.number().finite().nonnegative(), currency: CurrencySchema }).optional(),
  /** The words the amount was read from. */
  text: z.string().optional(),
});
export type Amount = z.infer<typeof AmountSchema>;

export const PersonSchema = z.object({ name: z.string().min(1), role: z.string().nullable().default(null) });

/** Where in the article the fact was found. */
export const FactBasisSchema = z.enum(['body', 'title', 'description']);

export const FactExtractorSchema = z.enum(['rules', 'model']);
export type FactExtractorName = z.infer<typeof FactExtractorSchema>;

/** The fields every fact has (../shared/eval/FACTS.md), whatever its type. */
const factFields = {
  status: FactStatusSchema.nullable().default(null),
  amount: AmountSchema.nullable().default(null),
  countries: z.array(CountryCodeSchema),
  organizations: z.array(z.string().min(1)),
  people: z.array(PersonSchema).default([]),
  sector: z.string().nullable().default(null),
  location: z.string().nullable().default(null),
  period: z.string().nullable().default(null),
  /** The sentence(s) the fact comes from, verbatim. */
  evidence: z.string().min(1),
  confidence: z.number().min(0).max(1),
  /** The name of the rule that produced the fact, so a fact can be explained. */
  rule: z.string().min(1),
  basis: FactBasisSchema.default('body'),
  /** Which extractor made the fact: the rules, or a language model whose answer passed grounding (facts/model/). */
  extractor: FactExtractorSchema.default('rules'),
};

const variant = <T extends FactType>(type: T) => z.object({ type: z.literal(type), ...factFields });

/** A fact as the extractor returns it: FACTS.md shape plus rule, basis and confidence. */
export const ExtractedFactSchema = z.discriminatedUnion('type', [
  variant('investment'),
  variant('trade'),
  variant('financing'),
  variant('agreement'),
  variant('project'),
]);
export type ExtractedFact = z.infer<typeof ExtractedFactSchema>;

/** Provenance the pipeline adds before storing a fact. */
export const FactRecordFieldsSchema = z.object({
  /** Deterministic: hash of the article id and the fact's content (see facts/fact-id.ts). */
  id: z.string().regex(/^[0-9a-f]{32}$/),
  articleId: z.string().regex(/^[0-9a-f]{32}$/),
  sourceUrl: z.url(),
  /** The article's publication time, or null when unknown. */
  published: z.iso.datetime({ offset: true }).nullable(),
  /** The outlet that published the article (its feed's), or null: deals count reports per outlet. */
  outlet: z.string().min(1).nullable().default(null),
  /**
   * The amount in US dollars: the article's own dollar conversion, else the amount at the rate of the
   * publication month (facts/money/usd.ts); null without an amount or a rate. Derived, so it is no part
   * of the fact id; facts stored before it existed read as null.
   */
  amountUsd: z.number().finite().nonnegative().nullable().default(null),
  /**
   * The language the article was read in (facts/text/language.ts: its text, else its page's or feed's declaration):
   * `en` or `ru`. Evidence stays in that language; facts stored before it existed read as null.
   */
  language: z.string().min(2).max(8).nullable().default(null),
  extractorVersion: z.string().min(1),
  extractedAt: z.iso.datetime(),
});

/** A stored fact. */
export const FactSchema = z.discriminatedUnion('type', [
  variant('investment').extend(FactRecordFieldsSchema.shape),
  variant('trade').extend(FactRecordFieldsSchema.shape),
  variant('financing').extend(FactRecordFieldsSchema.shape),
  variant('agreement').extend(FactRecordFieldsSchema.shape),
  variant('project').extend(FactRecordFieldsSchema.shape),
]);
export type Fact = z.infer<typeof FactSchema>;
