import { describe, expect, it } from 'vitest';
import { extractorConfig, ExtractorConfigError, MODEL_DEFAULTS } from '../../../shared/config/extractor-config.js';

describe('extractorConfig', () => {
  it('is the rules when nothing is set, whatever model settings lie around', () => {
    expect(extractorConfig({})).toEqual({ kind: 'rules' });
    expect(extractorConfig({ EXTRACTOR: ' Rules ', LLM_BASE_URL: 'http://x/v1' })).toEqual({ kind: 'rules' });
  });

  it('reads an OpenAI-compatible endpoint or a Bedrock model, with the limits', () => {
    expect(extractorConfig({ EXTRACTOR: 'model', LLM_BASE_URL: 'http://127.0.0.1:8080/v1', LLM_MODEL: 'qwen', MODEL_RUN_TOKENS: '5000' })).toEqual({
      kind: 'model', endpoint: { provider: 'openai', baseUrl: 'http://127.0.0.1:8080/v1', model: 'qwen', apiKey: null }, limits: { ...MODEL_DEFAULTS, runTokens: 5000 },
    });
    expect(extractorConfig({ EXTRACTOR: 'hybrid', BEDROCK_MODEL_ID: 'amazon.nova-lite-v1:0', MODEL_TIMEOUT_MS: '' })).toEqual({
      kind: 'hybrid', endpoint: { provider: 'bedrock', modelId: 'amazon.nova-lite-v1:0' }, limits: MODEL_DEFAULTS,
    });
  });

  it('refuses, naming what to set: no endpoint, two endpoints, an unknown kind, a bad URL or limit', () => {
    const problem = (env: NodeJS.ProcessEnv) => {
      try {
        extractorConfig(env);
      } catch (err) {
        expect(err).toBeInstanceOf(ExtractorConfigError);
        return (err as Error).message;
      }
      throw new Error('expected a refusal');
    };
    expect(problem({ EXTRACTOR: 'model' })).toMatch(/set LLM_BASE_URL and LLM_MODEL .* or BEDROCK_MODEL_ID/);
    expect(problem({ EXTRACTOR: 'model', LLM_BASE_URL: 'http://x/v1' })).toMatch(/needs a model/);
    expect(problem({ EXTRACTOR: 'model', LLM_BASE_URL: 'http://x/v1', LLM_MODEL: 'm', BEDROCK_MODEL_ID: 'b' })).toMatch(/not both/);
    expect(problem({ EXTRACTOR: 'gpt' })).toMatch(/EXTRACTOR must be one of rules, model, hybrid/);
    expect(problem({ EXTRACTOR: 'model', LLM_BASE_URL: 'ftp://x', LLM_MODEL: 'm' })).toMatch(/LLM_BASE_URL must be an http\(s\) URL/);
    expect(problem({ EXTRACTOR: 'model', BEDROCK_MODEL_ID: 'b', MODEL_ARTICLE_TOKENS: '-3' })).toMatch(/MODEL_ARTICLE_TOKENS must be > 0/);
  });
});
