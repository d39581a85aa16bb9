import type { ExtractorConfig } from '../../config/extractor-config.js';
import type { Extraction, FallbackReason } from '../extractor.js';
import type { GroundingDrop } from './grounding.js';
import { costOf, priceOf } from './prices.js';

/** What `extract --explain` shows of a model extraction. */
export interface ModelReport {
  fallback: { reason: FallbackReason; detail: string } | null;
  modelId: string | null;
  promptVersion: string | null;
  cached: boolean;
  usage: { inputTokens: number; outputTokens: number };
  proposed: number;
  kept: number;
  dropped: GroundingDrop[];
  facts: Array<{ type: string; extractor: string; amount: string | null; evidence: string }>;
}

export function modelReport(e: Extraction): ModelReport {
  return {
    fallback: e.fallback,
    modelId: e.model?.modelId ?? null,
    promptVersion: e.model?.promptVersion ?? null,
    cached: e.model?.cached ?? false,
    usage: e.model?.usage ?? { inputTokens: 0, outputTokens: 0 },
    proposed: e.model?.proposed ?? 0,
    kept: e.facts.filter((f) => f.extractor === 'model').length,
    dropped: e.model?.dropped ?? [],
    facts: e.facts.map((f) => ({ type: f.type, extractor: f.extractor, amount: f.amount ? `${f.amount.value} ${f.amount.currency}` : null, evidence: f.evidence.slice(0, 120) })),
  };
}

export function renderModelReport(r: ModelReport): string {
  if (r.fallback) return `-- model: not used, the rules read the article (${r.fallback.reason}: ${r.fallback.detail})`;
  const lines = [`-- model ${r.modelId} (${r.promptVersion}): ${r.proposed} facts answered, ${r.kept} kept after grounding${r.cached ? ', reply from the cache' : `, ${r.usage.inputTokens} + ${r.usage.outputTokens} tokens`}`];
  for (const d of r.dropped) lines.push(`  answer ${d.index}: dropped, ${d.reason}: ${d.detail}`);
  r.facts.forEach((f, i) => lines.push(`  fact ${i} (${f.extractor}) ${f.type}${f.amount ? ` ${f.amount}` : ''}: ${f.evidence}`));
  return lines.join('\n');
}

/** Tokens and fallbacks over a batch, for the line `extract` and `eval` print at the end. */
export class UsageTally {
  articles = 0;
  asked = 0;
  cached = 0;
  inputTokens = 0;
  outputTokens = 0;
  dropped = new Map<string, number>();
  fallbacks = new Map<string, number>();

  add(e: Extraction): void {
    this.articles++;
    if (e.fallback) this.fallbacks.set(e.fallback.reason, (this.fallbacks.get(e.fallback.reason) ?? 0) + 1);
    if (!e.model) return;
    if (e.model.cached) this.cached++;
    else this.asked++;
    this.inputTokens += e.model.usage.inputTokens;
    this.outputTokens += e.model.usage.outputTokens;
    for (const d of e.model.dropped) this.dropped.set(d.reason, (this.dropped.get(d.reason) ?? 0) + 1);
  }

  render(config: ExtractorConfig): string {
    if (config.kind === 'rules') return `extractor rules: ${this.articles} articles`;
    const modelId = config.endpoint.provider === 'openai' ? config.endpoint.model : config.endpoint.modelId;
    const list = (m: Map<string, number>) => [...m].map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
    const price = priceOf(modelId);
    const perArticle = this.asked ? ` (${Math.round((this.inputTokens + this.outputTokens) / this.asked)} per article asked)` : '';
    const cost = price
      ? `estimated cost $${costOf(this, price).toFixed(4)} at $${price.input}/$${price.output} per million tokens (${price.source})`
      : 'no cost estimate: set MODEL_PRICE_PER_MTOK="input,output" (USD per million tokens)';
    return [
      `extractor ${config.kind}, model ${modelId}: ${this.articles} articles, ${this.asked} asked, ${this.cached} from the cache, rules instead: ${list(this.fallbacks)}`,
      `tokens: ${this.inputTokens} in + ${this.outputTokens} out${perArticle}; ${cost}`,
      `answers dropped by grounding: ${list(this.dropped)}`,
    ].join('\n');
  }
}
