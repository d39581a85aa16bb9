import * as z from 'zod';
import type { BedrockRuntimeClient, ConverseCommandInput, ConverseCommandOutput } from '@aws-sdk/client-bedrock-runtime';
import { ModelError, type ModelClient, type ModelErrorKind, type ModelReply, type ModelRequest } from './types.js';

/** The SDK module, loaded on the first call: only a model extractor on Bedrock ever pays for it. */
type BedrockSdk = typeof import('@aws-sdk/client-bedrock-runtime');

export interface BedrockClientOptions {
  /** A foundation model id or an inference profile id (BEDROCK_MODEL_ID). */
  modelId: string;
  /**
   * A client to call through (tests, another region or endpoint).
   * @default a client from the environment (AWS_REGION and the Lambda role), with the SDK's own
   * retries off: retrying is the extractor's, so a throttled call is not retried 3 × its attempts.
   */
  client?: BedrockRuntimeClient;
}

/**
 * The ModelClient over Amazon Bedrock's Converse API. The answer's shape is a tool the model is
 * made to call, so the reply is the tool's input (already JSON) and never prose to be parsed.
 * Nothing is imported from the SDK until the first call: no cost and no network for the rules path.
 * @example createBedrockClient({ modelId: 'eu.anthropic.claude-3-haiku-20240307-v1:0' })
 */
export function createBedrockClient({ modelId, client }: BedrockClientOptions): ModelClient {
  let loaded: Promise<{ sdk: BedrockSdk; client: BedrockRuntimeClient }> | undefined;
  const load = () => (loaded ??= import('@aws-sdk/client-bedrock-runtime').then((sdk) => ({
    sdk, client: client ?? new sdk.BedrockRuntimeClient({ maxAttempts: 1 }),
  })));

  return {
    modelId,
    async complete(request, signal) {
      const { sdk, client: bedrock } = await load().catch((err: unknown) => {
        throw new ModelError('config', `Bedrock: cannot load @aws-sdk/client-bedrock-runtime (${messageOf(err)})`, { cause: err });
      });
      // Checked once the SDK is loaded (the first call waits for the import): an abandoned call is never sent.
      if (signal?.aborted) throw abandoned(modelId, signal);
      let output: ConverseCommandOutput;
      try {
        output = await untilAborted(bedrock.send(new sdk.ConverseCommand(converseInput(modelId, request)), { abortSignal: signal }), signal);
      } catch (err) {
        throw await modelErrorOf(err, modelId, bedrock, signal);
      }
      return replyOf(output, modelId, request.schemaName);
    },
  };
}

/** One request as one Converse call: the instructions as system text, the article as the user turn, one forced tool. */
export function converseInput(modelId: string, request: ModelRequest): ConverseCommandInput {
  return {
    modelId,
    system: [{ text: request.system }],
    messages: [{ role: 'user', content: [{ text: request.user }] }],
    toolConfig: {
      tools: [{ toolSpec: { name: request.schemaName, inputSchema: { json: request.schema as Record<string, never> } } }],
      toolChoice: { tool: { name: request.schemaName } },
    },
    // Temperature 0: the same article should give the same facts (and the cache assumes it).
    inferenceConfig: { maxTokens: request.maxOutputTokens, temperature: 0 },
  };
}

/** The parts of a Converse response the reply is made of; the API documents usage as always present. */
const ConverseReplySchema = z.object({
  stopReason: z.string().optional(),
  output: z.object({
    message: z.object({ content: z.array(z.object({ toolUse: z.object({ name: z.string(), input: z.unknown() }).optional() })) }).optional(),
  }).optional(),
  usage: z.object({ inputTokens: z.number().int().nonnegative(), outputTokens: z.number().int().nonnegative() }),
});

/** Stop reasons that say the model would not answer (a guardrail or the provider's filter). */
const REFUSED = new Set(['guardrail_intervened', 'content_filtered']);
/** Stop reasons that say the answer is cut or broken, whatever tool input came with it. */
const BROKEN = new Set(['max_tokens', 'model_context_window_exceeded', 'malformed_model_output', 'malformed_tool_use']);

