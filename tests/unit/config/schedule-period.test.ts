import { describe, expect, it } from 'vitest';
import { DEFAULT_DISCOVER_SCHEDULE, SchedulePeriodError, schedulePeriodMinutes } from '../../../shared/config/schedule-period.js';

describe('the period of a schedule expression', () => {
  it('reads rate() in minutes, hours and days', () => {
    expect(schedulePeriodMinutes(DEFAULT_DISCOVER_SCHEDULE)).toBe(5);
    expect(schedulePeriodMinutes('rate(1 minute)')).toBe(1);
    expect(schedulePeriodMinutes('rate(2 hours)')).toBe(120);
    expect(schedulePeriodMinutes('rate(1 day)')).toBe(1440);
  });

  it('reads the longest gap of a day from a cron minute and hour fields', () => {
    expect(schedulePeriodMinutes('cron(*/10 * * * ? *)')).toBe(10);
    expect(schedulePeriodMinutes('cron(0,15,30,45 * * * ? *)')).toBe(15);
    expect(schedulePeriodMinutes('cron(0/20 6-21 ? * MON-FRI *)')).toBe(20 + 8 * 60);
    expect(schedulePeriodMinutes('cron(0 8 * * ? *)')).toBe(1440);
  });

  it('names an expression it cannot read', () => {
    expect(() => schedulePeriodMinutes('cron(0 L * * ? *)')).toThrow(SchedulePeriodError);
    expect(() => schedulePeriodMinutes('every 5 minutes')).toThrow(/neither rate/);
  });
});
