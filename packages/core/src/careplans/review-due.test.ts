import { describe, expect, it } from 'vitest';
import { planReviewDue } from './review-due.js';

const d = (s: string) => new Date(s);

describe('care plan review due', () => {
  it('falls due one interval after signing, or after the last review', () => {
    expect(
      planReviewDue({ signedAt: d('2026-01-01T10:00:00Z'), lastReviewAt: null, intervalDays: 90, tierChanges: [] }),
    ).toEqual({ dueAt: d('2026-04-01T10:00:00Z'), reason: 'interval' });
    expect(
      planReviewDue({
        signedAt: d('2026-01-01T10:00:00Z'),
        lastReviewAt: d('2026-03-15T10:00:00Z'),
        intervalDays: 90,
        tierChanges: [],
      }).dueAt,
    ).toEqual(d('2026-06-13T10:00:00Z'));
  });

  it('comes due at once when the risk tier rises after signing, not when it falls or was already high', () => {
    const base = { signedAt: d('2026-01-01T00:00:00Z'), lastReviewAt: null, intervalDays: 90 };
    expect(
      planReviewDue({
        ...base,
        tierChanges: [
          { at: d('2025-12-20T00:00:00Z'), tier: 'moderate' },
          { at: d('2026-02-01T00:00:00Z'), tier: 'high' },
        ],
      }),
    ).toEqual({ dueAt: d('2026-02-01T00:00:00Z'), reason: 'tier_rose' });
    expect(
      planReviewDue({
        ...base,
        tierChanges: [
          { at: d('2025-12-20T00:00:00Z'), tier: 'high' },
          { at: d('2026-02-01T00:00:00Z'), tier: 'moderate' },
        ],
      }).reason,
    ).toBe('interval');
    // A rise that a review already took into account does not count again.
    expect(
      planReviewDue({
        ...base,
        lastReviewAt: d('2026-02-10T00:00:00Z'),
        tierChanges: [
          { at: d('2025-12-20T00:00:00Z'), tier: 'low' },
          { at: d('2026-02-01T00:00:00Z'), tier: 'high' },
        ],
      }).reason,
    ).toBe('interval');
  });
});
