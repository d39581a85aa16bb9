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

describe('dropBoilerplate, page furniture lines', () => {
  it('drops date-only lines and view counters above the text', () => {
    const text = 'YEREVAN, May 15. A loan agreement was concluded.';
    expect(dropBoilerplate(['15 May 2024 16:00', 'Views: 1 284', '16 June 2025, 12:40', text])).toEqual([text]);
  });

  it('keeps a paragraph that starts with a date, and a bare number', () => {
    const p = '14 October 2025 - the ministry announced a $3 billion trade target.';
    expect(dropBoilerplate([p, '2024'])).toEqual([p, '2024']);
  });
});

describe('dropBoilerplate, widgets, cross-links and wire trailers', () => {
  const DROPPED = [
    'Comments', '12 comments', 'Like Loading...', 'Post Comment (+)', 'Read more: Kazakhstan raises $2 billion', 'Related: Uzbekistan’s gold output',
    'Subscribe to our newsletter for daily business news.', '(Reporting by Olzhas Auyezov; editing by Mark Heinrich)',
    'Reporting by Olzhas Auyezov; Editing by Mark Heinrich', 'Associated Press writers Aigerim Toleukhanova and Dana Rysbek contributed.',
    'Nurlan Bekov contributed reporting from Almaty.',
    'by Jeff Foust — November 18, 2019', 'By Fikret Dolukhanov – Trend:', 'Via SyndiGate.info', 'Source: News agencies', '| November 18, 2019 12:01 PM',
  ];
  const KEPT = [
    'By 2030 Uzbekistan plans to double its exports.', 'By contrast, imports fell by 3%.', 'By Friday the ministry had signed two more contracts.',
    'Comments from the ministry were not immediately available.', 'Source of financing: the Asian Development Bank.',
    'Baku, Azerbaijan, Aug. 25', 'BAKU, Azerbaijan, October 14.',
    'Reporting by the ministry shows exports grew by 12%, and the EBRD contributed $40 million to the project in 2025, officials said.',
  ];
  it.each(DROPPED)('drops "%s"', (line) => {
    expect(dropBoilerplate([line])).toEqual([]);
  });
  it.each(KEPT)('keeps "%s"', (line) => {
    expect(dropBoilerplate([line])).toEqual([line]);
  });
});
