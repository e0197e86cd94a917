import { describe, expect, it } from 'vitest';
import { fromWallTime, relativeDue, toWallTime } from './intake-time.js';

describe('relativeDue', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  it('counts overdue time in the largest whole unit', () => {
    expect(relativeDue('2026-03-07T11:00:00Z', now)).toEqual({ kind: 'overdue', unit: 'days', count: 3 });
    expect(relativeDue('2026-03-10T07:30:00Z', now)).toEqual({ kind: 'overdue', unit: 'hours', count: 4 });
    expect(relativeDue('2026-03-10T11:35:00Z', now)).toEqual({ kind: 'overdue', unit: 'minutes', count: 25 });
  });
  it('counts time left before the due time', () => {
    expect(relativeDue('2026-03-11T12:00:00Z', now)).toEqual({ kind: 'due', unit: 'days', count: 1 });
    expect(relativeDue('2026-03-10T12:00:30Z', now)).toEqual({ kind: 'now', unit: 'minutes', count: 0 });
  });
});

describe('agency wall time', () => {
  it('round-trips through the agency zone, not the browser zone', () => {
    const iso = '2026-07-01T15:45:00.000Z';
    expect(toWallTime(Date.parse(iso), 'America/Chicago')).toBe('2026-07-01T10:45');
    expect(fromWallTime('2026-07-01T10:45', 'America/Chicago')).toBe(iso);
  });
  it('handles winter time and rejects malformed input', () => {
    expect(fromWallTime('2026-01-15T09:00', 'America/Chicago')).toBe('2026-01-15T15:00:00.000Z');
    expect(fromWallTime('yesterday', 'America/Chicago')).toBeNull();
  });
});
