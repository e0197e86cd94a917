import {
  checkInSchedule,
  checklistComplete,
  missingChecklistItems,
  postTransitionEndsOn,
  type Actor,
  type TransitionPanelView,
} from '@careloop/core';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { auditedRead } from '../audit/audited-read.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { levelOfCare } from '../assessments/level-of-care.service.js';
import { loadEpisodeRow, type EpisodeRow } from '../episodes/episode-row.js';
import { episodes, episodeStageChanges } from '../episodes/episodes.schema.js';
import { programs } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';
import { transitionSettingsOf } from './transition-settings.service.js';
import { transitionCheckIns, transitionPlans } from './transitions.schema.js';

export type PlanRow = typeof transitionPlans.$inferSelect;

const TRANSFERRED_IN = 'Transferred in: ';

/** The receiving side of the move the episodes module made: its program and the move's reason. */
export async function receivingSide(
  db: DbOrTx,
  sending: EpisodeRow,
): Promise<{ programId: string | null; programName: string | null; reason: string | null }> {
  if (!sending.nextEpisodeId) return { programId: null, programName: null, reason: null };
  const [row] = await db
    .select({ programId: episodes.programId, programName: programs.name })
    .from(episodes)
    .leftJoin(programs, eq(programs.id, episodes.programId))
    .where(eq(episodes.id, sending.nextEpisodeId));
  if (!row) return { programId: null, programName: null, reason: null };
  // The move's reason is the receiving episode's opening stage change ("Transferred in: …").
  const [opening] = await db
    .select({ reason: episodeStageChanges.reason })
    .from(episodeStageChanges)
    .where(and(eq(episodeStageChanges.episodeId, sending.nextEpisodeId), isNull(episodeStageChanges.fromStage)));
  const raw = opening?.reason ?? null;
  const reason = raw?.startsWith(TRANSFERRED_IN) ? raw.slice(TRANSFERRED_IN.length) : raw;
  return { programId: row.programId, programName: row.programName, reason: reason ?? null };
}

export async function planOf(db: DbOrTx, episodeId: string, lock = false): Promise<PlanRow | null> {
  const q = db.select().from(transitionPlans).where(eq(transitionPlans.episodeId, episodeId));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

/** The scheduled check-ins with what was recorded for each (by index). */
async function checkIns(db: DbOrTx, plan: PlanRow): Promise<NonNullable<TransitionPanelView['plan']>['checkIns']> {
  if (!plan.acceptedOn || !plan.periodDays || !plan.intervalDays) return [];
  const rows = await db
    .select({ c: transitionCheckIns, name: users.name })
    .from(transitionCheckIns)
    .leftJoin(users, eq(users.id, transitionCheckIns.recordedById))
    .where(eq(transitionCheckIns.planId, plan.id))
    .orderBy(asc(transitionCheckIns.index));
  return checkInSchedule(plan.acceptedOn, plan.periodDays, plan.intervalDays).map((s) => {
    const hit = rows.find((r) => r.c.index === s.index);
    return {
      index: s.index,
      dueOn: s.dueOn,
      recorded: hit
        ? {
            id: hit.c.id,
            fromWhom: hit.c.fromWhom,
            howIsClient: hit.c.howIsClient,
            recordedAt: hit.c.recordedAt.toISOString(),
            recordedByName: hit.name,
          }
        : null,
    };
  });
}

/** The transition panel of a sending episode: plan, move, acceptance, check-ins, step-down criteria. */
export async function transitionPanel(
  db: DbOrTx,
  actor: Actor,
  episodeId: string,
  now: Date,
): Promise<TransitionPanelView> {
  const sending = await loadEpisodeRow(db, actor, episodeId);
  const side = await receivingSide(db, sending);
  const plan = await planOf(db, episodeId);
  return {
    sendingEpisodeId: sending.id,
    receivingEpisodeId: sending.nextEpisodeId,
    sendingStage: sending.stage,
    targetProgramName: side.programName,
    reason: plan?.reason ?? side.reason,
    handoffAcceptedAt: sending.handoffAcceptedAt?.toISOString() ?? null,
    plan: plan
      ? {
          id: plan.id,
          receivingTeam: plan.receivingTeam,
          overlapEndsOn: plan.overlapEndsOn,
          checklist: plan.checklist,
          missingItems: missingChecklistItems(plan.checklist),
          complete: checklistComplete(plan.checklist),
          acceptedOn: plan.acceptedOn,
          periodEndsOn:
            plan.acceptedOn && plan.periodDays ? postTransitionEndsOn(plan.acceptedOn, plan.periodDays) : null,
          closedAt: plan.closedAt?.toISOString() ?? null,
          checkIns: await checkIns(db, plan),
          version: plan.version,
        }
      : null,
    settings: await transitionSettingsOf(db, actor.organizationId),
    // Step-down criteria: the assessments module's recommendation and its reasons.
    levelOfCare: await levelOfCare(db, sending.clientId, now),
  };
}

/** The panel as a route reads it: audited (who saw this client's transition). */
export function readTransitionPanel(
  ctx: AppContext,
  actor: Actor,
  episodeId: string,
  clientId: string,
  meta: RequestMeta,
): Promise<TransitionPanelView> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => transitionPanel(tx, actor, episodeId, ctx.now()),
    () => ({ action: 'transition_plan.read', entityType: 'episode', entityId: episodeId, clientId }),
  );
}
