import { describe, expect, it } from 'vitest';
import { chartRows, defaultPeriod, unmetNeedsCsvHref } from './report-model.js';

describe('unmet-needs report model', () => {
  it('defaults to the last 90 days, today included', () => {
    expect(defaultPeriod('2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31', programId: null });
  });

  it('links the CSV with the period and the program', () => {
    expect(unmetNeedsCsvHref({ from: '2026-01-01', to: '2026-03-31', programId: null })).toBe(
      '/api/reports/unmet-needs.csv?from=2026-01-01&to=2026-03-31',
    );
    expect(unmetNeedsCsvHref({ from: '2026-01-01', to: '2026-03-31', programId: 'p1' })).toContain('&programId=p1');
  });

  it('labels the chart rows', () => {
    const rows = chartRows(
      [
        {
          category: 'housing',
          recorded: 2,
          open: 1,
          byReason: { none_exists: 0, full: 2, ineligible: 0, other: 0 },
          onWaitlist: null,
        },
      ],
      (c) => c.toUpperCase(),
    );
    expect(rows).toEqual([{ category: 'HOUSING', recorded: 2, open: 1 }]);
  });
});
