import { describe, expect, it } from 'vitest';
import { compareTasks, isTaskOverdue, nextOccurrenceDue, planReviewTaskNeeded } from './task-rules.js';
import { createTaskBody, reassignTaskBody, updateTaskBody } from './task.schemas.js';

const d = (s: string) => new Date(s);
const now = d('2026-03-10T12:00:00Z');

describe('overdue', () => {
  it('is late only after the due instant', () => {
    expect(isTaskOverdue(d('2026-03-10T11:59:59.999Z'), now)).toBe(true);
    expect(isTaskOverdue(d('2026-03-10T12:00:00Z'), now)).toBe(false);
    expect(isTaskOverdue(d('2026-03-10T12:00:00.001Z'), now)).toBe(false);
  });
});

describe('task list order', () => {
  it('puts overdue first, then by due time, then the more urgent first', () => {
    const tasks = [
      { id: 'later-urgent', dueAt: d('2026-03-12T09:00:00Z'), priority: 'urgent' as const },
      { id: 'soon-low', dueAt: d('2026-03-10T13:00:00Z'), priority: 'low' as const },
      { id: 'late-routine', dueAt: d('2026-03-09T09:00:00Z'), priority: 'routine' as const },
      { id: 'late-old', dueAt: d('2026-03-01T09:00:00Z'), priority: 'low' as const },
      { id: 'soon-high', dueAt: d('2026-03-10T13:00:00Z'), priority: 'high' as const },
      { id: 'due-now', dueAt: now, priority: 'urgent' as const },
    ];
    expect(tasks.sort((a, b) => compareTasks(a, b, now)).map((t) => t.id)).toEqual([
      'late-old',
      'late-routine',
      'due-now',
      'soon-high',
      'soon-low',
      'later-urgent',
    ]);
  });
});

describe('recurrence', () => {
  it('adds the interval to the previous due date', () => {
    expect(nextOccurrenceDue(d('2026-03-02T14:00:00Z'), 7, 'UTC')).toEqual(d('2026-03-09T14:00:00Z'));
    expect(nextOccurrenceDue(d('2026-03-02T14:00:00Z'), 1, 'UTC')).toEqual(d('2026-03-03T14:00:00Z'));
  });

  it('keeps the local time across a daylight-saving change', () => {
    // 09:00 in New York is 14:00Z before 8 March 2026 and 13:00Z after.
    expect(nextOccurrenceDue(d('2026-03-02T14:00:00Z'), 7, 'America/New_York')).toEqual(d('2026-03-09T13:00:00Z'));
  });

  it('refuses an interval under one day', () => {
    expect(() => nextOccurrenceDue(now, 0, 'UTC')).toThrow(RangeError);
  });
});

describe('plan-review rule', () => {
  it('raises a task for a review due within 7 days, or already overdue', () => {
    expect(planReviewTaskNeeded(d('2026-03-17T12:00:00Z'), now, 7)).toBe(true);
    expect(planReviewTaskNeeded(d('2026-03-17T12:00:00.001Z'), now, 7)).toBe(false);
    expect(planReviewTaskNeeded(d('2026-02-01T00:00:00Z'), now, 7)).toBe(true);
  });
});

describe('task bodies', () => {
  const base = { title: 'Call the landlord', dueAt: '2026-03-11T09:00:00Z' };

  it('defaults the priority and accepts a team task about no client', () => {
    const parsed = createTaskBody.parse({ ...base, assignedProgramId: '6f1c8d1e-7a55-4a53-9c7e-3d1f4c2b8a10' });
    expect(parsed.priority).toBe('routine');
  });

  it('names the field when a task goes to a person and a team, or links an episode without a client', () => {
    const both = createTaskBody.safeParse({
      ...base,
      assignedToId: '6f1c8d1e-7a55-4a53-9c7e-3d1f4c2b8a10',
      assignedProgramId: '6f1c8d1e-7a55-4a53-9c7e-3d1f4c2b8a11',
    });
    expect(both.success ? [] : both.error.issues.map((i) => i.path.join('.'))).toEqual(['assignedProgramId']);
    const episode = createTaskBody.safeParse({ ...base, episodeId: '6f1c8d1e-7a55-4a53-9c7e-3d1f4c2b8a10' });
    expect(episode.success ? [] : episode.error.issues.map((i) => i.path.join('.'))).toEqual(['episodeId']);
  });

  it('bounds recurrence and the title', () => {
    expect(createTaskBody.safeParse({ ...base, recurrenceDays: 0 }).success).toBe(false);
    expect(createTaskBody.safeParse({ ...base, recurrenceDays: 366 }).success).toBe(true);
    expect(createTaskBody.safeParse({ ...base, title: '   ' }).success).toBe(false);
    expect(createTaskBody.safeParse({ ...base, title: 'x'.repeat(201) }).success).toBe(false);
  });

  it('needs something to change, and exactly one assignee', () => {
    expect(updateTaskBody.safeParse({ version: 1 }).success).toBe(false);
    expect(updateTaskBody.safeParse({ details: null, version: 1 }).success).toBe(true);
    expect(reassignTaskBody.safeParse({ version: 1 }).success).toBe(false);
    expect(reassignTaskBody.safeParse({ assignedToId: '6f1c8d1e-7a55-4a53-9c7e-3d1f4c2b8a10' }).success).toBe(true);
  });
});
