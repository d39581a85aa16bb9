import { describe, expect, it } from 'vitest';
import { toIsoUtc } from '../../../shared/feeds/parse-date.js';

describe('toIsoUtc', () => {
  it.each([
    ['Thu, 06 Aug 2026 11:08:00 +0400', '2026-08-06T07:08:00.000Z', 'RFC 822, Baku offset'],
    ['Thu, 06 Aug 2026 14:02:05 +0500', '2026-08-06T09:02:05.000Z', 'RFC 822, Tashkent offset'],
    ['Thu, 6 Aug 2026 11:08 +0400', '2026-08-06T07:08:00.000Z', 'no seconds, one-digit day'],
    ['06 Aug 2026 11:08:00 GMT', '2026-08-06T11:08:00.000Z', 'no weekday, GMT'],
    ['Thu, 06 Aug 2026 11:08:00 EST', '2026-08-06T16:08:00.000Z', 'US zone name'],
    ['Thu, 06 Aug 2026 11:08:00 MSK', '2026-08-06T08:08:00.000Z', 'Moscow zone name'],
    ['Thu, 06 Aug 26 11:08:00 +0000', '2026-08-06T11:08:00.000Z', 'two-digit year'],
    ['Thu, 06 Sept 2026 11:08:00 +0000', '2026-09-06T11:08:00.000Z', 'Sept'],
    ['Thu, 06 Aug 2026 11:08:00', '2026-08-06T11:08:00.000Z', 'no zone: UTC'],
    ['2026-08-06T11:08:00+04:00', '2026-08-06T07:08:00.000Z', 'ISO with offset'],
    ['2026-08-06T11:08:00.123+0500', '2026-08-06T06:08:00.000Z', 'ISO, fraction, compact offset'],
    ['2026-08-06T11:08:00Z', '2026-08-06T11:08:00.000Z', 'ISO Z'],
    ['2026-08-06 11:08:00', '2026-08-06T11:08:00.000Z', 'space separator, no zone'],
    ['2026-08-06', '2026-08-06T00:00:00.000Z', 'date only'],
    ['2026-08', '2026-08-01T00:00:00.000Z', 'W3C year-month'],
    ['20260806T110800Z', '2026-08-06T11:08:00.000Z', 'ISO basic format'],
    ['06 Aug 2026 11:08 (UTC +04:00)', '2026-08-06T07:08:00.000Z', "Trend's visible style"],
    ['Thu Aug 06 2026 11:08:00 GMT+0400', '2026-08-06T07:08:00.000Z', 'JavaScript toString'],
    ['06.08.2026 11:08:00', '2026-08-06T11:08:00.000Z', 'dd.mm.yyyy is day-first'],
    ['06.08.2026', '2026-08-06T00:00:00.000Z', 'dd.mm.yyyy without time'],
    ['25/08/2026 09:30', '2026-08-25T09:30:00.000Z', 'slashes, day over 12'],
    ['08/25/2026 09:30', '2026-08-25T09:30:00.000Z', 'slashes, US order shown by a day over 12'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(toIsoUtc(input)).toBe(expected);
  });

  it.each(['', '   ', 'yesterday', '0000-00-00', 'Thu, 32 Aug 2026 11:08:00 +0400', '2026-13-01', 'Thu, 06 Foo 2026 11:08 +0400', '6/8/2026 11:08', null, undefined])(
    'gives null for %j',
    (input) => {
      expect(toIsoUtc(input)).toBeNull();
    },
  );
});
