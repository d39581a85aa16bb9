import * as z from 'zod';
import { ModelError, type ModelClient, type ModelReply, type ModelRequest } from './types.js';

export interface OpenAiClientOptions {
  /** The API root, e.g. http://127.0.0.1:8080/v1 (llama.cpp server), http://127.0.0.1:11434/v1 (Ollama). */
  baseUrl: string;
  model: string;
  apiKey?: string | null;
  fetch?: typeof fetch;
}

const CompletionSchema = z.object({
  model: z.string().optional(),
  choices: z.array(z.object({
    finish_reason: z.string().nullish(),
    message: z.object({ content: z.string().nullish(), refusal: z.string().nullish() }),
  })).min(1),
  usage: z.object({ prompt_tokens: z.number().int().nonnegative(), completion_tokens: z.number().int().nonnegative() }).partial().nullish(),
});

/**
 * Any OpenAI-compatible chat-completions endpoint (OpenAI, vLLM, llama.cpp server, Ollama): one POST
 * per call, the answer's shape as a strict JSON-schema response format, temperature 0. Nothing is
 * fetched before the first call.
 */
export function createOpenAiClient(options: OpenAiClientOptions): ModelClient {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const doFetch = options.fetch ?? fetch;
  return {
    modelId: options.model,
    async complete(request: ModelRequest, signal?: AbortSignal): Promise<ModelReply> {
      const body = {
        model: options.model,
        messages: [{ role: 'system', content: request.system }, { role: 'user', content: request.user }],
        response_format: { type: 'json_schema', json_schema: { name: request.schemaName, strict: true, schema: request.schema } },
        max_tokens: request.maxOutputTokens,
        temperature: 0,
      };
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) },
          body: JSON.stringify(body),
          signal,
        });
      } catch (err) {
        if (signal?.aborted || (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError'))) {
          throw new ModelError('timeout', `${url} did not answer in time`, { cause: err });
        }
        throw new ModelError('unavailable', `${url} unreachable: ${err instanceof Error ? (err.cause as Error | undefined)?.message ?? err.message : String(err)}`, { cause: err });
      }
      const text = await response.text().catch((err: unknown) => {
        throw new ModelError(signal?.aborted ? 'timeout' : 'unavailable', `${url}: the reply broke off`, { cause: err });
      });
      if (!response.ok) throw httpError(url, response, text);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (err) {
        throw new ModelError('malformed', `${url} answered ${response.status} with a body that is not JSON`, { cause: err });
      }
      const parsed = CompletionSchema.safeParse(json);
      if (!parsed.success) throw new ModelError('malformed', `${url} answered without choices[0].message: ${parsed.error.issues[0]?.message ?? ''}`);
      const choice = parsed.data.choices[0]!;
      if (choice.message.refusal) throw new ModelError('refused', `the model refused: ${choice.message.refusal.slice(0, 200)}`);
      if (choice.finish_reason === 'length') throw new ModelError('malformed', `the answer was cut at max_tokens (${request.maxOutputTokens})`);
      if (choice.finish_reason === 'content_filter') throw new ModelError('refused', 'the answer was withheld by a content filter');
      const content = choice.message.content;
      if (!content) throw new ModelError('malformed', 'the model answered with no content');
      return {
        text: content,
        usage: { inputTokens: parsed.data.usage?.prompt_tokens ?? 0, outputTokens: parsed.data.usage?.completion_tokens ?? 0 },
        modelId: options.model,
      };
    },
  };
}

function httpError(url: string, response: Response, body: string): ModelError {
  const status = response.status;
  const detail = `${url} answered ${status}: ${body.slice(0, 200).replace(/\s+/g, ' ')}`;
  if (status === 429) return new ModelError('throttled', detail, { status, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) });
  if (status === 408 || status === 504) return new ModelError('timeout', detail, { status });
  if (status >= 500) return new ModelError('unavailable', detail, { status, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) });
  if (status === 401 || status === 403 || status === 404) return new ModelError('config', `${detail} (check LLM_BASE_URL, LLM_MODEL and LLM_API_KEY)`, { status });
  return new ModelError('http', detail, { status });
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}
