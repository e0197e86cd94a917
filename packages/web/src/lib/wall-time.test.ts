import { describe, expect, it } from 'vitest';
import { fromWallTime, toWallTime } from './wall-time.js';

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
  it('reads a wall time the clocks skip as the same time after the change, in every zone', () => {
    // 02:30 does not happen in Chicago on 8 March 2026: it is read as 03:30 daylight time.
    expect(fromWallTime('2026-03-08T02:30', 'America/Chicago')).toBe('2026-03-08T08:30:00.000Z');
    expect(fromWallTime('2026-03-29T02:30', 'Europe/Madrid')).toBe('2026-03-29T01:30:00.000Z');
  });
});
