import type { AdvocacyCaseView } from '@careloop/core';
import { describe, expect, it } from 'vitest';
import { addDeadline, deadlineState, filledRows, markDeadlineMet, removeDeadline } from './advocacy-model.js';

const base: AdvocacyCaseView = {
  id: '00000000-0000-4000-8000-000000000001',
  clientId: '00000000-0000-4000-8000-000000000002',
  kind: 'benefit_denial',
  otherParty: { name: 'SSA', contact: null },
  summary: 'Denied',
  status: 'open',
  outcome: null,
  nextDeadline: null,
  ownerId: '00000000-0000-4000-8000-000000000003',
  ownerName: 'Casey',
  openedAt: '2026-03-01T10:00:00Z',
  closedAt: null,
  version: 4,
  deadlines: [
    { id: '00000000-0000-4000-8000-00000000000a', what: 'Appeal', dueDate: '2026-03-10', met: false },
    { id: '00000000-0000-4000-8000-00000000000b', what: 'Hearing', dueDate: '2026-04-10', met: false },
  ],
  documents: [],
  steps: [],
};

describe('deadlineState', () => {
  it('tells overdue, today, the 7-day window and later apart, at the boundaries', () => {
    const d = (dueDate: string) => ({ dueDate, met: false });
    expect(deadlineState(d('2026-03-10'), '2026-03-11')).toEqual({ kind: 'overdue', days: 1 });
    expect(deadlineState(d('2026-03-10'), '2026-03-10')).toEqual({ kind: 'today' });
    expect(deadlineState(d('2026-03-10'), '2026-03-09')).toEqual({ kind: 'soon', days: 1 });
    expect(deadlineState(d('2026-03-10'), '2026-03-03')).toEqual({ kind: 'soon', days: 7 });
    expect(deadlineState(d('2026-03-10'), '2026-03-02')).toEqual({ kind: 'later', days: 8 });
    expect(deadlineState({ dueDate: '2026-03-10', met: true }, '2026-03-20')).toEqual({ kind: 'met' });
  });
});

describe('case edits', () => {
  it('marks one deadline met with the case version, keeping the others', () => {
    const body = markDeadlineMet(base, '00000000-0000-4000-8000-00000000000a');
    expect(body.version).toBe(4);
    expect(body.deadlines?.map((d) => d.met)).toEqual([true, false]);
  });

  it('adds and removes deadlines', () => {
    expect(addDeadline(base, 'Reply', '2026-05-01').deadlines).toHaveLength(3);
    expect(removeDeadline(base, '00000000-0000-4000-8000-00000000000b').deadlines?.map((d) => d.what)).toEqual([
      'Appeal',
    ]);
  });

  it('leaves blank form rows out', () => {
    expect(
      filledRows([
        { what: '', dueDate: '' },
        { what: 'Appeal', dueDate: '' },
      ]),
    ).toEqual([{ what: 'Appeal', dueDate: '' }]);
  });
});
