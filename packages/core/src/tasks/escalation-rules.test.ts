import { describe, expect, it } from 'vitest';
import { escalationRule, isEscalationDue } from './escalation-rules.js';
import { TaskPriorities, TaskSources } from './task-fields.js';

const due = new Date('2026-03-10T12:00:00Z');
const at = (hours: number) => new Date(due.getTime() + hours * 3_600_000);

describe('escalation rules', () => {
  it('escalates urgent safety work to the supervisor and on-call as soon as it is late', () => {
    const rule = escalationRule('safety_rule', 'urgent');
    expect(rule).toEqual({ graceHours: 0, to: ['supervisor', 'on_call'] });
    expect(isEscalationDue(due, rule!, due)).toBe(false);
    expect(isEscalationDue(due, rule!, new Date(due.getTime() + 1))).toBe(true);
  });

  it('gives routine rule tasks a grace before the supervisor hears of them', () => {
    const rule = escalationRule('safety_rule', 'routine')!;
    expect(rule.to).toEqual(['supervisor']);
    expect(isEscalationDue(due, rule, at(72))).toBe(false);
    expect(isEscalationDue(due, rule, at(72.001))).toBe(true);
    expect(escalationRule('cadence', 'routine')?.graceHours).toBe(7 * 24);
    expect(escalationRule('engagement', 'high')?.graceHours).toBe(48);
  });

  it('never escalates a hand-made task, and every rule-raised one escalates', () => {
    for (const p of TaskPriorities) expect(escalationRule('manual', p)).toBeNull();
    for (const s of TaskSources.filter((x) => x !== 'manual')) {
      for (const p of TaskPriorities) expect(escalationRule(s, p)).not.toBeNull();
    }
  });
});
