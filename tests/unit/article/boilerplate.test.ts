import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../../shared/article/boilerplate.js';

describe('dropBoilerplate', () => {
  it('drops Trend trailers, update markers and source lines but keeps the dateline lead', () => {
    const lead = 'BAKU, Azerbaijan, October 14. The two sides signed a memorandum, Trend reports.';
    const out = dropBoilerplate([
      'Details added: first version posted on 14:39',
      lead,
      'Follow Trend on Telegram. Only most interesting and important news',
      'Source: https://en.trend.az/business/4100000.html',
    ]);
    expect(out).toEqual([lead]);
  });

  it('keeps sentences that only mention Telegram or a source', () => {
    const p = 'The company will follow up on Telegram with investors, the source said.';
    expect(dropBoilerplate([p])).toEqual([p]);
  });

  it('applies a site rule’s own patterns', () => {
    expect(dropBoilerplate(['Text.', 'Write to agency@trend.az'], [/agency@trend\.az/])).toEqual(['Text.']);
  });
});
