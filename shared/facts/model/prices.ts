/**
 * List prices (USD per million tokens, input and output) of a few Bedrock models for the cost
 * estimate `extract` and `eval` print: on-demand, us-east-1, early 2026 (aws.amazon.com/bedrock/pricing).
 * Prices change and differ by region: MODEL_PRICE_PER_MTOK="input,output" overrides, and any other
 * model (a self-hosted one costs nothing per token) has no estimate unless it is set.
 */
export const PRICES_PER_MTOK: ReadonlyArray<{ match: string; input: number; output: number }> = [
  { match: 'claude-3-5-haiku', input: 0.8, output: 4 },
  { match: 'claude-3-haiku', input: 0.25, output: 1.25 },
  { match: 'nova-micro', input: 0.035, output: 0.14 },
  { match: 'nova-lite', input: 0.06, output: 0.24 },
  { match: 'nova-pro', input: 0.8, output: 3.2 },
];

/** The price of a model, or null when neither the environment nor the table knows it. */
export function priceOf(modelId: string, env: NodeJS.ProcessEnv = process.env): { input: number; output: number; source: string } | null {
  const set = env.MODEL_PRICE_PER_MTOK?.split(',').map(Number);
  if (set && set.length === 2 && set.every((n) => Number.isFinite(n) && n >= 0)) return { input: set[0]!, output: set[1]!, source: 'MODEL_PRICE_PER_MTOK' };
  const known = PRICES_PER_MTOK.find((p) => modelId.includes(p.match));
  return known ? { input: known.input, output: known.output, source: 'list price, us-east-1, early 2026' } : null;
}

export function costOf(tokens: { inputTokens: number; outputTokens: number }, price: { input: number; output: number }): number {
  return (tokens.inputTokens * price.input + tokens.outputTokens * price.output) / 1e6;
}
