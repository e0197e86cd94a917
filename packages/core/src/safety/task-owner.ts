/** Who a rule-raised safety task belongs to, and why (kept on the task's audit row). */
export const OwnerReasons = ['giver', 'primary_case_manager', 'on_call', 'none'] as const;
export type OwnerReason = (typeof OwnerReasons)[number];

export interface OwnerCandidates {
  /** Who gave the instrument; null for a result with no signer (e.g. imported). */
  giverId: string | null;
  /** The giver is an active colleague with a care role who can open the chart. */
  giverCanHold: boolean;
  /** The primary case manager of the episode the task belongs to. */
  primaryCaseManagerId: string | null;
  /** On-call clinicians of that episode's program, in a stable order. */
  onCallIds: readonly string[];
}

/**
 * The person who gave the instrument owns what it raised (they were there and know the answers);
 * else the primary case manager; else the program's on-call clinician. Only with none of them is
 * a task left unowned, and then the supervisor's safety view lists it.
 */
export function safetyTaskOwner(c: OwnerCandidates): { userId: string | null; reason: OwnerReason } {
  if (c.giverId && c.giverCanHold) return { userId: c.giverId, reason: 'giver' };
  if (c.primaryCaseManagerId) return { userId: c.primaryCaseManagerId, reason: 'primary_case_manager' };
  const onCall = c.onCallIds[0];
  if (onCall) return { userId: onCall, reason: 'on_call' };
  return { userId: null, reason: 'none' };
}
