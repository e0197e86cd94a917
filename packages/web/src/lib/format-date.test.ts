import { describe, expect, it } from 'vitest';
import { ageOn, endOfDayIn, formatDate, formatDateTime, formatDueDate, startOfDayIn, todayIn } from './format-date.js';

describe('date formatting', () => {
  it('shows instants in the organisation time zone', () => {
    // 02:30 UTC on the 21st is still the evening of the 20th in Chicago.
    expect(formatDateTime('2026-11-21T02:30:00Z', 'America/Chicago')).toBe('Nov 20, 2026, 8:30 PM');
    expect(formatDateTime('2026-11-21T02:30:00Z', 'Europe/Madrid')).toBe('Nov 21, 2026, 3:30 AM');
    expect(formatDateTime(null, 'UTC')).toBe('—');
  });

  it('never shifts calendar dates', () => {
    expect(formatDate('1990-01-01')).toBe('Jan 1, 1990');
  });

  it('formats a due instant as the day in the organisation zone', () => {
    expect(formatDueDate('2026-01-05T03:00:00Z', 'America/Chicago')).toBe('Jan 4, 2026');
    expect(formatDueDate('2026-01-05', 'America/Chicago')).toBe('Jan 5, 2026');
  });

  it('computes age on a given day, birthdays included', () => {
    expect(ageOn('1990-11-22', '2026-11-22')).toBe(36);
    expect(ageOn('1990-11-23', '2026-11-22')).toBe(35);
    expect(todayIn('America/Chicago', new Date('2026-11-21T02:30:00Z'))).toBe('2026-11-20');
  });

  it('turns a calendar day into the instants it spans in the organisation zone', () => {
    expect(startOfDayIn('2026-11-20', 'America/Chicago')).toBe('2026-11-20T06:00:00.000Z');
    expect(endOfDayIn('2026-11-20', 'America/Chicago')).toBe('2026-11-21T05:59:59.999Z');
    expect(startOfDayIn('2026-07-01', 'Europe/Madrid')).toBe('2026-06-30T22:00:00.000Z');
    // The day clocks go forward in the US (8 March 2026) is 23 hours long.
    expect(startOfDayIn('2026-03-08', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z');
    expect(endOfDayIn('2026-03-08', 'America/New_York')).toBe('2026-03-09T03:59:59.999Z');
    expect(startOfDayIn('2026-03-09', 'UTC')).toBe('2026-03-09T00:00:00.000Z');
  });
});
