// process Lambda, model build (CDK context extractor=model|hybrid): the same handler as handler.ts,
// with the extractor EXTRACTOR and BEDROCK_MODEL_ID ask for, its replies cached in the bucket (so
// re-extraction costs nothing) and its tokens counted per day in the table (MODEL_RUN_TOKENS).
import { extractorConfig } from '../../shared/config/extractor-config.js';
import { createExtractor } from '../../shared/facts/model/create-extractor.js';
import { blobReplyCache } from '../../shared/facts/model/reply-cache.js';
import { createDynamoTokenBudget } from '../../shared/store/dynamo/token-budget.js';
import { processLambda } from './process-lambda.js';

// Checked before anything else: a bad setting fails the cold start with a message naming it.
const settings = extractorConfig();

export const handler = await processLambda(async ({ doc, blobs, tableName, log }) => (settings.kind === 'rules' ? undefined : createExtractor(settings, {
  cache: blobReplyCache(blobs),
  budget: createDynamoTokenBudget(doc, tableName, { dailyLimit: settings.limits.runTokens }),
  warn: (m) => log.warn(m),
})));
