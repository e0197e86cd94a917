import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { carePlans } from './careplans.schema.js';

/** Where a goal (and optionally one of its interventions) sits in the client's current plan. */
export interface PlanGoalRef {
  carePlanId: string;
  goalId: string;
  interventionId: string | null;
}

/**
 * What another module (referrals) may read of a plan: the client's newest plan version that is
 * current (draft, awaiting approval or effective) and holds this goal, and the intervention when
 * named. Null when no current plan has it. Goal and intervention ids carry over between versions.
 */
export async function findPlanGoal(
  db: DbOrTx,
  organizationId: string,
  clientId: string,
  goalId: string,
  interventionId: string | null,
): Promise<PlanGoalRef | null | 'no_intervention'> {
  const plans = await db
    .select({ id: carePlans.id, content: carePlans.content })
    .from(carePlans)
    .where(
      and(
        eq(carePlans.organizationId, organizationId),
        eq(carePlans.clientId, clientId),
        inArray(carePlans.status, ['draft', 'pending_approval', 'effective']),
      ),
    )
    .orderBy(desc(carePlans.createdAt))
    .limit(5);
  for (const p of plans) {
    const goal = p.content.goals?.find((g) => g.id === goalId);
    if (!goal) continue;
    if (interventionId && !goal.interventions?.some((i) => i.id === interventionId)) return 'no_intervention';
    return { carePlanId: p.id, goalId, interventionId };
  }
  return null;
}
