import {
  incompletePlanFields,
  needsCoverage,
  type Actor,
  type CarePlanView,
  type PlanContent,
  type SignPlanBody,
} from '@careloop/core';
import { addDays } from 'date-fns';
import { and, desc, eq, max } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { AppError, notFound, preconditionRequired, validationFailed, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { loadEpisodeRow } from '../episodes/episode-row.js';
import { programs } from '../programs/programs.schema.js';
import { carePlans } from './careplans.schema.js';
import { actionableDomains, planView } from './plan-view.js';

const EMPTY: PlanContent = { preferences: null, goals: [], deferredNeeds: [], crisisPrevention: null };

async function audit(tx: DbOrTx, actor: Actor, action: string, planId: string, clientId: string, meta: RequestMeta) {
  await recordAudit(tx, actor, { action, entityType: 'care_plan', entityId: planId, clientId }, meta);
}

/** A new draft: a copy of the effective version (version N + 1), or an empty first version. */
export async function createDraft(
  ctx: AppContext,
  actor: Actor,
  episodeId: string,
  meta: RequestMeta,
): Promise<CarePlanView> {
  try {
    return await ctx.database.db.transaction(async (tx) => {
      const episode = await loadEpisodeRow(tx, actor, episodeId, true);
      if (episode.stage === 'closed') throw new AppError(409, 'conflict', 'This episode is closed.');
      const [effective] = await tx
        .select()
        .from(carePlans)
        .where(and(eq(carePlans.episodeId, episodeId), eq(carePlans.status, 'effective')));
      const [last] = await tx
        .select({ n: max(carePlans.versionNumber) })
        .from(carePlans)
        .where(eq(carePlans.episodeId, episodeId));
      const now = ctx.now();
      const [row] = await tx
        .insert(carePlans)
        .values({
          organizationId: actor.organizationId,
          clientId: episode.clientId,
          episodeId,
          versionNumber: (last?.n ?? 0) + 1,
          status: 'draft',
          content: effective?.content ?? EMPTY,
          createdById: actor.userId,
          createdAt: now,
          updatedById: actor.userId,
          updatedAt: now,
        })
        .returning({ id: carePlans.id });
      if (!row) throw new Error('care plan insert returned nothing');
      await audit(tx, actor, 'care_plan.create_draft', row.id, episode.clientId, meta);
      return planView(tx, actor.organizationId, row.id);
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError(
        409,
        'conflict',
        'A version of this plan is already in progress (a draft, or awaiting approval).',
      );
    throw e;
  }
}

async function lockDraft(tx: DbOrTx, actor: Actor, id: string, expected: number | undefined) {
  if (expected === undefined) throw preconditionRequired();
  const [p] = await tx
    .select()
    .from(carePlans)
    .where(and(eq(carePlans.id, id), eq(carePlans.organizationId, actor.organizationId)))
    .for('update');
  if (!p) throw notFound('Care plan');
  if (p.version !== expected) throw versionConflict(await planView(tx, actor.organizationId, id));
  if (p.status === 'pending_approval') {
    throw new AppError(409, 'conflict', 'This version is waiting for supervisor approval.');
  }
  if (p.status !== 'draft') {
    throw new AppError(409, 'conflict', 'A signed plan cannot change: start a new version.');
  }
  return p;
}

/** Autosave of a draft: the whole content (unfinished text allowed), with optimistic concurrency. */
export async function saveDraft(
  ctx: AppContext,
  actor: Actor,
  id: string,
  content: PlanContent,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<CarePlanView> {
  return ctx.database.db.transaction(async (tx) => {
    const p = await lockDraft(tx, actor, id, expected);
    await tx
      .update(carePlans)
      .set({ content, updatedById: actor.userId, updatedAt: ctx.now(), version: p.version + 1 })
      .where(eq(carePlans.id, id));
    await audit(tx, actor, 'care_plan.save_draft', id, p.clientId, meta);
    return planView(tx, actor.organizationId, id);
  });
}

/**
 * The client agrees and the staff member signs: the draft becomes the effective version (the
 * previous one is superseded) and the next review is due after the program's interval. Where the
 * program requires supervisor approval it waits as `pending_approval` instead.
 */
export async function signPlan(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: SignPlanBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<CarePlanView> {
  return ctx.database.db.transaction(async (tx) => {
    const p = await lockDraft(tx, actor, id, expected);
    const content = p.content;
    if (content.goals.length === 0) {
      throw validationFailed([{ path: 'content.goals', message: 'Add at least one goal before signing.' }]);
    }
    // A draft autosaves unfinished; what the client signs must be complete.
    const unfinished = incompletePlanFields(content);
    if (unfinished.length) {
      throw new AppError(400, 'validation_failed', 'Finish the marked fields of the plan before signing.', {
        fields: unfinished.map((f) => ({ path: `content.${f.path}`, message: f.message })),
      });
    }
    if (p.versionNumber > 1 && !body.changeSummary) {
      throw validationFailed([{ path: 'changeSummary', message: 'Summarise what changed in this version.' }]);
    }
    const coverage = needsCoverage({
      actionableDomains: await actionableDomains(tx, p.clientId),
      goals: content.goals,
      deferred: content.deferredNeeds,
    });
    if (coverage.missing.length) {
      throw new AppError(409, 'plan_incomplete', 'Every actionable need needs a goal or a reason to defer it.', {
        missing: coverage.missing,
      });
    }
    const program = await planProgram(tx, actor, p.episodeId);
    const now = ctx.now();
    const awaitingApproval = program?.planApprovalRequired === true;
    if (!awaitingApproval) await supersedeEffective(tx, p.episodeId);
    await tx
      .update(carePlans)
      .set({
        status: awaitingApproval ? 'pending_approval' : 'effective',
        changeSummary: body.changeSummary ?? null,
        clientAgreementMethod: body.clientAgreement.method,
        verbalReason: body.clientAgreement.method === 'verbal' ? (body.clientAgreement.verbalReason ?? null) : null,
        signatureDataUrl:
          body.clientAgreement.method === 'signature' ? (body.clientAgreement.signatureDataUrl ?? null) : null,
        signedById: actor.userId,
        signedAt: now,
        reviewDueAt: awaitingApproval ? null : addDays(now, program?.carePlanReviewDays ?? 90),
        updatedById: actor.userId,
        updatedAt: now,
        version: p.version + 1,
      })
      .where(eq(carePlans.id, id));
    await audit(
      tx,
      actor,
      awaitingApproval ? 'care_plan.sign_pending_approval' : 'care_plan.sign',
      id,
      p.clientId,
      meta,
    );
    return planView(tx, actor.organizationId, id);
  });
}

/** The program of the plan's episode (its review interval and whether a supervisor approves). */
export async function planProgram(tx: DbOrTx, actor: Actor, episodeId: string) {
  const episode = await loadEpisodeRow(tx, actor, episodeId);
  const [program] = await tx.select().from(programs).where(eq(programs.id, episode.programId));
  return program;
}

/** The version in force steps aside for a newly effective one. */
export async function supersedeEffective(tx: DbOrTx, episodeId: string): Promise<void> {
  await tx
    .update(carePlans)
    .set({ status: 'superseded' })
    .where(and(eq(carePlans.episodeId, episodeId), eq(carePlans.status, 'effective')));
}

/** The client and episode a plan belongs to (for the access check). */
export async function planOwner(db: DbOrTx, actor: Actor, id: string): Promise<{ clientId: string }> {
  const [p] = await db
    .select({ clientId: carePlans.clientId })
    .from(carePlans)
    .where(and(eq(carePlans.id, id), eq(carePlans.organizationId, actor.organizationId)))
    .orderBy(desc(carePlans.versionNumber));
  if (!p) throw notFound('Care plan');
  return p;
}
