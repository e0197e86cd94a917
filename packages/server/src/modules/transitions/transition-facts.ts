import { checklistComplete } from '@careloop/core';
import type { DbOrTx } from '../../db/database.js';
import { planOf } from './transition-view.js';

/**
 * The fact the hand-off guard reads. A move without a plan (made before transition plans
 * existed, or in a test of the move alone) is not held back; once a plan is started, its
 * checklist must be complete.
 */
export async function transitionFacts(db: DbOrTx, episodeId: string): Promise<Record<string, boolean>> {
  const plan = await planOf(db, episodeId);
  return { handoff_checklist_complete: plan === null || checklistComplete(plan.checklist) };
}
