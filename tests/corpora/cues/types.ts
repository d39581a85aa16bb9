import type { FactType } from '../../../shared/schemas/fact.js';

/** One cue case: a short article body and the facts of one type it must (or must not) give. */
export interface CueCase {
  body: string;
  /** The article's title, for a case whose parties come from it ("EBRD to finance roads in Kazakhstan"). */
  title?: string;
  /** The facts of `type` expected: amount value and currency, or null for a fact with no amount. */
  expected: ReadonlyArray<{ value: number; currency: string } | null>;
  /** Names one of the facts' organisations must contain, when given. */
  organization?: string;
  /** Country codes the facts must include, when given. */
  countries?: readonly string[];
}

export interface CueCorpus {
  type: FactType;
  positive: readonly CueCase[];
  /** Bodies that must give no fact of `type`. */
  negative: readonly string[];
}
