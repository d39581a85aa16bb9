// process Lambda, rules build: SQS batch → processItem per record (alerts written to the outbox) →
// batch item failures for retryable ones. Facts come from the rules; the model build is
// model-handler.ts, deployed instead when the CDK context `extractor` is model or hybrid, so this
// bundle carries no model code.
import { EXTRACTOR } from '../../shared/config/env-names.js';
import { processLambda } from './process-lambda.js';

// A model asked of the rules build is a deployment mistake: fail the cold start, not silently read with rules.
const asked = process.env[EXTRACTOR]?.trim().toLowerCase();
if (asked && asked !== 'rules') {
  throw new Error(`${EXTRACTOR}=${asked} needs the model build of this function: deploy with \`cdk deploy -c extractor=${asked} -c bedrockModelId=...\``);
}

export const handler = await processLambda();
