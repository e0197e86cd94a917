import { describe, expect, it } from 'vitest';
import { overdueBy, tierSeverity } from './risk-labels.js';

describe('risk labels', () => {
  it('orders tiers by severity with no tier lowest', () => {
    expect(tierSeverity('imminent')).toBeGreaterThan(tierSeverity('high'));
    expect(tierSeverity('high')).toBeGreaterThan(tierSeverity('moderate'));
    expect(tierSeverity('moderate')).toBeGreaterThan(tierSeverity('low'));
    expect(tierSeverity('low')).toBeGreaterThan(tierSeverity(null));
  });

  it('says how overdue a task is in words-sized units', () => {
    const due = '2026-01-01T00:00:00Z';
    const at = (iso: string) => Date.parse(iso);
    expect(overdueBy(due, at('2025-12-31T23:00:00Z'))).toBeNull();
    expect(overdueBy(due, at('2026-01-01T00:00:00Z'))).toBeNull();
    expect(overdueBy(due, at('2026-01-01T00:00:20Z'))).toEqual({ unit: 'minutes', count: 1 });
    expect(overdueBy(due, at('2026-01-01T00:45:00Z'))).toEqual({ unit: 'minutes', count: 45 });
    expect(overdueBy(due, at('2026-01-01T05:10:00Z'))).toEqual({ unit: 'hours', count: 5 });
    expect(overdueBy(due, at('2026-01-04T01:00:00Z'))).toEqual({ unit: 'days', count: 3 });
  });
});
