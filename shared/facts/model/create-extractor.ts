import type { ExtractorConfig, ModelEndpoint } from '../../config/extractor-config.js';
import { rulesExtractor, type FactExtractor } from '../extractor.js';
import { createHybridExtractor } from './hybrid-extractor.js';
import { memoryBudget } from './memory-budget.js';
import { createModelExtractor } from './model-extractor.js';
import { createOpenAiClient } from './openai-client.js';
import type { ModelCache, ModelClient, TokenBudget } from './types.js';

export interface ExtractorDeps {
  /** @default no cache */
  cache?: ModelCache | null;
  /** @default one in-memory budget of the configured run tokens */
  budget?: TokenBudget;
  warn?: (message: string) => void;
}

/**
 * The extractor a configuration asks for. The model adapters are loaded only here and only for the
 * endpoint configured: the Bedrock client never loads for an OpenAI-compatible endpoint, nor either
 * for the rules.
 */
export async function createExtractor(config: ExtractorConfig, deps: ExtractorDeps = {}): Promise<FactExtractor> {
  if (config.kind === 'rules') return rulesExtractor;
  const model = createModelExtractor({
    client: await clientFor(config.endpoint),
    budget: deps.budget ?? memoryBudget(config.limits.runTokens),
    limits: config.limits,
    cache: deps.cache ?? null,
    warn: deps.warn,
  });
  return config.kind === 'hybrid' ? createHybridExtractor(model) : model;
}

async function clientFor(endpoint: ModelEndpoint): Promise<ModelClient> {
  if (endpoint.provider === 'openai') return createOpenAiClient(endpoint);
  const { createBedrockClient } = await import('./bedrock-client.js');
  return createBedrockClient({ modelId: endpoint.modelId });
}
