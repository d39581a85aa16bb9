// The model extractor over Bedrock (aws-sdk-client-mock, scripted): the same grounding and the same
// fallbacks as over an OpenAI-compatible endpoint; the Converse request carries the article as data.
import { afterEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { BedrockRuntimeClient, ConverseCommand, ThrottlingException, type ConverseCommandOutput } from '@aws-sdk/client-bedrock-runtime';
import { createBedrockClient } from '../../../../shared/facts/model/bedrock-client.js';
import { createModelExtractor } from '../../../../shared/facts/model/model-extractor.js';
import { memoryBudget } from '../../../../shared/facts/model/memory-budget.js';
import { SYSTEM_PROMPT } from '../../../../shared/facts/model/prompt.js';
import { extractFacts } from '../../../../shared/facts/extract-facts.js';

const ARTICLE = {
  title: 'Kazakhstan, EBRD sign €75 million loan for Shymkent heating',
  paragraphs: [
    'ASTANA, March 4. The European Bank for Reconstruction and Development (EBRD) and Kazakhstan signed a loan agreement of €75 million to modernise the heating network of Shymkent.',
    'The project will replace 120 kilometres of pipes and cut heat losses by a third, the city administration said in a statement on Tuesday.',
  ],
};
const MODEL = 'anthropic.claude-3-haiku-20240307-v1:0';
const bedrock = mockClient(BedrockRuntimeClient);
afterEach(() => bedrock.reset());

const extractor = () => createModelExtractor({
  client: createBedrockClient({ modelId: MODEL, client: new BedrockRuntimeClient({ region: 'eu-central-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } }) }),
  budget: memoryBudget(1e6), limits: { articleTokens: 12_000, runTokens: 1e6, timeoutMs: 2000 },
  retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
});

const toolReply = (facts: unknown[]): ConverseCommandOutput => ({
  output: { message: { role: 'assistant' as const, content: [{ toolUse: { toolUseId: 't1', name: 'cooperation_facts', input: { facts } } }] } },
  stopReason: 'tool_use', usage: { inputTokens: 1400, outputTokens: 90, totalTokens: 1490 }, metrics: { latencyMs: 1 }, $metadata: {},
} as ConverseCommandOutput);

describe('the model extractor over Bedrock', () => {
  it('sends the instructions as system and the article as one user message, and grounds the tool input', async () => {
    // Our splitter reads the dateline "ASTANA, March 4." as sentence 1.
    const loan = { type: 'financing', sentences: [2], amount: { value: 75e6, currency: 'EUR' }, countries: ['KZ'], organizations: ['EBRD'], status: 'signed', sector: 'heating', location: 'Shymkent', period: null };
    const invented = { ...loan, organizations: ['Northwind Meridian Holdings'] };
    bedrock.on(ConverseCommand).resolves(toolReply([loan, invented]));
    const e = await extractor().extract(ARTICLE);
    const input = bedrock.commandCalls(ConverseCommand)[0]!.args[0].input;
    expect(input.system).toEqual([{ text: SYSTEM_PROMPT }]);
    expect(input.messages).toHaveLength(1);
    const sent = JSON.parse((input.messages![0]!.content![0] as { text: string }).text);
    expect(sent.title).toBe(ARTICLE.title);
    expect(sent.sentences.slice(0, 2)).toEqual([{ n: 1, text: 'ASTANA, March 4.' }, { n: 2, text: ARTICLE.paragraphs[0]!.slice('ASTANA, March 4. '.length) }]);
    expect(e.facts.map((f) => [f.type, f.extractor, f.amount?.value])).toEqual([['financing', 'model', 75e6]]);
    expect(e.model).toMatchObject({ modelId: MODEL, usage: { inputTokens: 1400, outputTokens: 90 }, dropped: [{ index: 1, reason: 'organization-not-named' }] });
  });

  it('falls back to the rules when Bedrock keeps throttling', async () => {
    bedrock.on(ConverseCommand).rejects(new ThrottlingException({ message: 'Too many requests', $metadata: { httpStatusCode: 429 } }));
    const e = await extractor().extract(ARTICLE);
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(2);
    expect(e.fallback?.reason).toBe('model-throttled');
    expect(e.facts).toEqual(extractFacts(ARTICLE));
  });
});
