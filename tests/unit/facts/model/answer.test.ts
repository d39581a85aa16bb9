import { describe, expect, it } from 'vitest';
import { ANSWER_JSON_SCHEMA, readAnswer } from '../../../../shared/facts/model/answer.js';
import { ModelError } from '../../../../shared/facts/model/types.js';

const good = { type: 'trade', sentences: [2], amount: { value: 2e10, currency: 'USD' }, countries: ['KZ', 'CN'], organizations: [], status: 'completed', sector: null, location: null, period: '2024' };

describe('the answer schema sent to the model', () => {

  it('comes from the fact schema: the five types and seven statuses, every object closed and every field required', () => {
    const item = (ANSWER_JSON_SCHEMA as any).properties.facts.items;
    expect(item.properties.type.enum).toEqual(['investment', 'trade', 'financing', 'agreement', 'project']);
    expect(item.properties.status.anyOf[0].enum).toEqual(['discussed', 'planned', 'agreed', 'signed', 'in_progress', 'completed', 'target']);
    expect(item.required).toEqual(Object.keys(item.properties));
    expect(item.additionalProperties).toBe(false);
    expect((ANSWER_JSON_SCHEMA as any).additionalProperties).toBe(false);
    expect(JSON.stringify(ANSWER_JSON_SCHEMA)).not.toContain('9007199254740991');
  });
});

describe('readAnswer', () => {
  it('reads the facts of a JSON reply, also inside a Markdown fence', () => {
    expect(readAnswer(JSON.stringify({ facts: [good] })).facts).toEqual([{ index: 0, fact: good }]);
    expect(readAnswer('```json\n{"facts": []}\n```')).toEqual({ facts: [], invalid: [] });
  });

  it('reports a fact of the wrong shape by its place and keeps the others', () => {
    const r = readAnswer(JSON.stringify({ facts: [{ ...good, type: 'gossip' }, good, { ...good, countries: ['Kazakhstan'] }] }));
    expect(r.facts.map((f) => f.index)).toEqual([1]);
    expect(r.invalid.map((i) => i.index)).toEqual([0, 2]);
    expect(r.invalid[0]!.problem).toMatch(/^type:/);
    expect(r.invalid[1]!.problem).toMatch(/^countries\.0:/);
  });

  it('refuses a reply that is not JSON or has no facts array, as a malformed model error', () => {
    for (const text of ['Sure! Here are the facts: ...', '{"facts": {}}', '[]', '']) {
      expect(() => readAnswer(text)).toThrow(ModelError);
      try {
        readAnswer(text);
      } catch (err) {
        expect((err as ModelError).kind).toBe('malformed');
        expect((err as ModelError).retryable).toBe(false);
      }
    }
  });
});
