import type { ArticleContext } from '../article-context.js';
import type { CurrencyContext } from '../money/bare-amounts.js';
import type { AmountMatch } from '../money/parse-amount.js';
import type { CountryMention } from '../parties/countries.js';
import type { OrganizationMention } from '../parties/organizations.js';
import type { ArticlePass, Draft } from '../passes/types.js';
import type { SentenceEnv, SentenceRule } from '../rules/registry.js';
import type { Candidate, SentenceInfo } from '../rules/types.js';

/** The languages the rules read. Other languages (Kazakh, Uzbek, ...) are named but give no facts. */
export type FactLanguage = 'en' | 'ru';

/**
 * What one language brings to the one extraction runner (extract-facts.ts): its normalisers, how it reads an
 * article's context, its sentence rules (records of one shape, rules/registry.ts), how candidates become drafts,
 * and its article passes. The runner, the trace behind `--explain` and the fact schema are shared.
 */
export interface LanguageKit {
  language: FactLanguage;
  findAmounts(text: string): AmountMatch[];
  /** Countries that take part in what the text states (currencies and background blanked). */
  partyCountries(text: string, amounts?: readonly AmountMatch[]): CountryMention[];
  findOrganizations(text: string): OrganizationMention[];
  /** Sums written without a currency that take the currency read before them (money/bare-amounts.ts), if the language has them. */
  bareAmounts: ((text: string, amounts: readonly AmountMatch[], context: CurrencyContext) => AmountMatch[]) | null;
  articleContext(title: string, sentences: readonly SentenceInfo[]): ArticleContext;
  sentenceEnv(s: SentenceInfo, all: readonly SentenceInfo[], ctx: ArticleContext, note?: SentenceEnv['note']): SentenceEnv;
  rules: readonly SentenceRule[];
  resolveDrafts(candidates: readonly Candidate[], all: readonly SentenceInfo[], ctx: ArticleContext): Draft[];
  passes: readonly ArticlePass[];
}
