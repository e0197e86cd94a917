import type { SafetyPlanView } from '@careloop/core';
import type { DbOrTx } from '../../db/database.js';
import { currentPlanOf } from './safety-plan-view.js';

/**
 * The client's current safety plan for other views (the on-call crisis view, the banner): the
 * newest signed version, else the newest draft; null when none was started. Not audited here —
 * the caller's read is.
 */
export function currentSafetyPlan(
  db: DbOrTx,
  organizationId: string,
  clientId: string,
): Promise<SafetyPlanView | null> {
  return currentPlanOf(db, organizationId, clientId);
}
