import type { ExtractorKind } from '../config/extractor-config.js';
import type { ExtractedFact } from '../schemas/fact.js';
import { extractFacts, type ExtractInput } from './extract-facts.js';
import type { GroundingDrop } from './model/grounding.js';
import { EXTRACTOR_VERSION } from './version.js';

/** Why an article configured for a model was read by the rules instead. */
export type FallbackReason =
  | 'no-cue-sentence'
  | 'over-article-budget'
  | 'run-budget-spent'
  | 'model-throttled'
  | 'model-timeout'
  | 'model-unavailable'
  | 'model-http'
  | 'model-malformed'
  | 'model-refused'
  | 'model-config';

/** What the model did for one article. */
export interface ModelRun {
  modelId: string;
  promptVersion: string;
  /** The tokens the service counted; 0 and `cached` when the reply came from the cache. */
  usage: { inputTokens: number; outputTokens: number };
  cached: boolean;
  /** Facts in the model's answer, before grounding. */
  proposed: number;
  /** Facts grounding refused, with the reason for each. */
  dropped: GroundingDrop[];
  /** Sentences the model cited for kept facts (1-based, as sent). */
  cited: number[];
}

/** One article's extraction, whichever extractor made it. */
export interface Extraction {
  facts: ExtractedFact[];
  /** The version stored with each fact, by the extractor that made it (the model's names prompt and model). */
  versions: { rules: string; model: string | null };
  /** Set when a model was configured but the rules read the article, and why. */
  fallback: { reason: FallbackReason; detail: string } | null;
  /** Set when the model was asked (or its cached reply read). */
  model: ModelRun | null;
}

/**
 * The extraction port: `rules` (the default), `model` and `hybrid` all read an article into facts of
 * one shape (FACTS.md), each fact saying which extractor made it.
 */
export interface FactExtractor {
  readonly kind: ExtractorKind;
  extract(input: ExtractInput): Promise<Extraction>;
}

/** The hand-written rules: offline, free, fast, explainable (facts/README.md). */
export const rulesExtractor: FactExtractor = {
  kind: 'rules',
  extract: async (input) => ({ facts: extractFacts(input), versions: { rules: EXTRACTOR_VERSION, model: null }, fallback: null, model: null }),
};

/** The version a model fact is stored with: the rules it sits beside, the prompt and the model. */
export function modelVersion(promptVersion: string, modelId: string): string {
  return `${EXTRACTOR_VERSION}+${promptVersion}+${modelId}`;
}
