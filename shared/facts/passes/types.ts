import type { ExtractedFact } from '../../schemas/fact.js';
import type { SentenceInfo } from '../rules/types.js';

/** A fact with the sentence it came from, while the article's facts are merged. `id` is its candidate's number. */
export interface Draft {
  id: number;
  fact: ExtractedFact;
  sentence: SentenceInfo;
}

/** What a pass did to one draft: dropped it, or merged it into another (which keeps its sum, parties or evidence). */
export interface PassEvent {
  pass: string;
  id: number;
  action: 'dropped' | 'merged';
  /** The draft that took this one's place, for a merge. */
  into?: number;
  reason: string;
}

/** What a pass may read besides the drafts, and how it says why a draft leaves. */
export interface PassContext {
  /** The article's body paragraphs: evidence that spans two sentences is cut from them. */
  body: readonly string[];
  drop(d: Draft, reason: string): void;
  merge(d: Draft, into: Draft, reason: string): void;
}

/**
 * One article-level pass: reads every draft of an article and returns those that stay, reporting each
 * one it removes through `ctx`. It may change the facts of the drafts it is given (the runner hands it
 * copies), never anything else.
 */
export interface ArticlePass {
  name: string;
  /** One line: the phrasing it handles and what it does. */
  does: string;
  run(drafts: Draft[], ctx: PassContext): Draft[];
}

/** The union of two lists of parties, first list first. */
export const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

/** Gives `into` the countries and organisations of two drafts, `first`'s before `second`'s (`into` is usually one of them). */
export function joinParties(into: Draft, first: Draft, second: Draft): void {
  into.fact.countries = union(first.fact.countries, second.fact.countries);
  into.fact.organizations = union(first.fact.organizations, second.fact.organizations);
}
