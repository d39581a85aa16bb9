// Bedrock has no local equivalent: the Converse call is mocked (aws-sdk-client-mock) and its input
// asserted exactly; the abort path also runs through the real SDK against a loopback server.
import { createServer, type Http2Server, type ServerHttp2Stream } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock';
import {
  AccessDeniedException, BedrockRuntimeClient, ConverseCommand, InternalServerException, ModelErrorException,
  ModelNotReadyException, ModelTimeoutException, ResourceNotFoundException, ServiceQuotaExceededException,
  ServiceUnavailableException, ThrottlingException, ValidationException, type ConverseCommandOutput,
} from '@aws-sdk/client-bedrock-runtime';
import { createBedrockClient } from '../../../../shared/facts/model/bedrock-client.js';
import { ModelError, type ModelErrorKind, type ModelRequest } from '../../../../shared/facts/model/types.js';

const MODEL = 'anthropic.claude-3-haiku-20240307-v1:0';
const REQUEST: ModelRequest = {
  system: 'Return the cooperation facts the numbered sentences state, and only those.',
  user: JSON.stringify({ title: 'Tashkent and Seoul sign a grid deal', sentences: [{ n: 1, text: 'Uzbekistan and Korea signed a $300 million grid agreement.' }] }),
  schema: { type: 'object', properties: { facts: { type: 'array', items: { type: 'object' } } }, required: ['facts'], additionalProperties: false },
  schemaName: 'record_facts',
  maxOutputTokens: 2_000,
};
const ANSWER = { facts: [{ type: 'agreement', sentence: 1, countries: ['UZ', 'KR'], amount: { value: 300_000_000, currency: 'USD' } }] };
const META = { $metadata: {} };

/** A Converse response as the service sends it: a tool call (optionally after some text), usage and a stop reason. */
function converseReply(o: { content?: NonNullable<NonNullable<ConverseCommandOutput['output']>['message']>['content']; stopReason?: string; usage?: unknown } = {}): ConverseCommandOutput {
  return {
    output: { message: { role: 'assistant', content: o.content ?? [{ toolUse: { toolUseId: 'tooluse_1', name: 'record_facts', input: ANSWER } }] } },
    stopReason: (o.stopReason ?? 'tool_use') as ConverseCommandOutput['stopReason'],
    usage: (o.usage === undefined ? { inputTokens: 812, outputTokens: 97, totalTokens: 909 } : o.usage) as ConverseCommandOutput['usage'],
    metrics: { latencyMs: 640 },
    ...META,
  };
}

/** The ModelError a call ends in (or a failure of the test if it answers). */
async function failure(call: Promise<unknown>): Promise<ModelError> {
  const err = await call.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ModelError);
  return err as ModelError;
}

