import type { TaskListItem, TaskPriority } from '@careloop/core';
import type { TFunction } from 'i18next';

/** A hand-made task's own title, or the name of the work a rule raised. */
export function taskLabel(task: Pick<TaskListItem, 'title' | 'kind'>, t: TFunction): string {
  return task.title ?? t(`risk.taskKinds.${task.kind}`);
}

/**
 * Where the work of a rule task is done, when it has a form of its own: a safety-plan task (the
 * offer after a risk screen, the review after a crisis or a transition) opens the client's plan.
 * Ids only in the address.
 */
export function taskWorkLink(task: Pick<TaskListItem, 'kind' | 'clientId'>): string | null {
  if (!task.clientId) return null;
  return task.kind === 'safety_plan' || task.kind === 'safety_plan_review'
    ? `/clients/${task.clientId}?tab=safety-plan`
    : null;
}

/** Colour always comes with the priority's name in text; these pairs pass AA contrast. */
export const PRIORITY_STYLE: Record<TaskPriority, { color: string; variant: 'filled' | 'outline' }> = {
  urgent: { color: 'red.9', variant: 'filled' },
  high: { color: 'red.9', variant: 'outline' },
  routine: { color: 'gray.7', variant: 'outline' },
  low: { color: 'gray.7', variant: 'outline' },
};

export type Assignment = { kind: 'me' } | { kind: 'person'; userId: string } | { kind: 'team'; programId: string };

/** The assignee fields of a create or reassign body. */
export function assignmentBody(a: Assignment, meId: string): { assignedToId?: string; assignedProgramId?: string } {
  switch (a.kind) {
    case 'me':
      return { assignedToId: meId };
    case 'person':
      return { assignedToId: a.userId };
    case 'team':
      return { assignedProgramId: a.programId };
  }
}

/** Select values encode the choice: "me", "person:<id>" or "team:<id>". */
export function parseAssignment(value: string | null): Assignment | null {
  if (!value) return null;
  if (value === 'me') return { kind: 'me' };
  const [kind, id] = value.split(':');
  if (kind === 'person' && id) return { kind: 'person', userId: id };
  if (kind === 'team' && id) return { kind: 'team', programId: id };
  return null;
}
