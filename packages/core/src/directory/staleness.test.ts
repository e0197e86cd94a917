import { describe, expect, it } from 'vitest';
import { isStale, oldestCurrentVerification, STALE_AFTER_MONTHS } from './staleness.js';

describe('isStale', () => {
  it('is six months', () => expect(STALE_AFTER_MONTHS).toBe(6));
  it('never verified is stale', () => {
    expect(isStale(null, '2026-03-01')).toBe(true);
    expect(isStale(undefined, '2026-03-01')).toBe(true);
    expect(isStale('not-a-date', '2026-03-01')).toBe(true);
  });
  it('is current up to and including the day six months later, stale the day after', () => {
    expect(isStale('2026-01-15', '2026-01-15')).toBe(false);
    expect(isStale('2026-01-15', '2026-07-14')).toBe(false);
    expect(isStale('2026-01-15', '2026-07-15')).toBe(false);
    expect(isStale('2026-01-15', '2026-07-16')).toBe(true);
  });
  it('clamps month ends (Aug 31 + 6 months = end of February)', () => {
    expect(isStale('2025-08-31', '2026-02-28')).toBe(false);
    expect(isStale('2025-08-31', '2026-03-01')).toBe(true);
  });
  it('a verification in the future is not stale', () => expect(isStale('2026-12-01', '2026-06-01')).toBe(false));
});

describe('oldestCurrentVerification', () => {
  it('agrees with isStale at the boundary', () => {
    const today = '2026-07-16';
    const oldest = oldestCurrentVerification(today);
    expect(oldest).toBe('2026-01-16');
    expect(isStale(oldest, today)).toBe(false);
    expect(isStale('2026-01-15', today)).toBe(true);
  });
});
