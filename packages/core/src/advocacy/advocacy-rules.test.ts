import { describe, expect, it } from 'vitest';
import {
  ADVOCACY_DEADLINE_LEAD_DAYS,
  advocacyTaskKey,
  deadlineDaysOverdue,
  deadlineTaskDueAt,
  deadlineTaskOpensOn,
  deadlineTaskWanted,
  decideAdvocacyStatus,
  nextOpenDeadline,
} from './advocacy-rules.js';
import { localDate } from '../notifications/reminder-rules.js';
import { createAdvocacyCaseBody, updateAdvocacyCaseBody } from './advocacy.schemas.js';

describe('deadline tasks', () => {
  it('open seven days before the due date', () => {
    expect(ADVOCACY_DEADLINE_LEAD_DAYS).toBe(7);
    expect(deadlineTaskOpensOn('2026-03-10')).toBe('2026-03-03');
    // Across a month and a leap day.
    expect(deadlineTaskOpensOn('2028-03-03')).toBe('2028-02-25');
    expect(deadlineTaskOpensOn('2026-01-05')).toBe('2025-12-29');
  });

  it('are wanted from the opening day on, not the day before, and still after the due date', () => {
    const d = { dueDate: '2026-03-10', met: false };
    expect(deadlineTaskWanted(d, 'open', '2026-03-02')).toBe(false);
    expect(deadlineTaskWanted(d, 'open', '2026-03-03')).toBe(true);
    expect(deadlineTaskWanted(d, 'open', '2026-03-10')).toBe(true);
    expect(deadlineTaskWanted(d, 'open', '2026-03-11')).toBe(true);
  });

  it('are not wanted once the deadline is met or the case has ended', () => {
    expect(deadlineTaskWanted({ dueDate: '2026-03-10', met: true }, 'open', '2026-03-09')).toBe(false);
    for (const s of ['won', 'partly_won', 'lost', 'withdrawn', 'closed'] as const) {
      expect(deadlineTaskWanted({ dueDate: '2026-03-10', met: false }, s, '2026-03-09')).toBe(false);
    }
  });

  it("fall due at 17:00 of the due date in the organisation's zone; today is its calendar day", () => {
    expect(deadlineTaskDueAt('2026-03-10', 'America/Chicago').toISOString()).toBe('2026-03-10T22:00:00.000Z');
    // After the spring change, 17:00 CDT.
    expect(deadlineTaskDueAt('2026-03-09', 'America/Chicago').toISOString()).toBe('2026-03-09T22:00:00.000Z');
    expect(deadlineTaskDueAt('2026-03-06', 'America/Chicago').toISOString()).toBe('2026-03-06T23:00:00.000Z');
    expect(localDate(new Date('2026-03-11T04:59:00Z'), 'America/Chicago')).toBe('2026-03-10');
    expect(localDate(new Date('2026-03-11T05:00:00Z'), 'America/Chicago')).toBe('2026-03-11');
  });

  it('count days overdue from the day after the due date', () => {
    expect(deadlineDaysOverdue('2026-03-10', '2026-03-09')).toBe(0);
    expect(deadlineDaysOverdue('2026-03-10', '2026-03-10')).toBe(0);
    expect(deadlineDaysOverdue('2026-03-10', '2026-03-11')).toBe(1);
    expect(deadlineDaysOverdue('2026-02-28', '2026-03-02')).toBe(2);
  });

  it('are keyed per case, deadline and due date', () => {
    expect(advocacyTaskKey('c', 'd', '2026-03-10')).toBe('advocacy:c:d:2026-03-10');
    expect(advocacyTaskKey('c', 'd', '2026-03-11')).not.toBe(advocacyTaskKey('c', 'd', '2026-03-10'));
  });

  it('the next deadline is the earliest one not met', () => {
    expect(nextOpenDeadline([])).toBeNull();
    const a = { dueDate: '2026-04-01', met: false };
    const b = { dueDate: '2026-03-01', met: true };
    const c = { dueDate: '2026-03-15', met: false };
    expect(nextOpenDeadline([a, b, c])).toBe(c);
    expect(nextOpenDeadline([b])).toBeNull();
  });
});

describe('the outcome rule', () => {
  it('needs an outcome to leave open', () => {
    for (const to of ['won', 'partly_won', 'lost', 'withdrawn', 'closed'] as const) {
      expect(decideAdvocacyStatus('open', to, null)).toMatchObject({ ok: false, field: 'outcome' });
      expect(decideAdvocacyStatus('open', to, '   ')).toMatchObject({ ok: false, field: 'outcome' });
      expect(decideAdvocacyStatus('open', to, 'Appeal granted')).toEqual({ ok: true, closing: true, reopening: false });
    }
  });

  it('lets an ended case be reopened, and nothing else', () => {
    expect(decideAdvocacyStatus('lost', 'open', null)).toEqual({ ok: true, closing: false, reopening: true });
    expect(decideAdvocacyStatus('lost', 'won', 'On second appeal')).toMatchObject({ ok: false, field: 'status' });
    expect(decideAdvocacyStatus('won', 'won', null)).toEqual({ ok: true, closing: false, reopening: false });
    expect(decideAdvocacyStatus('open', 'open', null)).toEqual({ ok: true, closing: false, reopening: false });
  });

  it('the body schema asks for the outcome field by field', () => {
    const r = updateAdvocacyCaseBody.safeParse({ version: 1, status: 'won' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['outcome']);
    expect(updateAdvocacyCaseBody.safeParse({ version: 1, status: 'open' }).success).toBe(true);
  });

  it('a new case needs a kind, the other party, a summary, and valid deadline dates', () => {
    const r = createAdvocacyCaseBody.safeParse({
      kind: 'eviction',
      otherParty: { name: '' },
      summary: '',
      deadlines: [{ what: 'Appeal due', dueDate: '2026-02-30' }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'deadlines.0.dueDate',
      'kind',
      'otherParty.name',
      'summary',
    ]);
  });
});
