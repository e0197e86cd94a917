import {
  checkInSchedule,
  postTransitionEndsOn,
  sendingAccessEnded,
  transitionClosingSummary,
  transitionTaskKeys,
  type Actor,
} from '@careloop/core';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, systemActor, type RequestMeta } from '../audit/audit.writer.js';
import { loadEpisodeRow } from '../episodes/episode-row.js';
import { changeStage } from '../episodes/episodes.service.js';
import { notify } from '../notifications/notify.js';
import { completeKeyedRuleTasks } from '../tasks/rule-task.service.js';
import { plansAwaitingStart, startPostTransition } from './transition-follow-up.js';
import { agencyToday, primaryCaseManager } from './transition-people.js';
import { receivingSide, type PlanRow } from './transition-view.js';
import { transitionCheckIns, transitionPlans } from './transitions.schema.js';

const SYSTEM_META: RequestMeta = { ip: null, userAgent: null, requestId: null };

export interface TransitionSweepResult {
  started: number;
  overdueNotices: number;
  closed: number;
  failed: number;
}

async function recordedIndexes(db: DbOrTx, planId: string): Promise<Set<number>> {
  const rows = await db
    .select({ index: transitionCheckIns.index })
    .from(transitionCheckIns)
    .where(eq(transitionCheckIns.planId, planId));
  return new Set(rows.map((r) => r.index));
}

/** A late check-in: the receiving primary case manager is asked (once per check-in) to tell how it goes. */
async function nudgeReceivingTeam(tx: DbOrTx, plan: PlanRow, late: readonly number[], now: Date): Promise<number> {
  if (late.length === 0 || !plan.receivingEpisodeId) return 0;
  const receiving = await primaryCaseManager(tx, plan.receivingEpisodeId);
  if (!receiving) return 0;
  return notify(
    tx,
    late.map((index) => ({
      organizationId: plan.organizationId,
      userId: receiving,
      kind: 'transition_check_in' as const,
      clientId: plan.clientId,
      entityType: 'episode' as const,
      entityId: plan.receivingEpisodeId ?? plan.episodeId,
      params: { status: 'overdue' },
      dedupeKey: `transition_check_in_overdue:${plan.id}:${index}`,
      createdAt: now,
    })),
  );
}

/**
 * The period is over: the sending episode is closed through the episodes module (reason
 * transferred_out, a generated closing summary; no sign-off, which only "lost contact" needs) on
 * behalf of its primary case manager, the owner of the follow-up. Its care team ends with it, so
 * the old team's access ends. Unrecorded check-ins close with the period.
 */
async function closeSending(ctx: AppContext, plan: PlanRow, recorded: number, scheduled: number, now: Date) {
  const db = ctx.database.db;
  const owner = (await primaryCaseManager(db, plan.episodeId)) ?? plan.createdById;
  const actor: Actor = { userId: owner, organizationId: plan.organizationId, roles: [] };
  const sending = await loadEpisodeRow(db, actor, plan.episodeId);
  if (sending.stage !== 'closed' && plan.acceptedOn && plan.periodDays) {
    const side = await receivingSide(db, sending);
    await changeStage(
      ctx,
      actor,
      sending.id,
      {
        to: 'closed',
        closureReason: 'transferred_out',
        closingSummary: transitionClosingSummary({
          targetProgramName: side.programName,
          reason: plan.reason,
          acceptedOn: plan.acceptedOn,
          periodEndsOn: postTransitionEndsOn(plan.acceptedOn, plan.periodDays),
          checkInsRecorded: recorded,
          checkInsScheduled: scheduled,
        }),
        reason: 'Post-transition period ended',
      },
      sending.version,
      SYSTEM_META,
    );
  }
  await db.transaction(async (tx) => {
    const [still] = await tx
      .select({ closedAt: transitionPlans.closedAt })
      .from(transitionPlans)
      .where(eq(transitionPlans.id, plan.id))
      .for('update');
    if (!still || still.closedAt) return;
    await tx
      .update(transitionPlans)
      .set({ closedAt: now, updatedAt: now, version: plan.version + 1 })
      .where(eq(transitionPlans.id, plan.id));
    const open = [...Array(scheduled).keys()].map((i) => transitionTaskKeys.checkIn(plan.id, i + 1));
    await completeKeyedRuleTasks(
      tx,
      'transition',
      open,
      'Post-transition period ended; the receiving team has the case',
      now,
    );
    await recordAudit(
      tx,
      systemActor(plan.organizationId),
      {
        action: 'transition_plan.close_sending',
        entityType: 'transition_plan',
        entityId: plan.id,
        clientId: plan.clientId,
        details: {
          episodeId: plan.episodeId,
          onBehalfOf: owner,
          checkInsRecorded: recorded,
          checkInsScheduled: scheduled,
        },
      },
      SYSTEM_META,
    );
  });
}

/**
 * The transition rules as a job (idempotent): start the schedule of accepted hand-offs the
 * acceptance did not start, nudge the receiving team about late check-ins, and close the sending
 * episode once the post-transition period is over.
 */
export async function runTransitionSweep(ctx: AppContext, now: Date): Promise<TransitionSweepResult> {
  const db = ctx.database.db;
  const result: TransitionSweepResult = { started: 0, overdueNotices: 0, closed: 0, failed: 0 };
  for (const plan of await plansAwaitingStart(db)) {
    const accepted = await db.transaction(async (tx) => {
      const sending = await loadEpisodeRow(
        tx,
        { userId: plan.createdById, organizationId: plan.organizationId, roles: [] },
        plan.episodeId,
      );
      if (!sending.handoffAcceptedAt || sending.stage === 'transition') return 0;
      return startPostTransition(tx, plan.organizationId, plan.episodeId, sending.handoffAcceptedAt);
    });
    if (accepted > 0) result.started += 1;
  }
  const following = await db
    .select()
    .from(transitionPlans)
    .where(and(isNotNull(transitionPlans.acceptedOn), isNull(transitionPlans.closedAt)));
  for (const plan of following) {
    if (!plan.acceptedOn || !plan.periodDays || !plan.intervalDays) continue;
    const today = await agencyToday(db, plan.organizationId, now);
    const schedule = checkInSchedule(plan.acceptedOn, plan.periodDays, plan.intervalDays);
    const done = await recordedIndexes(db, plan.id);
    if (sendingAccessEnded({ acceptedOn: plan.acceptedOn, periodDays: plan.periodDays, today })) {
      try {
        await closeSending(ctx, plan, done.size, schedule.length, now);
        result.closed += 1;
      } catch (err) {
        // One plan's failure (e.g. an edit racing the close) must not stop the others; next run retries.
        ctx.logger.warn(
          { planId: plan.id, err: err instanceof Error ? err.name : 'unknown' },
          'transition close failed',
        );
        result.failed += 1;
      }
      continue;
    }
    const late = schedule.filter((s) => s.dueOn < today && !done.has(s.index)).map((s) => s.index);
    result.overdueNotices += await db.transaction((tx) => nudgeReceivingTeam(tx, plan, late, now));
  }
  return result;
}
