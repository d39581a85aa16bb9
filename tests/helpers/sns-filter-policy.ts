/**
 * A small evaluator of SNS subscription filter policies on message attributes, written from AWS's
 * documentation (SNS developer guide: "Filter policy constraints", "Attribute string value matching",
 * "Attribute numeric value matching", "AND/OR logic"), for tests that hold our own matcher to what
 * SNS would do. Covers what our policies use and a little around it:
 * - every key of the policy must match (AND); a key's array matches when any condition does (OR);
 * - a key whose attribute the message lacks never matches (only `{"exists": false}` does);
 * - a string condition matches a String value exactly (case-sensitive);
 * - a String.Array value is a JSON array: the key matches when any element matches any condition;
 * - `{"numeric": [op, n, (op, n)]}` matches Number values (and numbers in a String.Array);
 * - `{"exists": true|false}`, `{"prefix": "..."}`.
 * Anything else throws, so a test cannot pass on a condition this evaluator does not know.
 */
export interface SnsAttribute { DataType: string; StringValue?: string }

type Scalar = string | number | boolean | null;

const NUMERIC_OPS: Record<string, (a: number, b: number) => boolean> = {
  '=': (a, b) => a === b, '>': (a, b) => a > b, '>=': (a, b) => a >= b, '<': (a, b) => a < b, '<=': (a, b) => a <= b,
};

/** The values SNS compares for an attribute: one for String and Number, the elements of a String.Array. */
function valuesOf(attr: SnsAttribute): Scalar[] {
  const raw = attr.StringValue ?? '';
  if (attr.DataType === 'String.Array') {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) throw new Error(`String.Array attribute is not a JSON array: ${raw}`);
    return parsed as Scalar[];
  }
  if (attr.DataType === 'Number') return [Number(raw)];
  if (attr.DataType === 'String') return [raw];
  throw new Error(`unsupported attribute DataType ${attr.DataType}`);
}

function numericMatches(spec: unknown[], value: number): boolean {
  for (let i = 0; i < spec.length; i += 2) {
    const op = NUMERIC_OPS[String(spec[i])];
    const bound = spec[i + 1];
    if (!op || typeof bound !== 'number') throw new Error(`bad numeric condition ${JSON.stringify(spec)}`);
    if (!op(value, bound)) return false;
  }
  return true;
}

function conditionMatches(condition: unknown, attr: SnsAttribute): boolean {
  const values = valuesOf(attr);
  if (typeof condition === 'string') {
    // A Number attribute is compared numerically only.
    return attr.DataType !== 'Number' && values.some((v) => v === condition);
  }
  if (condition && typeof condition === 'object' && !Array.isArray(condition)) {
    const entries = Object.entries(condition);
    const [op, arg] = entries[0] ?? [];
    if (entries.length !== 1 || op === undefined) throw new Error(`one operator per condition: ${JSON.stringify(condition)}`);
    if (op === 'numeric' && Array.isArray(arg)) {
      const numbers = attr.DataType === 'Number' ? values : values.filter((v): v is number => typeof v === 'number');
      return numbers.some((v) => typeof v === 'number' && numericMatches(arg, v));
    }
    if (op === 'exists') return arg === true;
    if (op === 'prefix' && typeof arg === 'string') return attr.DataType !== 'Number' && values.some((v) => typeof v === 'string' && v.startsWith(arg));
  }
  throw new Error(`condition not supported by this evaluator: ${JSON.stringify(condition)}`);
}

/** Whether SNS would deliver a message with these attributes to a subscription with this policy. */
export function snsPolicyMatches(policy: Record<string, unknown[]>, attributes: Record<string, SnsAttribute>): boolean {
  return Object.entries(policy).every(([key, conditions]) => {
    const attr = attributes[key];
    if (!attr) return conditions.some((c) => typeof c === 'object' && c !== null && (c as { exists?: unknown }).exists === false);
    return conditions.some((c) => conditionMatches(c, attr));
  });
}
