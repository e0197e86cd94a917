import type { PlanContent, PlanGoal } from '@careloop/core';
import { sameContent } from './draft-storage.js';

export type DiffStatus = 'added' | 'removed' | 'changed' | 'same';

export interface GoalDiff {
  id: string;
  status: DiffStatus;
  before: PlanGoal | null;
  after: PlanGoal | null;
}

const sameGoal = (a: PlanGoal, b: PlanGoal) =>
  sameContent(
    { preferences: null, crisisPrevention: null, deferredNeeds: [], goals: [a] },
    { preferences: null, crisisPrevention: null, deferredNeeds: [], goals: [b] },
  );

/** Goal by goal (matched by id): in the newer version's order, removed goals after their old neighbour. */
export function diffGoals(before: readonly PlanGoal[], after: readonly PlanGoal[]): GoalDiff[] {
  const beforeById = new Map(before.map((g) => [g.id, g]));
  const out: GoalDiff[] = after.map((goal) => {
    const old = beforeById.get(goal.id);
    if (!old) return { id: goal.id, status: 'added', before: null, after: goal };
    return { id: goal.id, status: sameGoal(old, goal) ? 'same' : 'changed', before: old, after: goal };
  });
  let anchor: string | null = null;
  for (const old of before) {
    if (after.some((g) => g.id === old.id)) {
      anchor = old.id;
      continue;
    }
    const at = anchor === null ? -1 : out.findIndex((d) => d.id === anchor);
    out.splice(at + 1, 0, { id: old.id, status: 'removed', before: old, after: null });
    anchor = old.id;
  }
  return out;
}

export interface SectionDiff {
  key: 'preferences' | 'crisisPrevention';
  before: string | null;
  after: string | null;
  changed: boolean;
}

export function diffSections(before: PlanContent, after: PlanContent): SectionDiff[] {
  return (['preferences', 'crisisPrevention'] as const).map((key) => {
    const b = before[key] ?? null;
    const n = after[key] ?? null;
    return { key, before: b, after: n, changed: (b ?? '').trim() !== (n ?? '').trim() };
  });
}

/** A field of a goal that differs between two versions (for the "Changed" markers). */
export function fieldChanged<K extends keyof PlanGoal>(diff: GoalDiff, field: K): boolean {
  if (diff.status !== 'changed' || !diff.before || !diff.after) return false;
  return JSON.stringify(diff.before[field] ?? null) !== JSON.stringify(diff.after[field] ?? null);
}
