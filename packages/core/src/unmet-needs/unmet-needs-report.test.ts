import { describe, expect, it } from 'vitest';
import { unmetNeedsByCategory, unmetNeedsCsvRows, unmetNeedsTotals } from './unmet-needs-report.js';
import { createUnmetNeedBody, unmetNeedsReportQuery } from './unmet-need.schemas.js';

describe('unmet-needs report', () => {
  const counts = [
    { category: 'housing', reason: 'full', recorded: 3, open: 2 },
    { category: 'housing', reason: 'ineligible', recorded: 1, open: 1 },
    { category: 'food', reason: 'none_exists', recorded: 0, open: 1 },
    { category: 'transportation', reason: 'other', recorded: 0, open: 0 },
  ] as const;

  it('folds reasons into one line per category, in category order, leaving out empty ones', () => {
    const lines = unmetNeedsByCategory(counts);
    expect(lines.map((l) => l.category)).toEqual(['housing', 'food']);
    expect(lines[0]).toMatchObject({ recorded: 4, open: 3, onWaitlist: null });
    expect(lines[0]!.byReason).toEqual({ none_exists: 0, full: 3, ineligible: 1, other: 0 });
    expect(unmetNeedsTotals(lines)).toEqual({ recorded: 4, open: 4 });
  });

  it('shows a category with only waitlisted referrals when waitlists are counted', () => {
    const lines = unmetNeedsByCategory(counts, new Map([['transportation', 2]]));
    expect(lines.map((l) => [l.category, l.onWaitlist])).toEqual([
      ['housing', 0],
      ['transportation', 2],
      ['food', 0],
    ]);
  });

  it('the CSV rows carry codes and counts only', () => {
    const rows = unmetNeedsCsvRows(unmetNeedsByCategory(counts));
    expect(rows[0]).toEqual([
      'category',
      'recorded',
      'open',
      'reason_none_exists',
      'reason_full',
      'reason_ineligible',
      'reason_other',
      'on_waitlist',
    ]);
    expect(rows[1]).toEqual(['housing', 4, 3, 0, 3, 1, 0, '']);
  });

  it('the period must not end before it starts (same day is fine)', () => {
    expect(unmetNeedsReportQuery.safeParse({ from: '2026-03-01', to: '2026-03-01' }).success).toBe(true);
    const r = unmetNeedsReportQuery.safeParse({ from: '2026-03-02', to: '2026-03-01' });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['to']);
  });

  it('an "other" reason needs a note', () => {
    expect(createUnmetNeedBody.safeParse({ category: 'housing', reason: 'full' }).success).toBe(true);
    const r = createUnmetNeedBody.safeParse({ category: 'housing', reason: 'other' });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['note']);
  });
});
