import {
  missingBeforeSigning,
  safetyPlanContentOf,
  safetyPlanChanges,
  type Actor,
  type CreateSafetyPlanBody,
  type ReviewSafetyPlanBody,
  type SafetyPlanContent,
  type SafetyPlanView,
  type SignSafetyPlanBody,
  type TaskKind,
  type UpdateSafetyPlanBody,
} from '@careloop/core';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, notFound, validationFailed, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { completeAnsweredTasks } from '../tasks/rule-task.service.js';
import { safetyPlanReviews, safetyPlans } from './safety.schema.js';
import { planView, type SafetyPlanRow } from './safety-plan-view.js';

/**
 * The tasks a signed plan (or a review of one) answers: the safety-rule offer (`safety_plan`, from
 * a C-SSRS or PHQ-9 item 9) and the review asked after a crisis or at a transition
 * (`safety_plan_review`, key `safety_plan_review:<clientId>`). Closed by kind, whatever opened them.
 */
const ANSWERED_TASKS: readonly TaskKind[] = ['safety_plan', 'safety_plan_review'];

/** One writer per client at a time: plan numbers are handed out in order. */
async function lockClientPlans(tx: DbOrTx, clientId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`safety_plan:${clientId}`}, 0))`);
}

async function nextPlanNumber(tx: DbOrTx, clientId: string): Promise<number> {
  const res = await tx.execute<{ n: number }>(
    sql`select coalesce(max(plan_number), 0)::int + 1 as n from safety_plans where client_id = ${clientId}`,
  );
  return res.rows[0]?.n ?? 1;
}

async function lockPlan(tx: DbOrTx, actor: Actor, id: string): Promise<SafetyPlanRow> {
  const [row] = await tx
    .select()
    .from(safetyPlans)
    .where(and(eq(safetyPlans.id, id), eq(safetyPlans.organizationId, actor.organizationId)))
    .for('update');
  if (!row) throw notFound('Safety plan');
  return row;
}

const signedConflict = () =>
  new AppError(409, 'conflict', 'A signed safety plan cannot be changed: start a new version from it.');

async function closeAnsweredTasks(tx: DbOrTx, actor: Actor, row: SafetyPlanRow, now: Date, meta: RequestMeta) {
  return completeAnsweredTasks(
    tx,
    actor,
    row.clientId,
    ANSWERED_TASKS,
    'Answered by the safety plan signed with the client.',
    now,
    meta,
    { entityType: 'safety_plan', entityId: row.id },
  );
}

/** A new draft version written with the client. */
export async function createSafetyPlan(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  body: CreateSafetyPlanBody,
  meta: RequestMeta,
): Promise<SafetyPlanView> {
  const content: SafetyPlanContent = body;
  return ctx.database.db.transaction(async (tx) => {
    await lockClientPlans(tx, clientId);
    const now = ctx.now();
    const [row] = await tx
      .insert(safetyPlans)
      .values({
        organizationId: actor.organizationId,
        clientId,
        planNumber: await nextPlanNumber(tx, clientId),
        content,
        createdById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('safety plan insert returned nothing');
    await recordAudit(
      tx,
      actor,
      {
        action: 'safety_plan.create',
        entityType: 'safety_plan',
        entityId: row.id,
        clientId,
        details: { planNumber: row.planNumber },
      },
      meta,
    );
    return planView(tx, actor.organizationId, row.id);
  });
}

/** Edit a draft (optimistic concurrency); a signed or superseded version answers 409. */
export async function updateSafetyPlan(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: UpdateSafetyPlanBody,
  meta: RequestMeta,
): Promise<SafetyPlanView> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await lockPlan(tx, actor, id);
    if (row.status !== 'draft') throw signedConflict();
    if (row.version !== body.version) throw versionConflict(await planView(tx, actor.organizationId, id));
    const content: SafetyPlanContent = {
      warningSigns: body.warningSigns ?? row.content.warningSigns,
      copingStrategies: body.copingStrategies ?? row.content.copingStrategies,
      socialDistractions: body.socialDistractions ?? row.content.socialDistractions,
      helpContacts: body.helpContacts ?? row.content.helpContacts,
      professionalContacts: body.professionalContacts ?? row.content.professionalContacts,
      environmentSafety: body.environmentSafety ?? row.content.environmentSafety,
      reasonsForLiving: body.reasonsForLiving ?? row.content.reasonsForLiving,
    };
    const now = ctx.now();
    await tx
      .update(safetyPlans)
      .set({ content, updatedAt: now, version: row.version + 1 })
      .where(eq(safetyPlans.id, id));
    await recordAudit(
      tx,
      actor,
      {
        action: 'safety_plan.update',
        entityType: 'safety_plan',
        entityId: id,
        clientId: row.clientId,
        details: { changes: safetyPlanChanges(row.content, content) },
      },
      meta,
    );
    return planView(tx, actor.organizationId, id);
  });
}

/**
 * Sign a draft with the client: the actor signs as staff, `signedByClient` attests the client's
 * signature. The previously signed version is superseded, and the tasks the plan answers close.
 */
export async function signSafetyPlan(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: SignSafetyPlanBody,
  meta: RequestMeta,
): Promise<SafetyPlanView> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await lockPlan(tx, actor, id);
    await lockClientPlans(tx, row.clientId);
    if (row.status !== 'draft') throw signedConflict();
    if (row.version !== body.version) throw versionConflict(await planView(tx, actor.organizationId, id));
    const missing = missingBeforeSigning(row.content);
    if (missing.length > 0) throw validationFailed(missing.map((m) => ({ path: m.path, message: m.message })));
    const now = ctx.now();
    const superseded = await tx
      .update(safetyPlans)
      .set({ status: 'superseded', supersededAt: now, updatedAt: now, version: sql`${safetyPlans.version} + 1` })
      .where(and(eq(safetyPlans.clientId, row.clientId), eq(safetyPlans.status, 'signed')))
      .returning({ id: safetyPlans.id });
    await tx
      .update(safetyPlans)
      .set({
        status: 'signed',
        signedById: actor.userId,
        signedAt: now,
        signedByClient: true,
        updatedAt: now,
        version: row.version + 1,
      })
      .where(eq(safetyPlans.id, id));
    const closed = await closeAnsweredTasks(tx, actor, row, now, meta);
    await recordAudit(
      tx,
      actor,
      {
        action: 'safety_plan.sign',
        entityType: 'safety_plan',
        entityId: id,
        clientId: row.clientId,
        details: {
          planNumber: row.planNumber,
          signedByClient: true,
          superseded: superseded.map((s) => s.id),
          tasksClosed: closed.map((c) => c.id),
        },
      },
      meta,
    );
    return planView(tx, actor.organizationId, id);
  });
}

/** The next draft from a signed version (its content copied); the signed one stays as it is. */
export async function reviseSafetyPlan(
  ctx: AppContext,
  actor: Actor,
  id: string,
  meta: RequestMeta,
): Promise<SafetyPlanView> {
  return ctx.database.db.transaction(async (tx) => {
    const from = await lockPlan(tx, actor, id);
    await lockClientPlans(tx, from.clientId);
    if (from.status === 'draft') throw new AppError(409, 'conflict', 'This version is a draft: edit it instead.');
    const [open] = await tx
      .select({ id: safetyPlans.id })
      .from(safetyPlans)
      .where(and(eq(safetyPlans.clientId, from.clientId), eq(safetyPlans.status, 'draft')));
    if (open) throw new AppError(409, 'conflict', 'A new version is already being written: continue that draft.');
    const now = ctx.now();
    const [row] = await tx
      .insert(safetyPlans)
      .values({
        organizationId: actor.organizationId,
        clientId: from.clientId,
        planNumber: await nextPlanNumber(tx, from.clientId),
        basedOnId: from.id,
        content: safetyPlanContentOf(from.content),
        createdById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('safety plan insert returned nothing');
    await recordAudit(
      tx,
      actor,
      {
        action: 'safety_plan.revise',
        entityType: 'safety_plan',
        entityId: row.id,
        clientId: row.clientId,
        details: { planNumber: row.planNumber, basedOnId: from.id },
      },
      meta,
    );
    return planView(tx, actor.organizationId, row.id);
  });
}

/** "Reviewed with the client, no change" on the signed plan: recorded, and the review task closes. */
export async function reviewSafetyPlan(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: ReviewSafetyPlanBody,
  meta: RequestMeta,
): Promise<SafetyPlanView> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await lockPlan(tx, actor, id);
    if (row.status !== 'signed') {
      throw new AppError(409, 'conflict', 'Only the current signed plan can be marked reviewed.');
    }
    if (row.version !== body.version) throw versionConflict(await planView(tx, actor.organizationId, id));
    const now = ctx.now();
    const [review] = await tx
      .insert(safetyPlanReviews)
      .values({
        organizationId: actor.organizationId,
        planId: id,
        clientId: row.clientId,
        reviewedById: actor.userId,
        reviewedAt: now,
        note: body.note ?? null,
      })
      .returning({ id: safetyPlanReviews.id });
    if (!review) throw new Error('safety plan review insert returned nothing');
    const closed = await closeAnsweredTasks(tx, actor, row, now, meta);
    await recordAudit(
      tx,
      actor,
      {
        action: 'safety_plan.review',
        entityType: 'safety_plan',
        entityId: id,
        clientId: row.clientId,
        details: { reviewId: review.id, tasksClosed: closed.map((c) => c.id) },
      },
      meta,
    );
    return planView(tx, actor.organizationId, id);
  });
}
