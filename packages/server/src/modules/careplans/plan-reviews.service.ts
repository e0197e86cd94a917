import {
  gasTScore,
  planReviewDue,
  roundTScore,
  type Actor,
  type PlanReviewBody,
  type PlanReviewView,
} from '@careloop/core';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, notFound, validationFailed } from '../../http/errors.js';
import { riskTiers } from '../assessments/assessments.schema.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { episodes } from '../episodes/episodes.schema.js';
import { programs } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';
import { carePlanReviews, carePlans } from './careplans.schema.js';

type ReviewRow = typeof carePlanReviews.$inferSelect;

function toView(r: ReviewRow, versionNumber: number, name: string | null): PlanReviewView {
  return {
    id: r.id,
    planId: r.planId,
    versionNumber,
    reviewedAt: r.reviewedAt.toISOString(),
    reviewedByName: name,
    goals: r.goals,
    clientComments: r.clientComments,
    changesNeeded: r.changesNeeded,
    gasTScore: r.gasTScore,
  };
}

/** Reviews of every version of an episode's plan, newest first. */
export async function episodeReviews(db: DbOrTx, episodeId: string): Promise<PlanReviewView[]> {
  const rows = await db
    .select({ r: carePlanReviews, v: carePlans.versionNumber, name: users.name })
    .from(carePlanReviews)
    .innerJoin(carePlans, eq(carePlans.id, carePlanReviews.planId))
    .leftJoin(users, eq(users.id, carePlanReviews.reviewedById))
    .where(eq(carePlans.episodeId, episodeId))
    .orderBy(desc(carePlanReviews.reviewedAt));
  return rows.map(({ r, v, name }) => toView(r, v, name));
}

/** Review the effective plan; GAS T-score over rated goals that carry a scale (weights from the scale). */
export async function reviewPlan(
  ctx: AppContext,
  actor: Actor,
  planId: string,
  body: PlanReviewBody,
  meta: RequestMeta,
): Promise<PlanReviewView> {
  return ctx.database.db.transaction(async (tx) => {
    const [p] = await tx
      .select()
      .from(carePlans)
      .where(and(eq(carePlans.id, planId), eq(carePlans.organizationId, actor.organizationId)));
    if (!p) throw notFound('Care plan');
    if (p.status !== 'effective') throw new AppError(409, 'conflict', 'Only the effective plan is reviewed.');
    const goals = new Map(p.content.goals.map((g) => [g.id, g]));
    const scored: { x: number; w: number }[] = [];
    body.goals.forEach((g, i) => {
      const goal = goals.get(g.goalId);
      if (!goal) throw validationFailed([{ path: `goals.${i}.goalId`, message: 'Not a goal of this plan.' }]);
      if (g.attainment !== null && g.attainment !== undefined) {
        if (!goal.gas) {
          throw validationFailed([{ path: `goals.${i}.attainment`, message: 'This goal has no GAS scale.' }]);
        }
        scored.push({ x: g.attainment, w: goal.gas.weight });
      }
    });
    const t = scored.length
      ? roundTScore(
          gasTScore(
            scored.map((s) => s.x),
            scored.map((s) => s.w),
          ),
        )
      : null;
    const [row] = await tx
      .insert(carePlanReviews)
      .values({
        organizationId: actor.organizationId,
        clientId: p.clientId,
        planId,
        goals: body.goals.map((g) => ({ goalId: g.goalId, progress: g.progress, attainment: g.attainment ?? null })),
        clientComments: body.clientComments ?? null,
        changesNeeded: body.changesNeeded ?? null,
        gasTScore: t,
        reviewedById: actor.userId,
        reviewedAt: ctx.now(),
      })
      .returning();
    if (!row) throw new Error('review insert returned nothing');
    await recordAudit(
      tx,
      actor,
      { action: 'care_plan.review', entityType: 'care_plan', entityId: planId, clientId: p.clientId },
      meta,
    );
    const [me] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
    return toView(row, p.versionNumber, me?.name ?? null);
  });
}

export interface ReviewDue {
  dueAt: Date;
  reason: 'interval' | 'tier_rose';
}

/** When each open episode's effective plan is next due for review (episodes without one are absent). */
export async function reviewDueByEpisode(db: DbOrTx, episodeIds: readonly string[]): Promise<Map<string, ReviewDue>> {
  if (episodeIds.length === 0) return new Map();
  const plans = await db
    .select({
      id: carePlans.id,
      episodeId: carePlans.episodeId,
      clientId: carePlans.clientId,
      signedAt: carePlans.signedAt,
      interval: programs.carePlanReviewDays,
    })
    .from(carePlans)
    .innerJoin(episodes, eq(episodes.id, carePlans.episodeId))
    .innerJoin(programs, eq(programs.id, episodes.programId))
    .where(and(inArray(carePlans.episodeId, [...episodeIds]), eq(carePlans.status, 'effective')));
  if (plans.length === 0) return new Map();
  const reviews = await db
    .select({ planId: carePlanReviews.planId, at: carePlanReviews.reviewedAt })
    .from(carePlanReviews)
    .where(
      inArray(
        carePlanReviews.planId,
        plans.map((p) => p.id),
      ),
    );
  const tiers = await db
    .select({ clientId: riskTiers.clientId, at: riskTiers.setAt, tier: riskTiers.tier })
    .from(riskTiers)
    .where(
      inArray(
        riskTiers.clientId,
        plans.map((p) => p.clientId),
      ),
    )
    .orderBy(asc(riskTiers.seq));
  const out = new Map<string, ReviewDue>();
  for (const p of plans) {
    if (!p.signedAt) continue;
    const last = reviews
      .filter((r) => r.planId === p.id)
      .reduce<Date | null>((m, r) => (!m || r.at > m ? r.at : m), null);
    out.set(
      p.episodeId,
      planReviewDue({
        signedAt: p.signedAt,
        lastReviewAt: last,
        intervalDays: p.interval,
        tierChanges: tiers.filter((t) => t.clientId === p.clientId).map((t) => ({ at: t.at, tier: t.tier })),
      }),
    );
  }
  return out;
}
