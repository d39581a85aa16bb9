import * as z from 'zod';
import {
  BEDROCK_MODEL_ID, EXTRACTOR, LLM_API_KEY, LLM_BASE_URL, LLM_MODEL, MODEL_ARTICLE_TOKENS, MODEL_RUN_TOKENS, MODEL_TIMEOUT_MS,
} from './env-names.js';

export const EXTRACTOR_KINDS = ['rules', 'model', 'hybrid'] as const;
export type ExtractorKind = (typeof EXTRACTOR_KINDS)[number];

/** Where the model runs: any OpenAI-compatible chat-completions endpoint, or Amazon Bedrock's Converse API. */
export type ModelEndpoint =
  | { provider: 'openai'; baseUrl: string; model: string; apiKey: string | null }
  | { provider: 'bedrock'; modelId: string };

/** What bounds the model's cost and waiting; tokens are the service's own count (input + output). */
export interface ModelLimits {
  /** An article whose request would need more is not sent (rules take it). */
  articleTokens: number;
  /** Once a run has used this many, the rest of its articles go to the rules. */
  runTokens: number;
  /** One call, before it is abandoned and retried. */
  timeoutMs: number;
}

export type ExtractorConfig =
  | { kind: 'rules' }
  | { kind: 'model' | 'hybrid'; endpoint: ModelEndpoint; limits: ModelLimits };

/** Defaults sized from the real-text sets: a long article's request is ~4,000 tokens (tests/eval/README.md). */
export const MODEL_DEFAULTS: ModelLimits = { articleTokens: 12_000, runTokens: 2_000_000, timeoutMs: 60_000 };

/** A configuration that cannot work; the message says what to set. */
export class ExtractorConfigError extends Error {
  override readonly name = 'ExtractorConfigError';
}

const positiveInt = (name: string) => z.coerce.number({ error: `${name} must be a number` }).int(`${name} must be a whole number`).positive(`${name} must be > 0`);
const optional = z.string().trim().optional().transform((v) => (v ? v : undefined));
/** An unset or empty variable is the default; anything else must be a positive whole number. */
const count = (name: string) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), positiveInt(name).optional());

const EnvSchema = z.object({
  [EXTRACTOR]: z.string().trim().toLowerCase().optional().transform((v) => v || 'rules')
    .pipe(z.enum(EXTRACTOR_KINDS, { error: `${EXTRACTOR} must be one of ${EXTRACTOR_KINDS.join(', ')}` })),
  [LLM_BASE_URL]: optional.pipe(z.url({ protocol: /^https?$/, error: `${LLM_BASE_URL} must be an http(s) URL` }).optional()),
  [LLM_MODEL]: optional,
  [LLM_API_KEY]: optional,
  [BEDROCK_MODEL_ID]: optional,
  [MODEL_ARTICLE_TOKENS]: count(MODEL_ARTICLE_TOKENS),
  [MODEL_RUN_TOKENS]: count(MODEL_RUN_TOKENS),
  [MODEL_TIMEOUT_MS]: count(MODEL_TIMEOUT_MS),
});

/**
 * The extractor the environment asks for, checked at start: a model extractor with no endpoint, or
 * with two, is refused with a message naming the variables, never discovered at the first article.
 * @example extractorConfig({ EXTRACTOR: 'model', LLM_BASE_URL: 'http://127.0.0.1:8080/v1', LLM_MODEL: 'qwen2.5-7b' })
 */
export function extractorConfig(env: NodeJS.ProcessEnv = process.env): ExtractorConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new ExtractorConfigError(`Invalid extractor settings: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  const e = parsed.data;
  const kind = e[EXTRACTOR];
  if (kind === 'rules') return { kind };
  const limits: ModelLimits = {
    articleTokens: e[MODEL_ARTICLE_TOKENS] ?? MODEL_DEFAULTS.articleTokens,
    runTokens: e[MODEL_RUN_TOKENS] ?? MODEL_DEFAULTS.runTokens,
    timeoutMs: e[MODEL_TIMEOUT_MS] ?? MODEL_DEFAULTS.timeoutMs,
  };
  const openai = e[LLM_BASE_URL] !== undefined || e[LLM_MODEL] !== undefined;
  const bedrock = e[BEDROCK_MODEL_ID] !== undefined;
  if (openai && bedrock) throw new ExtractorConfigError(`${EXTRACTOR}=${kind}: set either ${LLM_BASE_URL} and ${LLM_MODEL} (an OpenAI-compatible endpoint) or ${BEDROCK_MODEL_ID} (Amazon Bedrock), not both`);
  if (bedrock) return { kind, endpoint: { provider: 'bedrock', modelId: e[BEDROCK_MODEL_ID]! }, limits };
  if (!e[LLM_BASE_URL] || !e[LLM_MODEL]) {
    throw new ExtractorConfigError(`${EXTRACTOR}=${kind} needs a model: set ${LLM_BASE_URL} and ${LLM_MODEL} (an OpenAI-compatible endpoint such as llama.cpp server, Ollama or vLLM; ${LLM_API_KEY} if it asks for one) or ${BEDROCK_MODEL_ID} (Amazon Bedrock)`);
  }
  return { kind, endpoint: { provider: 'openai', baseUrl: e[LLM_BASE_URL], model: e[LLM_MODEL], apiKey: e[LLM_API_KEY] ?? null }, limits };
}
