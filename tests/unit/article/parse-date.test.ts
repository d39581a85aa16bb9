import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../shared/article/parse-date.js';

// [input, default offset, expected]: the formats of ../shared/SOURCES.md "Practical takeaways" 4.
const POSITIVE: [string, string | undefined, string][] = [
  ['2025-11-14T17:57:00+04:00', undefined, '2025-11-14T17:57:00+04:00'],
  ['2025-11-14T13:57:00Z', '+04:00', '2025-11-14T13:57:00+00:00'],
  ['2025-11-14T17:57:00.123+0500', undefined, '2025-11-14T17:57:00+05:00'],
  ['2025-11-14 17:57', '+04:00', '2025-11-14T17:57:00+04:00'],
  ['7 July 2026 15:56 (UTC +04:00)', undefined, '2026-07-07T15:56:00+04:00'],
  ['6 Dekabr 2025 15:49 (UTC +04:00)', undefined, '2025-12-06T15:49:00+04:00'],
  ['14 noyabr 2025 16:23 (UTC +04:00)', undefined, '2025-11-14T16:23:00+04:00'],
  ['13 November, 2025 17:35', '+04:00', '2025-11-13T17:35:00+04:00'],
  ['16 noyabr, 2025 14:00', '+04:00', '2025-11-16T14:00:00+04:00'],
  ['12.03.2026 14:25:07', '+05:00', '2026-03-12T14:25:07+05:00'],
  ['14:25 / 12.03.2026 | 1523', '+05:00', '2026-03-12T14:25:00+05:00'],
  ['Tue, 14 Oct 2025 10:00:00 +0400', undefined, '2025-10-14T10:00:00+04:00'],
  ['Wed, 02 Oct 2002 13:00:00 GMT', '+05:00', '2002-10-02T13:00:00+00:00'],
  ['May 31, 2019 / 04:05 PM', '+06:00', '2019-05-31T16:05:00+06:00'],
  ['12:05, 21 May 2026', '+06:00', '2026-05-21T12:05:00+06:00'],
  ['3 сентября 2025, 09:10', '+05:00', '2025-09-03T09:10:00+05:00'],
  // Russian editions: 24.kg's "time, date, city - outlet, author" line; Kazinform's nominative month.
  ['14:36, 09 октября 2023, Бишкек - 24.kg , Мария ОРЛОВА', '+06:00', '2023-10-09T14:36:00+06:00'],
  ['15:00, 23 Ноябрь 2025', '+05:00', '2025-11-23T15:00:00+05:00'],
  ['29 Январь 2026 10:59', '+06:00', '2026-01-29T10:59:00+06:00'],
];

// Strings that hold no full date: they must give null, never a guess.
const NEGATIVE = ['', 'yesterday', '11 June 14:20 (UTC +04:00)', '15 Noyabr 10:31 (UTC+04)', '2025-13-01', '31.02.2026 10:00', 'Views: 1523', 'ТАШКЕНТ, 9 янв — Sputnik'];

describe('parseDate', () => {
  for (const [input, offset, expected] of POSITIVE) {
    it(`parses "${input}"`, () => {
      expect(parseDate(input, offset)).toBe(expected);
    });
  }
  for (const input of NEGATIVE) {
    it(`gives null for "${input}"`, () => {
      expect(parseDate(input, '+04:00')).toBeNull();
    });
  }
  it('uses UTC when the text and the caller give no offset', () => {
    expect(parseDate('2026-01-02')).toBe('2026-01-02T00:00:00+00:00');
  });
});
