import { describe, expect, it } from 'vitest';
import { overdueBy, relativeDue } from './relative-time.js';

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

describe('overdueBy', () => {
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
