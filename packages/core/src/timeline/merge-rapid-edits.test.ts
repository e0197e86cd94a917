import { describe, expect, it } from 'vitest';
import { mergeRapidEdits, type MergeableEntry } from './merge-rapid-edits.js';

const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 2, 1, 10, minute, second)).toISOString();

function e(minute: number, over: Partial<MergeableEntry> & { second?: number } = {}): MergeableEntry {
  const occurredAt = at(minute, over.second ?? 0);
  return {
    kind: 'stage_change',
    entityId: 'ep-1',
    actorId: 'u-1',
    count: 1,
    earliestAt: occurredAt,
    occurredAt,
    ...over,
  };
}

describe('mergeRapidEdits', () => {
  it('merges consecutive edits of one record by one person into the newest, with a count and the oldest time', () => {
    const merged = mergeRapidEdits([e(9), e(5), e(1)]);
    expect(merged).toEqual([{ ...e(9), count: 3, earliestAt: at(1) }]);
  });

  it('keeps entries apart when the kind, the record or the person differs', () => {
    expect(mergeRapidEdits([e(9), e(8, { kind: 'addendum' })])).toHaveLength(2);
    expect(mergeRapidEdits([e(9), e(8, { entityId: 'ep-2' })])).toHaveLength(2);
    expect(mergeRapidEdits([e(9), e(8, { actorId: 'u-2' })])).toHaveLength(2);
  });

  it('never merges entries without an actor', () => {
    expect(mergeRapidEdits([e(9, { actorId: null }), e(8, { actorId: null })])).toHaveLength(2);
  });

  it('merges only consecutive entries: another entry in between breaks the run', () => {
    const list = [e(9), e(8, { kind: 'contact', entityId: 'c-1' }), e(7)];
    expect(mergeRapidEdits(list).map((x) => x.count)).toEqual([1, 1, 1]);
  });

  it('includes an entry exactly at the window edge and excludes one a second beyond it', () => {
    expect(mergeRapidEdits([e(10), e(0)])).toHaveLength(1);
    expect(mergeRapidEdits([e(10, { second: 1 }), e(0)])).toHaveLength(2);
  });

  it('measures the window from the newest entry of the run, not from the previous one', () => {
    // 0, 6 and 12 minutes: each step is within 10 minutes, the run is not.
    const merged = mergeRapidEdits([e(12), e(6), e(0)]);
    expect(merged.map((x) => [x.occurredAt, x.count])).toEqual([
      [at(12), 2],
      [at(0), 1],
    ]);
  });

  it('honours a custom window, adds counts of entries merged before, and leaves an empty list alone', () => {
    expect(mergeRapidEdits([e(3), e(0)], 2)).toHaveLength(2);
    expect(mergeRapidEdits([e(3), e(0)], 3)).toHaveLength(1);
    expect(mergeRapidEdits([e(5, { count: 2 }), e(4, { count: 3, earliestAt: at(2) })])).toEqual([
      { ...e(5), count: 5, earliestAt: at(2) },
    ]);
    expect(mergeRapidEdits([])).toEqual([]);
  });
});
