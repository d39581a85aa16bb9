import * as z from 'zod';
import { FactStatusSchema, FactTypeSchema, CurrencySchema } from '../../schemas/fact.js';
import { CountryCodeSchema } from '../../schemas/feed.js';
import { ModelError, type JsonSchema } from './types.js';

/**
 * What the model answers: facts as sentence numbers and fields, never as text of its own. Grounding
 * (grounding.ts) takes the evidence from our sentences and checks every field against them; the
 * enums come from the fact schema, so the model cannot answer a type or status the store would refuse.
 */
export const ModelFactSchema = z.object({
  type: FactTypeSchema,
  /** The numbers of the sentences that state the fact, as the article was sent (1 = first). */
  sentences: z.array(z.number().int()).min(1).max(4),
  /** The sum as stated: value in whole units ("$1.2 billion" is 1200000000) and its ISO 4217 code. */
  amount: z.object({ value: z.number().nonnegative(), currency: CurrencySchema }).nullable(),
  countries: z.array(CountryCodeSchema).max(12),
  organizations: z.array(z.string().min(1).max(200)).max(12),
  status: FactStatusSchema.nullable(),
  sector: z.string().max(60).nullable(),
  location: z.string().max(120).nullable(),
  period: z.string().max(60).nullable(),
});
export type ModelFact = z.infer<typeof ModelFactSchema>;

/** A long article rarely holds more; a reply with more is cut here rather than trusted. */
export const MAX_MODEL_FACTS = 60;

export const ModelAnswerSchema = z.object({ facts: z.array(ModelFactSchema).max(MAX_MODEL_FACTS) });

/** The tool / response-format name the adapters pass with the schema. */
export const ANSWER_SCHEMA_NAME = 'cooperation_facts';

/**
 * The answer's JSON schema, from the zod schema above: every property required and no others, as
 * OpenAI's strict structured outputs and Bedrock's tool input both accept.
 */
export const ANSWER_JSON_SCHEMA: JsonSchema = (() => {
  const { $schema: _, ...schema } = z.toJSONSchema(ModelAnswerSchema, { target: 'draft-7', io: 'input' }) as JsonSchema;
  return closed(schema) as JsonSchema;
})();

/** Every object closed (strict mode requires it), and the integer bounds zod adds (±2^53) left out as noise. */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if ((k === 'minimum' || k === 'maximum') && Math.abs(v as number) === Number.MAX_SAFE_INTEGER) continue;
    out[k] = closed(v);
  }
  if (out.type === 'object') out.additionalProperties = false;
  return out;
}

/**
 * Reads a reply: JSON with a `facts` array, each fact checked on its own so that one bad fact costs
 * only itself (reported with its index and the problem). A reply that is not such JSON is a
 * `malformed` ModelError: the article then falls back to the rules.
 */
export interface ModelAnswer {
  /** The facts of the right shape, each with its position in the reply (for reports). */
  facts: Array<{ index: number; fact: ModelFact }>;
  invalid: Array<{ index: number; problem: string }>;
}

export function readAnswer(text: string): ModelAnswer {
  let json: unknown;
  try {
    json = JSON.parse(stripFence(text));
  } catch (err) {
    throw new ModelError('malformed', `the model's reply is not JSON: ${text.slice(0, 80)}`, { cause: err });
  }
  const list = json && typeof json === 'object' && Array.isArray((json as { facts?: unknown }).facts) ? (json as { facts: unknown[] }).facts : null;
  if (!list) throw new ModelError('malformed', 'the model\'s reply has no "facts" array');
  const facts: ModelAnswer['facts'] = [];
  const invalid: Array<{ index: number; problem: string }> = [];
  list.slice(0, MAX_MODEL_FACTS).forEach((raw, index) => {
    const parsed = ModelFactSchema.safeParse(raw);
    if (parsed.success) facts.push({ index, fact: parsed.data });
    else invalid.push({ index, problem: parsed.error.issues.map((i) => `${i.path.join('.') || 'fact'}: ${i.message}`).join('; ') });
  });
  return { facts, invalid };
}

/** Some local servers wrap JSON in a Markdown fence even when asked for JSON. */
function stripFence(text: string): string {
  const m = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/i.exec(text);
  return m ? m[1]! : text;
}
