import type { ModelLimits } from '../../config/extractor-config.js';
import { extractFacts, prepareArticle, type ExtractInput } from '../extract-facts.js';
import { modelVersion, type Extraction, type FactExtractor, type FallbackReason } from '../extractor.js';
import { EXTRACTOR_VERSION } from '../version.js';
import type { SentenceInfo } from '../rules/types.js';
import { ANSWER_JSON_SCHEMA, ANSWER_SCHEMA_NAME, readAnswer } from './answer.js';
import { TYPE_WORDS } from './evidence-words.js';
import { groundFacts } from './grounding.js';
import { PROMPT_VERSION, SYSTEM_PROMPT, articleMessage, type NumberedSentence } from './prompt.js';
import { replyKey } from './reply-cache.js';
import { DEFAULT_RETRY, withRetries, type RetryHooks, type RetryPolicy } from './retry.js';
import { ModelError, type ModelCache, type ModelClient, type ModelReply, type ModelRequest, type TokenBudget } from './types.js';

export interface ModelExtractorDeps {
  client: ModelClient;
  budget: TokenBudget;
  limits: ModelLimits;
  /** Replies by request; none means every article is asked anew. */
  cache?: ModelCache | null;
  retry?: RetryPolicy;
  hooks?: RetryHooks;
  /** Told of retries, fallbacks and cache trouble (the pipeline log). */
  warn?: (message: string) => void;
}

/** Rough tokens of English text: about four characters each, as the services count them. */
export const estimateTokens = (text: string): number => Math.ceil(text.length / 4);

/** Room for the answer: a long article's facts fit in this many tokens (the largest gold answer is ~3,000). */
const MAX_OUTPUT_TOKENS = 4096;
const MIN_OUTPUT_TOKENS = 1024;

const CUE_RE = new RegExp(`\\b(?:${Object.values(TYPE_WORDS).flatMap((w) => w ?? []).join('|')})\\b`, 'i');

/** Sentences that may state a fact: a sum, or a word of one of the fact types. Only articles with one reach the model. */
export function cueSentences(sentences: readonly SentenceInfo[]): SentenceInfo[] {
  return sentences.filter((s) => s.amounts.length > 0 || CUE_RE.test(s.text));
}

/**
 * The model extractor: the article as numbered sentences from our splitter, one structured call
 * (cached by request, retried on throttling and timeouts, within the article's and the run's token
 * budget), the answer grounded sentence by sentence (grounding.ts). Whatever goes wrong, the article
 * is read by the rules instead and the extraction says why: a model never costs an article its facts.
 */
export function createModelExtractor(deps: ModelExtractorDeps): FactExtractor {
  const version = modelVersion(PROMPT_VERSION, deps.client.modelId);
  const versions = { rules: EXTRACTOR_VERSION, model: version };
  const warn = deps.warn ?? (() => undefined);

  const byRules = (input: ExtractInput, reason: FallbackReason, detail: string): Extraction => ({
    facts: extractFacts(input), versions, fallback: { reason, detail }, model: null,
  });

  return {
    kind: 'model',
    async extract(input) {
      const prepared = prepareArticle(input);
      const cues = cueSentences(prepared.sentences);
      if (cues.length === 0) return byRules(input, 'no-cue-sentence', 'no sentence has a sum or a word of a fact type');

      const request = requestFor(input.title, prepared.sentences, cues, deps.limits.articleTokens);
      if (!request) return byRules(input, 'over-article-budget', `even its cue sentences need more than ${deps.limits.articleTokens} tokens`);
      const estimate = estimateTokens(request.system + request.user + JSON.stringify(request.schema)) + request.maxOutputTokens;

      const key = replyKey(request, deps.client.modelId);
      let reply = await deps.cache?.get(key).catch((err: unknown) => {
        warn(`model reply cache unreadable, asking the model: ${String(err)}`);
        return null;
      }) ?? null;
      const cached = reply !== null;
      if (!reply) {
        if (!(await deps.budget.take(estimate))) return byRules(input, 'run-budget-spent', `the run's ${deps.limits.runTokens} tokens are spent`);
        try {
          reply = await call(deps, request);
        } catch (err) {
          await deps.budget.settle(estimate, 0);
          const error = err instanceof ModelError ? err : new ModelError('unavailable', String(err), { cause: err });
          warn(`model ${deps.client.modelId} failed (${error.kind}), rules read the article: ${error.message}`);
          return byRules(input, `model-${error.kind}`, error.message);
        }
        await deps.budget.settle(estimate, reply.usage.inputTokens + reply.usage.outputTokens);
      }

      let answer;
      try {
        answer = readAnswer(reply.text);
      } catch (err) {
        const error = err as ModelError;
        warn(`model ${deps.client.modelId} answered out of shape, rules read the article: ${error.message}`);
        return byRules(input, 'model-malformed', error.message);
      }
      // Only a reply that reads is kept: a malformed one is asked again next time.
      if (!cached) await deps.cache?.put(key, reply).catch((err: unknown) => warn(`model reply not cached: ${String(err)}`));

      const grounded = groundFacts(answer, { title: input.title, sentences: prepared.sentences });
      return {
        facts: grounded.facts,
        versions,
        fallback: null,
        model: {
          modelId: deps.client.modelId,
          promptVersion: PROMPT_VERSION,
          usage: cached ? { inputTokens: 0, outputTokens: 0 } : reply.usage,
          cached,
          proposed: answer.facts.length + answer.invalid.length,
          dropped: grounded.dropped,
          cited: [...new Set(answer.facts.filter(({ index }) => !grounded.dropped.some((d) => d.index === index)).flatMap(({ fact }) => fact.sentences))].sort((a, b) => a - b),
        },
      };
    },
  };
}

