/**
 * The port between the model extractor and a language model service. Adapters (openai-client.ts for any
 * OpenAI-compatible chat-completions endpoint, bedrock-client.ts for Amazon Bedrock's Converse API) turn a
 * request into one call and its reply into text, and nothing more: retries, budgets, caching, grounding
 * and the fallback to rules are the extractor's (model-extractor.ts), the same for every adapter.
 */

/** A JSON Schema object, as z.toJSONSchema gives it. */
export type JsonSchema = Record<string, unknown>;

/** One structured call: instructions, the article as data, and the shape the answer must have. */
export interface ModelRequest {
  /** The instructions (prompt.ts), never holding article text. */
  system: string;
  /** The article as data: numbered sentences in a JSON document. */
  user: string;
  /** The answer's shape, passed to the service as a JSON schema (OpenAI) or a tool's input schema (Bedrock). */
  schema: JsonSchema;
  /** A short name for the schema or tool: letters, digits, underscores. */
  schemaName: string;
  maxOutputTokens: number;
}

/** What the service answered: the answer as JSON text, and the tokens it counted. */
export interface ModelReply {
  text: string;
  usage: { inputTokens: number; outputTokens: number };
  modelId: string;
}

export interface ModelClient {
  /** The model the client calls ("gpt-4o-mini", "anthropic.claude-3-haiku-20240307-v1:0"), part of the cache key. */
  readonly modelId: string;
  /** One call. Throws ModelError on any failure; must honour `signal` (the extractor's timeout). */
  complete(request: ModelRequest, signal?: AbortSignal): Promise<ModelReply>;
}

/** Why a call failed: throttled (429, ThrottlingException) and timeouts are retried, the rest are not. */
export type ModelErrorKind = 'throttled' | 'timeout' | 'unavailable' | 'http' | 'malformed' | 'refused' | 'config';

export class ModelError extends Error {
  override name = 'ModelError';
  constructor(
    readonly kind: ModelErrorKind,
    message: string,
    options?: ErrorOptions & { status?: number; retryAfterMs?: number },
  ) {
    super(message, options);
    this.status = options?.status ?? null;
    this.retryAfterMs = options?.retryAfterMs ?? null;
  }
  /** The HTTP status, when the service answered with one. */
  readonly status: number | null;
  /** How long the service asked us to wait (Retry-After), when it said. */
  readonly retryAfterMs: number | null;
  get retryable(): boolean {
    return this.kind === 'throttled' || this.kind === 'timeout' || this.kind === 'unavailable';
  }
}

/**
 * Replies kept by request: the key is a hash of the prompt version, the model id and the request,
 * so `reextract` and re-runs of an unchanged article cost nothing, and a new prompt or model asks again.
 */
export interface ModelCache {
  get(key: string): Promise<ModelReply | null>;
  put(key: string, reply: ModelReply): Promise<void>;
}

/**
 * Tokens a run may still spend. `take` reserves an estimate before a call and says whether it fits;
 * `settle` replaces the estimate with what the service counted. Locally one run has one budget in
 * memory; on AWS the process Lambdas share a daily counter in the table.
 */
export interface TokenBudget {
  take(estimate: number): Promise<boolean>;
  settle(estimate: number, actual: number): Promise<void>;
  /** Tokens counted so far (for the run summary). */
  used(): number;
}
