/**
 * A fake OpenAI-compatible chat-completions server on loopback, driven by a script: each request's
 * body is checked to be a chat completion with a JSON-schema response format, recorded, and answered
 * as the script says (facts, raw text, an HTTP error, a stall). The script sees the article exactly as
 * it was sent, so an oracle can answer with sentence numbers of what it received.
 */
import type http from 'node:http';
import { startHttpServer, type TestServer } from './http-server.js';

export interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
  response_format: { type: string; json_schema: { name: string; strict: boolean; schema: Record<string, unknown> } };
  max_tokens: number;
  temperature: number;
}

/** The article as the model extractor sends it (prompt.ts articleMessage). */
export interface SentArticle {
  title: string;
  sentences: Array<{ n: number; text: string }>;
}

export type ScriptAnswer =
  | { facts: unknown[] }
  | { content: string; finishReason?: string }
  | { status: number; body?: string; headers?: Record<string, string> }
  | { stall: true };

export type Script = (article: SentArticle, request: ChatRequest, call: number) => ScriptAnswer | Promise<ScriptAnswer>;

export interface FakeLlm extends TestServer {
  /** `${url}/v1`, what LLM_BASE_URL is set to. */
  baseUrl: string;
  bodies: ChatRequest[];
  /** Tokens the server reports per call: the request's characters / 4 and the answer's. */
  usage: { input: number; output: number };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

export async function startFakeLlm(script: Script): Promise<FakeLlm> {
  const bodies: ChatRequest[] = [];
  const usage = { input: 0, output: 0 };
  let calls = 0;
  const server = await startHttpServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404).end('not found');
      return;
    }
    const body = JSON.parse(await readBody(req)) as ChatRequest;
    bodies.push(body);
    const user = body.messages.find((m) => m.role === 'user')?.content ?? '{}';
    const answer = await script(JSON.parse(user) as SentArticle, body, ++calls);
    if ('stall' in answer) return; // never answers: the client's timeout must end it
    if ('status' in answer) {
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(answer.body ?? '{"error":{"message":"scripted"}}');
      return;
    }
    const content = 'facts' in answer ? JSON.stringify({ facts: answer.facts }) : answer.content;
    const input = Math.ceil(JSON.stringify(body.messages).length / 4);
    const output = Math.ceil(content.length / 4);
    usage.input += input;
    usage.output += output;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
      id: `chatcmpl-${calls}`, object: 'chat.completion', model: body.model,
      choices: [{ index: 0, finish_reason: 'finishReason' in answer ? answer.finishReason ?? 'stop' : 'stop', message: { role: 'assistant', content } }],
      usage: { prompt_tokens: input, completion_tokens: output, total_tokens: input + output },
    }));
  });
  return { ...server, baseUrl: `${server.url}/v1`, bodies, usage };
}