/**
 * A call with its retries takes at most this many timeouts in all: with the defaults (60 s) a page
 * fetch and the model fit in the process Lambda's 180 s (infra/constructs/ingestion.ts).
 */
export const CALL_TIME_IN_TIMEOUTS = 2;

async function call(deps: ModelExtractorDeps, request: ModelRequest): Promise<ModelReply> {
  const deadline = Date.now() + deps.limits.timeoutMs * CALL_TIME_IN_TIMEOUTS;
  return withRetries(async () => {
    const timeoutMs = Math.min(deps.limits.timeoutMs, deadline - Date.now());
    if (timeoutMs <= 0) throw new ModelError('timeout', `no time left for another try (${CALL_TIME_IN_TIMEOUTS} × ${deps.limits.timeoutMs} ms)`);
    const signal = AbortSignal.timeout(timeoutMs);
    // A client that ignores the signal still cannot hold the article past the timeout.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ModelError('timeout', `no reply within ${timeoutMs} ms`)), timeoutMs + 50);
    });
    try {
      return await Promise.race([deps.client.complete(request, signal), late]);
    } finally {
      clearTimeout(timer);
    }
  }, deps.retry ?? DEFAULT_RETRY, {
    deadline,
    ...deps.hooks,
    onRetry: (error, attempt, delay) => {
      deps.warn?.(`model ${deps.client.modelId} ${error.kind} on attempt ${attempt}, retrying in ${Math.round(delay)} ms`);
      deps.hooks?.onRetry?.(error, attempt, delay);
    },
  });
}

/**
 * The request for an article: every sentence numbered as our splitter made it, or, when that is over
 * the article's budget, the cue sentences and the two before each (numbers kept, so grounding reads
 * the same sentences). Null when even that does not fit.
 */
function requestFor(title: string, sentences: readonly SentenceInfo[], cues: readonly SentenceInfo[], articleTokens: number): ModelRequest | null {
  const fixed = estimateTokens(SYSTEM_PROMPT + JSON.stringify(ANSWER_JSON_SCHEMA));
  const numbered = (list: readonly SentenceInfo[]): NumberedSentence[] => list.map((s) => ({ n: s.index + 1, text: s.text }));
  const wanted = new Set(cues.flatMap((s) => [s.index - 2, s.index - 1, s.index]));
  for (const list of [sentences, sentences.filter((s) => wanted.has(s.index))]) {
    const user = articleMessage(title, numbered(list));
    const room = articleTokens - fixed - estimateTokens(user);
    if (room >= MIN_OUTPUT_TOKENS) {
      return { system: SYSTEM_PROMPT, user, schema: ANSWER_JSON_SCHEMA, schemaName: ANSWER_SCHEMA_NAME, maxOutputTokens: Math.min(MAX_OUTPUT_TOKENS, room) };
    }
  }
  return null;
}
