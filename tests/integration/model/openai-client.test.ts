// The OpenAI-compatible adapter against a real HTTP server on loopback: the request it sends, and
// each way a service can fail, named as the extractor needs it (retry, fall back, or fix settings).
import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiClient } from '../../../shared/facts/model/openai-client.js';
import { ModelError, type ModelRequest } from '../../../shared/facts/model/types.js';
import { startFakeLlm, type FakeLlm, type Script } from '../../helpers/fake-llm.js';
import { startHttpServer } from '../../helpers/http-server.js';

const request: ModelRequest = {
  system: 'instructions', user: JSON.stringify({ title: 'T', sentences: [{ n: 1, text: 'Trade reached $1 billion.' }] }),
  schema: { type: 'object', properties: { facts: { type: 'array' } }, required: ['facts'], additionalProperties: false },
  schemaName: 'cooperation_facts', maxOutputTokens: 2048,
};

let llm: FakeLlm | null = null;
afterEach(async () => {
  await llm?.close();
  llm = null;
});

async function failureOf(script: Script, signal?: AbortSignal, apiKey: string | null = null): Promise<ModelError> {
  llm = await startFakeLlm(script);
  const client = createOpenAiClient({ baseUrl: llm.baseUrl, model: 'local-model', apiKey });
  try {
    await client.complete(request, signal);
  } catch (err) {
    expect(err).toBeInstanceOf(ModelError);
    return err as ModelError;
  }
  throw new Error('expected a failure');
}

describe('createOpenAiClient', () => {
  it('sends one chat completion: instructions as system, the article as user, a strict JSON-schema response format, temperature 0', async () => {
    llm = await startFakeLlm(() => ({ facts: [] }));
    const client = createOpenAiClient({ baseUrl: `${llm.baseUrl}/`, model: 'qwen2.5-7b-instruct', apiKey: 'sk-test' });
    const reply = await client.complete(request);
    expect(llm.bodies).toEqual([{
      model: 'qwen2.5-7b-instruct',
      messages: [{ role: 'system', content: 'instructions' }, { role: 'user', content: request.user }],
      response_format: { type: 'json_schema', json_schema: { name: 'cooperation_facts', strict: true, schema: request.schema } },
      max_tokens: 2048,
      temperature: 0,
    }]);
    expect(llm.requests[0]).toMatchObject({ method: 'POST', url: '/v1/chat/completions', headers: { authorization: 'Bearer sk-test', 'content-type': 'application/json' } });
    expect(reply).toEqual({ text: '{"facts":[]}', usage: { inputTokens: llm.usage.input, outputTokens: llm.usage.output }, modelId: 'qwen2.5-7b-instruct' });
    expect(reply.usage.inputTokens).toBeGreaterThan(0);
  });

  it('sends no authorization header when no key is set', async () => {
    llm = await startFakeLlm(() => ({ facts: [] }));
    await createOpenAiClient({ baseUrl: llm.baseUrl, model: 'm' }).complete(request);
    expect(llm.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('429 is throttling, with the wait Retry-After asks', async () => {
    const e = await failureOf(() => ({ status: 429, headers: { 'retry-after': '7' } }));
    expect([e.kind, e.status, e.retryAfterMs, e.retryable]).toEqual(['throttled', 429, 7000, true]);
  });

  it('5xx is unavailable (retried); 401, 403 and 404 are settings to fix; other 4xx are not retried', async () => {
    expect((await failureOf(() => ({ status: 503 }))).kind).toBe('unavailable');
    await llm?.close();
    const denied = await failureOf(() => ({ status: 401 }));
    expect([denied.kind, denied.retryable]).toEqual(['config', false]);
    expect(denied.message).toContain('LLM_API_KEY');
    await llm?.close();
    expect((await failureOf(() => ({ status: 400, body: '{"error":"bad schema"}' }))).kind).toBe('http');
  });

  it('a body that is not a completion, a reply cut at max_tokens, a refusal and a content filter are named', async () => {
    expect((await failureOf(() => ({ status: 200, body: 'not json' }))).kind).toBe('malformed');
    await llm?.close();
    expect((await failureOf(() => ({ status: 200, body: '{"choices": []}' }))).kind).toBe('malformed');
    await llm?.close();
    expect((await failureOf(() => ({ content: '{"facts": [', finishReason: 'length' }))).message).toMatch(/max_tokens \(2048\)/);
    await llm?.close();
    expect((await failureOf(() => ({ content: '', finishReason: 'content_filter' }))).kind).toBe('refused');
  });

  it('a refusal field is a refusal', async () => {
    const server = await startHttpServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ choices: [{ finish_reason: 'stop', message: { content: null, refusal: 'I cannot help with that.' } }] })));
    try {
      await expect(createOpenAiClient({ baseUrl: server.url, model: 'm' }).complete(request)).rejects.toMatchObject({ kind: 'refused' });
    } finally {
      await server.close();
    }
  });

  it('a server that never answers ends at the caller\'s timeout, as a timeout', async () => {
    const e = await failureOf(() => ({ stall: true }), AbortSignal.timeout(200));
    expect([e.kind, e.retryable]).toEqual(['timeout', true]);
  });

  it('nothing listening is unavailable', async () => {
    const server = await startHttpServer(() => undefined);
    const url = server.url;
    await server.close();
    await expect(createOpenAiClient({ baseUrl: url, model: 'm' }).complete(request)).rejects.toMatchObject({ kind: 'unavailable' });
  });
});
