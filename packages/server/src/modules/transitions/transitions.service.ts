import {
  addDaysToDate,
  transitionTaskKeys,
  type Actor,
  type CheckItemBody,
  type TransitionPanelView,
  type TransitionPlanBody,
} from '@careloop/core';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { loadEpisodeRow, type EpisodeRow } from '../episodes/episode-row.js';
import { openKeyedRuleTask } from '../tasks/rule-task.service.js';
import { users } from '../users/users.schema.js';
import { agencyToday, dueAtOf, primaryCaseManager } from './transition-people.js';
import { planOf, receivingSide, transitionPanel } from './transition-view.js';
import { transitionPlans } from './transitions.schema.js';

/** Days to review the safety plan when the plan names no overlap end (the hand-off week). */
const SAFETY_REVIEW_DAYS = 7;

const notInTransition = () =>
  new AppError(409, 'conflict', 'The episode is not moving to another program (stage transition).');

/**
 * At every transition the safety plan is reviewed (CLINICAL.md §3): a `safety_plan_review` task,
 * one open per client, owned by the sending primary case manager; the safety module closes it
 * when a plan version is signed or marked reviewed.
 */
async function openSafetyPlanReview(tx: DbOrTx, sending: EpisodeRow, dueOn: string, now: Date): Promise<void> {
  await openKeyedRuleTask(
    tx,
    {
      organizationId: sending.organizationId,
      clientId: sending.clientId,
      episodeId: sending.id,
      kind: 'safety_plan_review',
      priority: 'high',
      source: 'safety_plan',
      sourceKey: transitionTaskKeys.safetyPlanReview(sending.clientId),
      dueAt: dueAtOf(dueOn),
      assignedToId: await primaryCaseManager(tx, sending.id),
      details: 'Review the safety plan with the client before the hand-off (transition between programs).',
    },
    now,
    { raisedBy: 'transition', episodeId: sending.id },
  );
}

/** Start (version 0) or edit the transition plan of a sending episode. */
export function saveTransitionPlan(
  ctx: AppContext,
  actor: Actor,
  episodeId: string,
  body: TransitionPlanBody,
  meta: RequestMeta,
): Promise<TransitionPanelView> {
  return ctx.database.db.transaction(async (tx) => {
    const sending = await loadEpisodeRow(tx, actor, episodeId);
    const now = ctx.now();
    const current = await planOf(tx, episodeId, true);
    if ((current?.version ?? 0) !== body.version) {
      throw versionConflict(await transitionPanel(tx, actor, episodeId, now));
    }
    if (sending.stage !== 'transition' && sending.stage !== 'post_transition') throw notInTransition();
    if (!current) {
      if (sending.stage !== 'transition' || !sending.nextEpisodeId) throw notInTransition();
      const side = await receivingSide(tx, sending);
      const [row] = await tx
        .insert(transitionPlans)
        .values({
          organizationId: actor.organizationId,
          clientId: sending.clientId,
          episodeId,
          receivingEpisodeId: sending.nextEpisodeId,
          targetProgramId: side.programId,
          reason: side.reason,
          receivingTeam: body.receivingTeam,
          overlapEndsOn: body.overlapEndsOn,
          createdById: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: transitionPlans.id });
      if (!row) throw new Error('transition plan insert returned nothing');
      const today = await agencyToday(tx, actor.organizationId, now);
      const reviewBy =
        body.overlapEndsOn && body.overlapEndsOn > today
          ? body.overlapEndsOn
          : addDaysToDate(today, SAFETY_REVIEW_DAYS);
      await openSafetyPlanReview(tx, sending, reviewBy, now);
      await recordAudit(
        tx,
        actor,
        {
          action: 'transition_plan.create',
          entityType: 'transition_plan',
          entityId: row.id,
          clientId: sending.clientId,
          details: { episodeId, targetProgramId: side.programId, overlapEndsOn: body.overlapEndsOn },
        },
        meta,
      );
    } else {
      await tx
        .update(transitionPlans)
        .set({
          receivingTeam: body.receivingTeam,
          overlapEndsOn: body.overlapEndsOn,
          updatedAt: now,
          version: current.version + 1,
        })
        .where(eq(transitionPlans.id, current.id));
      await recordAudit(
        tx,
        actor,
        {
          action: 'transition_plan.update',
          entityType: 'transition_plan',
          entityId: current.id,
          clientId: sending.clientId,
          details: { fields: ['receivingTeam', 'overlapEndsOn'], overlapEndsOn: body.overlapEndsOn },
        },
        meta,
      );
    }
    return transitionPanel(tx, actor, episodeId, now);
  });
}

/** Check one hand-off item: who and when (a re-check replaces the earlier entry). */
export function checkChecklistItem(
  ctx: AppContext,
  actor: Actor,
  episodeId: string,
  body: CheckItemBody,
  meta: RequestMeta,
): Promise<TransitionPanelView> {
  return ctx.database.db.transaction(async (tx) => {
    const sending = await loadEpisodeRow(tx, actor, episodeId);
    const now = ctx.now();
    const plan = await planOf(tx, episodeId, true);
    if (!plan) throw new AppError(409, 'conflict', 'Start the transition plan first.');
    if (plan.version !== body.version) throw versionConflict(await transitionPanel(tx, actor, episodeId, now));
    // The checklist is what the hand-off waits for: once accepted it is a record, not a to-do.
    if (sending.stage !== 'transition') throw notInTransition();
    const [me] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
    const entry = {
      item: body.item,
      checkedAt: now.toISOString(),
      checkedById: actor.userId,
      checkedByName: me?.name ?? null,
      note: body.note ?? null,
    };
    await tx
      .update(transitionPlans)
      .set({
        checklist: [...plan.checklist.filter((c) => c.item !== body.item), entry],
        updatedAt: now,
        version: plan.version + 1,
      })
      .where(eq(transitionPlans.id, plan.id));
    await recordAudit(
      tx,
      actor,
      {
        action: 'transition_plan.check_item',
        entityType: 'transition_plan',
        entityId: plan.id,
        clientId: sending.clientId,
        details: { item: body.item, withNote: entry.note !== null },
      },
      meta,
    );
    return transitionPanel(tx, actor, episodeId, now);
  });
}
