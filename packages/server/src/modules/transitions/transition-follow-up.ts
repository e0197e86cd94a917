import {
  checkInSchedule,
  transitionTaskKeys,
  type Actor,
  type RecordCheckInBody,
  type TransitionPanelView,
} from '@careloop/core';
import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, validationFailed } from '../../http/errors.js';
import { recordAudit, systemActor, type RequestMeta } from '../audit/audit.writer.js';
import { loadEpisodeRow } from '../episodes/episode-row.js';
import { notify } from '../notifications/notify.js';
import { programSupervisors } from '../notifications/recipients.js';
import { completeKeyedRuleTasks, openKeyedRuleTask } from '../tasks/rule-task.service.js';
import { transitionSettingsOf } from './transition-settings.service.js';
import { agencyToday, dueAtOf, primaryCaseManager } from './transition-people.js';
import { planOf, transitionPanel, type PlanRow } from './transition-view.js';
import { transitionCheckIns, transitionPlans } from './transitions.schema.js';

const SYSTEM_META: RequestMeta = { ip: null, userAgent: null, requestId: null };

/**
 * The hand-off was accepted: fix the post-transition schedule with today's agency settings and
 * open one `transition_check_in` task per check-in for the sending primary case manager.
 * Idempotent (a plan already started is left alone; task keys are unique while open), so the
 * acceptance hook and the sweep's catch-up may both call it. No plan (a move made before plans
 * existed): nothing to follow.
 */
export async function startPostTransition(
  tx: DbOrTx,
  organizationId: string,
  sendingEpisodeId: string,
  now: Date,
): Promise<number> {
  const plan = await planOf(tx, sendingEpisodeId, true);
  if (!plan || plan.acceptedOn) return 0;
  const settings = await transitionSettingsOf(tx, organizationId);
  const acceptedOn = await agencyToday(tx, organizationId, now);
  await tx
    .update(transitionPlans)
    .set({
      acceptedOn,
      periodDays: settings.postTransitionDays,
      intervalDays: settings.checkInIntervalDays,
      updatedAt: now,
      version: plan.version + 1,
    })
    .where(eq(transitionPlans.id, plan.id));
  const owner = await primaryCaseManager(tx, sendingEpisodeId);
  const schedule = checkInSchedule(acceptedOn, settings.postTransitionDays, settings.checkInIntervalDays);
  for (const s of schedule) {
    await openKeyedRuleTask(
      tx,
      {
        organizationId,
        clientId: plan.clientId,
        episodeId: sendingEpisodeId,
        kind: 'transition_check_in',
        priority: 'routine',
        source: 'transition',
        sourceKey: transitionTaskKeys.checkIn(plan.id, s.index),
        dueAt: dueAtOf(s.dueOn),
        assignedToId: owner,
        title: `Post-transition check-in ${s.index} of ${schedule.length}`,
        details: 'Hear how the client is doing with the new team and record the check-in on the transition panel.',
      },
      now,
      { planId: plan.id, index: s.index },
    );
  }
  await recordAudit(
    tx,
    systemActor(organizationId),
    {
      action: 'transition_plan.post_transition_start',
      entityType: 'transition_plan',
      entityId: plan.id,
      clientId: plan.clientId,
      details: { acceptedOn, checkIns: schedule.length, periodDays: settings.postTransitionDays },
    },
    SYSTEM_META,
  );
  return schedule.length;
}

/** The sending team hears how the client is doing: its primary case manager and program supervisors. */
async function tellSendingTeam(tx: DbOrTx, actor: Actor, plan: PlanRow, checkInId: string, now: Date): Promise<void> {
  const sending = await loadEpisodeRow(tx, actor, plan.episodeId);
  const primary = await primaryCaseManager(tx, plan.episodeId);
  const to = new Set([...(primary ? [primary] : []), ...(await programSupervisors(tx, [sending.programId]))]);
  to.delete(actor.userId);
  await notify(
    tx,
    [...to].map((userId) => ({
      organizationId: actor.organizationId,
      userId,
      kind: 'transition_check_in' as const,
      clientId: plan.clientId,
      entityType: 'episode' as const,
      entityId: plan.episodeId,
      dedupeKey: `transition_check_in:${checkInId}`,
      createdAt: now,
    })),
  );
}

/**
 * Record how the client is doing (either team may post it). It answers a scheduled check-in: its
 * task closes, and the old team is told.
 */
export function recordCheckIn(
  ctx: AppContext,
  actor: Actor,
  episodeId: string,
  body: RecordCheckInBody,
  meta: RequestMeta,
): Promise<TransitionPanelView> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const plan = await planOf(tx, episodeId, true);
    if (!plan?.acceptedOn || !plan.periodDays || !plan.intervalDays) {
      throw new AppError(409, 'conflict', 'Check-ins start when the receiving team accepts the hand-off.');
    }
    if (plan.closedAt) throw new AppError(409, 'conflict', 'The post-transition period has ended.');
    const schedule = checkInSchedule(plan.acceptedOn, plan.periodDays, plan.intervalDays);
    const done = new Set(
      (
        await tx
          .select({ index: transitionCheckIns.index })
          .from(transitionCheckIns)
          .where(eq(transitionCheckIns.planId, plan.id))
      ).map((r) => r.index),
    );
    const index = body.index ?? schedule.find((s) => !done.has(s.index))?.index;
    if (index === undefined) throw new AppError(409, 'conflict', 'Every scheduled check-in is recorded.');
    if (!schedule.some((s) => s.index === index)) {
      throw validationFailed([{ path: 'index', message: 'Choose a scheduled check-in.' }]);
    }
    if (done.has(index)) throw new AppError(409, 'conflict', 'This check-in is already recorded.');
    const [row] = await tx
      .insert(transitionCheckIns)
      .values({
        organizationId: actor.organizationId,
        planId: plan.id,
        clientId: plan.clientId,
        index,
        fromWhom: body.fromWhom,
        howIsClient: body.howIsClient,
        recordedById: actor.userId,
        recordedAt: now,
      })
      .returning({ id: transitionCheckIns.id });
    if (!row) throw new Error('check-in insert returned nothing');
    await completeKeyedRuleTasks(
      tx,
      'transition',
      [transitionTaskKeys.checkIn(plan.id, index)],
      'Check-in recorded',
      now,
    );
    await tellSendingTeam(tx, actor, plan, row.id, now);
    await recordAudit(
      tx,
      actor,
      {
        action: 'transition_check_in.create',
        entityType: 'transition_check_in',
        entityId: row.id,
        clientId: plan.clientId,
        details: { planId: plan.id, index },
      },
      meta,
    );
    return transitionPanel(tx, actor, episodeId, now);
  });
}

/** Plans whose hand-off was accepted but whose schedule has not started (the sweep's catch-up). */
export async function plansAwaitingStart(db: DbOrTx): Promise<PlanRow[]> {
  return db
    .select()
    .from(transitionPlans)
    .where(and(isNull(transitionPlans.acceptedOn), isNull(transitionPlans.closedAt)));
}
