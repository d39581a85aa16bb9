import type { ExtractorConfig } from '../config/extractor-config.js';
import { rulesExtractor, type FactExtractor } from '../facts/extractor.js';
import type { PipelineLog } from '../pipeline/types.js';
import type { LocalStores } from './stores.js';

/**
 * The extractor of a local run: the rules, or a model whose replies are kept in the local blob store
 * (s3rver, under model-replies/), so a second run or `npm run reextract` asks nothing again. The
 * model modules load only when a model is configured.
 */
export async function localExtractor(config: ExtractorConfig, stores: LocalStores, log: PipelineLog): Promise<FactExtractor> {
  if (config.kind === 'rules') return rulesExtractor;
  const [{ createExtractor }, { blobReplyCache }] = await Promise.all([
    import('../facts/model/create-extractor.js'), import('../facts/model/reply-cache.js'),
  ]);
  const model = config.endpoint.provider === 'openai' ? `${config.endpoint.model} at ${config.endpoint.baseUrl}` : `${config.endpoint.modelId} on Bedrock`;
  log.info(`extractor ${config.kind}: ${model}, replies cached in the blob store, ${config.limits.runTokens} tokens for this run`);
  return createExtractor(config, { cache: blobReplyCache(stores.blobs), warn: (m) => log.warn(m) });
}
