import { ArnFormat, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * The geography prefixes of Bedrock's cross-Region (system-defined) inference profile ids,
 * "<geo>.<provider>.<model>". A foundation model id starts with its provider, never one of these.
 * Add a prefix here when AWS adds a geography: until then its ids are granted as foundation models
 * and the calls are refused (the adapter's error names the role).
 */
export const INFERENCE_PROFILE_PREFIXES = ['us', 'us-gov', 'eu', 'apac', 'jp', 'au', 'ca', 'global'] as const;

/** The foundation model an inference profile id routes to, or null for a plain model id. */
export function profiledModel(modelId: string): string | null {
  const dot = modelId.indexOf('.');
  const prefix = modelId.slice(0, dot);
  const rest = modelId.slice(dot + 1);
  return dot > 0 && rest.includes('.') && (INFERENCE_PROFILE_PREFIXES as readonly string[]).includes(prefix) ? rest : null;
}

/**
 * The resources bedrock:InvokeModel must allow for `modelId` (Converse is authorised by InvokeModel):
 * - a model id: that foundation model in the stack's region;
 * - an inference profile id: the profile in this account and region, plus its foundation model in
 *   every region, since the profile may route a call to any region of its geography (and a global
 *   profile to any commercial one), each checked against the model's ARN there.
 */
export function bedrockInvokeResources(scope: IConstruct, modelId: string): string[] {
  const stack = Stack.of(scope);
  const foundationModel = (id: string, region?: string) => stack.formatArn({
    service: 'bedrock', region, account: '', resource: 'foundation-model', resourceName: id, arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
  const model = profiledModel(modelId);
  if (model === null) return [foundationModel(modelId)];
  return [
    stack.formatArn({ service: 'bedrock', resource: 'inference-profile', resourceName: modelId, arnFormat: ArnFormat.SLASH_RESOURCE_NAME }),
    foundationModel(model, '*'),
  ];
}