describe('createBedrockClient (Converse, mocked)', () => {
  // Made in beforeAll, not while the file is collected: a mock made at collection stays on the SDK when a filter (-t) skips
  // this block's tests, and its afterAll with them, and the loopback tests below would then talk to it.
  let bedrock: AwsClientStub<BedrockRuntimeClient>;
  const client = () => new BedrockRuntimeClient({ region: 'eu-central-1', credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' } });
  beforeAll(() => {
    bedrock = mockClient(BedrockRuntimeClient);
  });
  afterEach(() => bedrock.reset());
  afterAll(() => bedrock.restore());

  it('sends one ConverseCommand: system text, the article as the user turn, one forced tool with the schema, temperature 0, and the signal', async () => {
    // Prepare
    bedrock.on(ConverseCommand).resolves(converseReply());
    const signal = new AbortController().signal;
    // Act
    await createBedrockClient({ modelId: MODEL, client: client() }).complete(REQUEST, signal);
    // Assert
    const calls = bedrock.commandCalls(ConverseCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input).toEqual({
      modelId: MODEL,
      system: [{ text: REQUEST.system }],
      messages: [{ role: 'user', content: [{ text: REQUEST.user }] }],
      toolConfig: {
        tools: [{ toolSpec: { name: 'record_facts', inputSchema: { json: REQUEST.schema } } }],
        toolChoice: { tool: { name: 'record_facts' } },
      },
      inferenceConfig: { maxTokens: 2_000, temperature: 0 },
    });
    expect((calls[0]!.args as unknown[])[1]).toEqual({ abortSignal: signal });
  });

  it('answers with the tool input as JSON text, the service\'s token counts and the model id, skipping text before the tool call', async () => {
    bedrock.on(ConverseCommand).resolves(converseReply({
      content: [{ text: 'Recording the facts.' }, { toolUse: { toolUseId: 'tooluse_2', name: 'record_facts', input: ANSWER } }],
      usage: { inputTokens: 1_534, outputTokens: 211, totalTokens: 1_745 },
    }));
    const reply = await createBedrockClient({ modelId: MODEL, client: client() }).complete(REQUEST);
    expect(reply).toEqual({ text: JSON.stringify(ANSWER), usage: { inputTokens: 1_534, outputTokens: 211 }, modelId: MODEL });
  });

  it('builds its own client only on the first call, with the SDK\'s retries off (the extractor retries)', async () => {
    bedrock.on(ConverseCommand).resolves(converseReply());
    const model = createBedrockClient({ modelId: MODEL });
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(0);
    await model.complete(REQUEST);
    await model.complete(REQUEST);
    const [first, second] = bedrock.commandCalls(ConverseCommand);
    expect(first!.thisValue).toBe(second!.thisValue);
    expect(await (first!.thisValue as BedrockRuntimeClient).config.maxAttempts()).toBe(1);
  });

  const exception = <T extends object>(Type: new (o: { message: string; $metadata: object }) => T, status: number, extra: object = {}) =>
    Object.assign(new Type({ message: `${Type.name} from the service`, $metadata: { httpStatusCode: status } }), extra);
  const httpError = (name: string, status: number) => Object.assign(new Error(`${name} (${status})`), { name, $metadata: { httpStatusCode: status } });
  const cases: [string, () => unknown, ModelErrorKind, boolean][] = [
    ['ThrottlingException', () => exception(ThrottlingException, 429), 'throttled', true],
    ['ServiceQuotaExceededException', () => exception(ServiceQuotaExceededException, 400), 'throttled', true],
    ['an unnamed 429', () => httpError('UnknownError', 429), 'throttled', true],
    ['ModelTimeoutException', () => exception(ModelTimeoutException, 408), 'timeout', true],
    ['ServiceUnavailableException', () => exception(ServiceUnavailableException, 503), 'unavailable', true],
    ['InternalServerException', () => exception(InternalServerException, 500), 'unavailable', true],
    ['ModelNotReadyException', () => exception(ModelNotReadyException, 429), 'unavailable', true],
    ['an unnamed 502', () => httpError('UnknownError', 502), 'unavailable', true],
    ['a reset connection', () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'unavailable', true],
    ['ModelErrorException passing on a 429', () => exception(ModelErrorException, 424, { originalStatusCode: 429 }), 'throttled', true],
    ['ModelErrorException passing on a 400', () => exception(ModelErrorException, 424, { originalStatusCode: 400 }), 'http', false],
    ['an unnamed 409', () => httpError('ConflictException', 409), 'http', false],
    ['AccessDeniedException', () => exception(AccessDeniedException, 403), 'config', false],
    ['ResourceNotFoundException', () => exception(ResourceNotFoundException, 404), 'config', false],
    ['ValidationException', () => exception(ValidationException, 400), 'config', false],
    ['UnrecognizedClientException', () => httpError('UnrecognizedClientException', 403), 'config', false],
  ];

  it.each(cases.map(([what, error, kind, retryable]) => ({ what, error, kind, retryable })))('maps $what to $kind (retryable: $retryable)', async ({ error, kind, retryable }) => {
    bedrock.on(ConverseCommand).rejects(error() as Error);
    const err = await failure(createBedrockClient({ modelId: MODEL, client: client() }).complete(REQUEST));
    expect([err.kind, err.retryable]).toEqual([kind, retryable]);
    expect(err.cause).toBeInstanceOf(Error);
    expect(err.message).toContain(MODEL);
  });

  it('says what to check on a configuration failure: model access in the region, the model id, the role', async () => {
    bedrock.on(ConverseCommand).rejects(exception(AccessDeniedException, 403));
    const err = await failure(createBedrockClient({ modelId: MODEL, client: client() }).complete(REQUEST));
    expect(err.message).toBe(`Bedrock refused ${MODEL} in eu-central-1 (AccessDeniedException: AccessDeniedException from the service). `
      + 'Check that access to this model is enabled in the Bedrock console for eu-central-1, that BEDROCK_MODEL_ID names it exactly '
      + '(an inference profile id such as eu.… or us.… for models that need one), and that the role allows bedrock:InvokeModel on it.');
    expect(err.status).toBe(403);
  });

  it('asks for a region when the SDK has none (a local run without AWS_REGION)', async () => {
    // Prepare: the real client (afterEach's reset() stubs send again), with no region anywhere in its environment.
    bedrock.restore();
    const saved = { AWS_REGION: process.env.AWS_REGION, AWS_DEFAULT_REGION: process.env.AWS_DEFAULT_REGION, AWS_CONFIG_FILE: process.env.AWS_CONFIG_FILE, AWS_PROFILE: process.env.AWS_PROFILE };
    Object.assign(process.env, { AWS_CONFIG_FILE: '/nonexistent/aws-config', AWS_PROFILE: 'none' });
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    try {
      const noRegion = new BedrockRuntimeClient({ credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' } });
      // Act
      const err = await failure(createBedrockClient({ modelId: MODEL, client: noRegion }).complete(REQUEST));
      // Assert
      expect([err.kind, err.message]).toEqual(['config', `Bedrock ${MODEL}: no AWS region is set; set AWS_REGION (or a region in the AWS profile) to one where the model is enabled`]);
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
  });

  const replies: [string, ConverseCommandOutput, ModelErrorKind, RegExp][] = [
    ['prose and no tool call', converseReply({ content: [{ text: 'There are no facts here.' }], stopReason: 'end_turn' }), 'malformed', /did not call the tool record_facts \(stopReason end_turn\)/],
    ['a call of another tool', converseReply({ content: [{ toolUse: { toolUseId: 't', name: 'search', input: {} } }] }), 'malformed', /did not call the tool record_facts/],
    ['an answer cut at max_tokens', converseReply({ stopReason: 'max_tokens' }), 'malformed', /incomplete \(stopReason max_tokens\)/],
    ['a guardrail', converseReply({ content: [{ text: 'Sorry.' }], stopReason: 'guardrail_intervened' }), 'refused', /declined to answer \(stopReason guardrail_intervened\)/],
    ['the content filter', converseReply({ content: [], stopReason: 'content_filtered' }), 'refused', /declined to answer \(stopReason content_filtered\)/],
    ['no token counts', converseReply({ usage: null }), 'malformed', /unexpected Converse response/],
  ];

  it.each(replies)('refuses a reply with %s', async (_what, reply, kind, message) => {
    bedrock.on(ConverseCommand).resolves(reply);
    const err = await failure(createBedrockClient({ modelId: MODEL, client: client() }).complete(REQUEST));
    expect(err.kind).toBe(kind);
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(message);
  });

  it('sends nothing when the signal has already fired', async () => {
    bedrock.on(ConverseCommand).resolves(converseReply());
    const err = await failure(createBedrockClient({ modelId: MODEL, client: client() }).complete(REQUEST, AbortSignal.abort()));
    expect([err.kind, err.message]).toEqual(['timeout', `Bedrock ${MODEL}: call abandoned (AbortError)`]);
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(0);
  });

  it('gives up as soon as the signal fires, even while the SDK has not answered', async () => {
    // Prepare: a call that never settles by itself.
    bedrock.on(ConverseCommand).callsFake(() => new Promise(() => {}));
    const started = Date.now();
    // Act
    const err = await failure(createBedrockClient({ modelId: MODEL, client: client() }).complete(REQUEST, AbortSignal.timeout(50)));
    // Assert
    expect([err.kind, err.retryable, err.message]).toEqual(['timeout', true, `Bedrock ${MODEL}: call abandoned (TimeoutError)`]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('createBedrockClient (the real SDK against a loopback server)', () => {
  // The Bedrock runtime client speaks HTTP/2 (its default handler), so the server does too (h2c).
  let server: Http2Server;
  let url: string;
  const seen: { path: string; method: string; body: string }[] = [];
  let cancelled: Promise<void>;
  /** How the server answers a request it has read; by default never, so only the caller's signal ends the call. */
  let answer: ((stream: ServerHttp2Stream) => void) | null = null;
  const client = () => new BedrockRuntimeClient({
    endpoint: url, region: 'eu-central-1', maxAttempts: 1, credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
  });
  beforeAll(async () => {
    let markCancelled: () => void;
    cancelled = new Promise((resolve) => { markCancelled = resolve; });
    server = createServer();
    server.on('stream', (stream, headers) => {
      let body = '';
      stream.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
      stream.on('end', () => {
        seen.push({ path: String(headers[':path']), method: String(headers[':method']), body });
        answer?.(stream);
      });
      stream.on('close', () => markCancelled());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('cancels the HTTP request on abort, after sending the Converse body the mock tests assert', async () => {
    const bedrock = client();
    const controller = new AbortController();
    const call = failure(createBedrockClient({ modelId: MODEL, client: bedrock }).complete(REQUEST, controller.signal));
    await expect.poll(() => seen.length).toBe(1);
    controller.abort();
    const err = await call;
    expect(err.kind).toBe('timeout');
    // The stream is reset by the client, not left open until the server gives up.
    await cancelled;
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([`POST /model/${encodeURIComponent(MODEL)}/converse`]);
    expect(JSON.parse(seen[0]!.body)).toEqual({
      system: [{ text: REQUEST.system }],
      messages: [{ role: 'user', content: [{ text: REQUEST.user }] }],
      toolConfig: { tools: [{ toolSpec: { name: 'record_facts', inputSchema: { json: REQUEST.schema } } }], toolChoice: { tool: { name: 'record_facts' } } },
      inferenceConfig: { maxTokens: 2_000, temperature: 0 },
    });
    bedrock.destroy();
  });

  it('reads a throttled answer as the SDK parses it off the wire (ThrottlingException, 429)', async () => {
    answer = (stream) => {
      stream.respond({ ':status': 429, 'content-type': 'application/json', 'x-amzn-errortype': 'ThrottlingException' });
      stream.end(JSON.stringify({ message: 'Too many requests, please wait before trying again.' }));
    };
    const bedrock = client();
    const err = await failure(createBedrockClient({ modelId: MODEL, client: bedrock }).complete(REQUEST));
    expect([err.kind, err.status, err.message]).toEqual(['throttled', 429, `Bedrock ${MODEL}: ThrottlingException: Too many requests, please wait before trying again.`]);
    bedrock.destroy();
  });
});