function replyOf(output: ConverseCommandOutput, modelId: string, tool: string): ModelReply {
  const parsed = ConverseReplySchema.safeParse(output);
  if (!parsed.success) throw new ModelError('malformed', `Bedrock ${modelId}: unexpected Converse response (${z.prettifyError(parsed.error)})`);
  const { stopReason = 'unknown', output: out, usage } = parsed.data;
  if (REFUSED.has(stopReason)) throw new ModelError('refused', `Bedrock ${modelId} declined to answer (stopReason ${stopReason})`);
  if (BROKEN.has(stopReason)) throw new ModelError('malformed', `Bedrock ${modelId}: the answer is incomplete (stopReason ${stopReason})`);
  const call = out?.message?.content.find((block) => block.toolUse?.name === tool)?.toolUse;
  if (call?.input === undefined) throw new ModelError('malformed', `Bedrock ${modelId} did not call the tool ${tool} (stopReason ${stopReason})`);
  return { text: JSON.stringify(call.input), usage: { inputTokens: usage.inputTokens, outputTokens: usage.outputTokens }, modelId };
}

/**
 * Settles as soon as `signal` aborts, even if the SDK is still resolving credentials or the
 * endpoint (its abortSignal only reaches the HTTP request): the extractor's timeout is a bound.
 */
function untilAborted<T>(call: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return call;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    call.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

const KIND_BY_NAME: Record<string, ModelErrorKind> = {
  ThrottlingException: 'throttled', ServiceQuotaExceededException: 'throttled', TooManyRequestsException: 'throttled',
  ModelTimeoutException: 'timeout', AbortError: 'timeout', TimeoutError: 'timeout',
  ServiceUnavailableException: 'unavailable', InternalServerException: 'unavailable', ModelNotReadyException: 'unavailable',
  AccessDeniedException: 'config', ResourceNotFoundException: 'config', ValidationException: 'config',
  UnrecognizedClientException: 'config', InvalidSignatureException: 'config', ExpiredTokenException: 'config',
  CredentialsProviderError: 'config',
};
/** Connection failures below HTTP: the service was not reached, which a retry may fix. */
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** The HTTP status an SDK error carries; ModelErrorException also reports the model's own status. */
function statusOf(err: Record<string, unknown>): number | undefined {
  const original = err.originalStatusCode;
  if (typeof original === 'number') return original;
  const meta = err.$metadata as { httpStatusCode?: unknown } | undefined;
  return typeof meta?.httpStatusCode === 'number' ? meta.httpStatusCode : undefined;
}

/** Names the failure by what the extractor should do about it (ModelErrorKind): retry, fall back, or stop and fix. */
export function kindOf(err: unknown): { kind: ModelErrorKind; status?: number } {
  const e = (typeof err === 'object' && err !== null ? err : {}) as Record<string, unknown>;
  const status = statusOf(e);
  const named = KIND_BY_NAME[String(e.name)];
  // ModelErrorException is the model's own failure, passed on with its status: judge it by that.
  if (named && e.name !== 'ModelErrorException') return { kind: named, status };
  if (status === 429) return { kind: 'throttled', status };
  if (status === 408) return { kind: 'timeout', status };
  if (status !== undefined && status >= 500) return { kind: 'unavailable', status };
  if (status === 401 || status === 403) return { kind: 'config', status };
  if (status === undefined && NETWORK_CODES.has(String(e.code))) return { kind: 'unavailable', status };
  return { kind: 'http', status };
}

/** The SDK's words when neither AWS_REGION nor a profile gives a region (a local run, never a Lambda). */
const NO_REGION = /^Region is missing/;

async function modelErrorOf(err: unknown, modelId: string, client: BedrockRuntimeClient, signal?: AbortSignal): Promise<ModelError> {
  if (signal?.aborted) return abandoned(modelId, signal);
  if (NO_REGION.test(messageOf(err))) {
    return new ModelError('config', `Bedrock ${modelId}: no AWS region is set; set AWS_REGION (or a region in the AWS profile) to one where the model is enabled`, { cause: err });
  }
  const { kind, status } = kindOf(err);
  const what = `${err instanceof Error ? err.name : 'Error'}: ${messageOf(err)}`;
  if (kind !== 'config') return new ModelError(kind, `Bedrock ${modelId}: ${what}`, { cause: err, status });
  const region = await client.config.region().catch(() => 'its region');
  return new ModelError(kind, `Bedrock refused ${modelId} in ${region} (${what}). Check that access to this model is enabled in `
    + `the Bedrock console for ${region}, that BEDROCK_MODEL_ID names it exactly (an inference profile id such as eu.… or us.… for `
    + 'models that need one), and that the role allows bedrock:InvokeModel on it.', { cause: err, status });
}

function abandoned(modelId: string, signal: AbortSignal): ModelError {
  const reason = signal.reason instanceof Error ? signal.reason.name : 'aborted';
  return new ModelError('timeout', `Bedrock ${modelId}: call abandoned (${reason})`, { cause: signal.reason });
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
