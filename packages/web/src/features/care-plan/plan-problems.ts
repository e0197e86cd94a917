import { incompletePlanFields, planDraftContent, type PlanContent } from '@careloop/core';

/** Field messages by path within the content (e.g. `goals.0.clientWords`). */
export type FieldMessages = Record<string, string>;

/** What is wrong with a draft on screen, in two kinds that the editor treats differently. */
export interface PlanProblems {
  /** Breaks a limit even for a draft (too long, a bad date): autosave waits until it is fixed. */
  invalid: FieldMessages;
  /** Saved as it is, but still to be written before the plan can be signed (an empty goal). */
  incomplete: FieldMessages;
}

export function planProblems(content: PlanContent): PlanProblems {
  const draft = planDraftContent.safeParse(content);
  const invalid: FieldMessages = {};
  if (!draft.success) for (const i of draft.error.issues) invalid[i.path.join('.')] ??= i.message;
  const incomplete: FieldMessages = {};
  for (const f of incompletePlanFields(content)) if (!(f.path in invalid)) incomplete[f.path] ??= f.message;
  return { invalid, incomplete };
}

/**
 * Why autosave must hold this draft back, or null when it can be saved. Unfinished text never
 * holds it back: the rest of the plan keeps saving while one field is being written.
 */
export function saveBlocker(content: PlanContent): string | null {
  const parsed = planDraftContent.safeParse(content);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? '');
}
