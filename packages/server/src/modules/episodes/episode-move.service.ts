import { checkTransition, reminderKeys, type Actor, type EpisodeView, type MoveProgramBody } from '@careloop/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import {
  AppError,
  forbidden,
  notFound,
  preconditionRequired,
  validationFailed,
  versionConflict,
} from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { carryPlanOver } from '../careplans/plan-carry.service.js';
import { notify } from '../notifications/notify.js';
import { programSupervisors } from '../notifications/recipients.js';
import { programs } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';
import { addCareTeamMember } from './care-team.service.js';
import { episodeClosedError, recordStageChange } from './episode-change.js';
import { loadEpisodeRow, type EpisodeRow } from './episode-row.js';
import { episodeView } from './episode-view.js';
import { careTeamMembers, episodes } from './episodes.schema.js';
import { insertEpisode, requireOpenProgram, requirePrimaryCaseManager } from './episodes.service.js';
import { announceTeamChange } from './team-change-notice.js';
import { STAGE_GUARDS } from './stage-rules.js';

/**
 * Bring the sending team along: every active member except the primary case manager (the
 * receiving program names its own) and those explicitly left behind. Returns who came along.
 */
async function carryTeamOver(
  tx: DbOrTx,
  actor: Actor,
  fromEpisodeId: string,
  toEpisodeId: string,
  leaveBehind: readonly string[],
  fromProgramName: string,
  newPrimaryId: string,
  now: Date,
  meta: RequestMeta,
): Promise<number> {
  const rows = await tx
    .select({ m: careTeamMembers, active: users.active })
    .from(careTeamMembers)
    .leftJoin(users, eq(users.id, careTeamMembers.userId))
    .where(and(eq(careTeamMembers.episodeId, fromEpisodeId), isNull(careTeamMembers.endedAt)));
  // A colleague who has left the agency does not come along.
  const members = rows.filter((r) => r.m.userId === null || r.active === true).map((r) => r.m);
  const unknown = leaveBehind.filter((id) => !members.some((m) => m.id === id));
  if (unknown.length > 0) {
    throw validationFailed([{ path: 'removeMemberIds', message: 'Choose members of the current care team.' }]);
  }
  let carried = 0;
  for (const m of members) {
    if (m.role === 'primary_case_manager' || leaveBehind.includes(m.id)) continue;
    if (m.userId === newPrimaryId) continue; // already on the team as its primary
    await addCareTeamMember(
      tx,
      actor,
      toEpisodeId,
      {
        role: m.role,
        userId: m.userId,
        name: m.externalName,
        organization: m.externalOrganization,
        phone: m.externalPhone,
        email: m.externalEmail,
        reason: `Carried over from ${fromProgramName}`,
      },
      now,
      meta,
      { announce: false }, // the move itself is announced, and the receiving side gets the hand-off
    );
    carried += 1;
  }
  return carried;
}

/**
 * Step up or down to another program: the current episode goes to `transition` and points at a
 * new episode in the receiving program (in assessment: the client was screened already). The
 * care team and the current plan come along by default, so the psychiatrist keeps access and the
 * client keeps their goals; the whole history stays with the client; the sending team keeps the
 * case until someone of the receiving program accepts the hand-off (they are told at once).
 */
export async function moveToProgram(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: MoveProgramBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<{ from: EpisodeView; to: EpisodeView }> {
  if (expected === undefined) throw preconditionRequired();
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadEpisodeRow(tx, actor, id, true);
    if (row.version !== expected) throw versionConflict(await episodeView(tx, actor, id, ctx.stageFacts));
    if (row.stage === 'closed') throw episodeClosedError();
    if (body.toProgramId === row.programId) {
      throw new AppError(409, 'conflict', 'The client is already in this program.');
    }
    const from = row.stage;
    const check = checkTransition(from, 'transition', await ctx.stageFacts(tx, { episode: row }), STAGE_GUARDS);
    if (!check.allowed) {
      throw new AppError(409, 'stage_blocked', `The episode cannot move from ${from} to transition yet.`, {
        unmet: check.unmet,
      });
    }
    const program = await requireOpenProgram(tx, actor, body.toProgramId, 'toProgramId');
    await requirePrimaryCaseManager(tx, actor, body.primaryCaseManagerId, 'primaryCaseManagerId');
    const [sending] = await tx.select({ name: programs.name }).from(programs).where(eq(programs.id, row.programId));
    const fromName = sending?.name ?? 'the previous program';
    const now = ctx.now();
    const newId = await insertEpisode(
      tx,
      actor,
      {
        clientId: row.clientId,
        programId: program.id,
        primaryCaseManagerId: body.primaryCaseManagerId,
        stage: 'assessment',
        reason: `Transferred in: ${body.reason}`,
        eligibilityReason: row.eligibilityReason ?? 'Transferred from another program',
        previousEpisodeId: row.id,
      },
      now,
    );
    const carried = await carryTeamOver(
      tx,
      actor,
      row.id,
      newId,
      body.removeMemberIds,
      fromName,
      body.primaryCaseManagerId,
      now,
      meta,
    );
    const planId = await carryPlanOver(tx, actor, row.id, newId, fromName, now, meta);
    await recordStageChange(tx, actor, row.id, from, 'transition', `Moving to ${program.name}: ${body.reason}`, now);
    await tx
      .update(episodes)
      .set({ stage: 'transition', nextEpisodeId: newId, updatedAt: now, version: row.version + 1 })
      .where(eq(episodes.id, row.id));
    await recordAudit(
      tx,
      actor,
      {
        action: 'episode.move',
        entityType: 'episode',
        entityId: row.id,
        clientId: row.clientId,
        details: {
          toEpisodeId: newId,
          toProgramId: program.id,
          carriedMembers: carried,
          leftBehind: body.removeMemberIds,
          planCarried: planId !== null,
        },
      },
      meta,
    );
    await announceHandoff(tx, actor, row.clientId, newId, program.id, body.primaryCaseManagerId, now);
    await announceTeamChange(tx, actor, { episodeId: row.id, clientId: row.clientId, kind: 'move', key: newId }, now);
    return {
      from: await episodeView(tx, actor, row.id, ctx.stageFacts),
      to: await episodeView(tx, actor, newId, ctx.stageFacts),
    };
  });
}

/** The receiving primary case manager and the receiving program's supervisors are asked to accept. */
async function announceHandoff(
  tx: DbOrTx,
  actor: Actor,
  clientId: string,
  episodeId: string,
  programId: string,
  primaryId: string,
  now: Date,
): Promise<void> {
  const to = new Set([primaryId, ...(await programSupervisors(tx, [programId]))]);
  to.delete(actor.userId);
  await notify(
    tx,
    [...to].map((userId) => ({
      organizationId: actor.organizationId,
      userId,
      kind: 'handoff_request' as const,
      clientId,
      entityType: 'episode' as const,
      entityId: episodeId,
      dedupeKey: reminderKeys.handoff(episodeId),
      createdAt: now,
    })),
  );
}

declare module '../../context.js' {
  interface AppContext {
    /**
     * Told in the acceptance's transaction that a sending episode moved on to post-transition
     * (the transitions module starts its check-ins); registered where the app is assembled.
     */
    onHandoffAccepted?: (tx: DbOrTx, organizationId: string, sendingEpisodeId: string, now: Date) => Promise<unknown>;
  }
}

/** Someone of the receiving program: its episode's primary case manager, or its supervisor or team. */
async function ofReceivingProgram(tx: DbOrTx, actor: Actor, target: EpisodeRow): Promise<boolean> {
  const res = await tx.execute<{ ok: boolean }>(sql`
    select exists (
      select 1 from care_team_members m
      where m.episode_id = ${target.id} and m.user_id = ${actor.userId}
        and m.role = 'primary_case_manager' and m.ended_at is null
    ) or exists (
      select 1 from program_staff ps
      where ps.program_id = ${target.programId} and ps.user_id = ${actor.userId}
        and ps.role in ('supervisor', 'team_member')
    ) as ok`);
  return res.rows[0]?.ok ?? false;
}

/**
 * The receiving team accepts the client (called on the new episode). The sending episode moves
 * on to post-transition, where check-ins continue for a while so nobody falls through the gap.
 */
export async function acceptHandoff(
  ctx: AppContext,
  actor: Actor,
  newEpisodeId: string,
  meta: RequestMeta,
): Promise<EpisodeView> {
  return ctx.database.db.transaction(async (tx) => {
    const target = await loadEpisodeRow(tx, actor, newEpisodeId);
    if (!target.previousEpisodeId) throw new AppError(409, 'conflict', 'This episode is not a hand-off.');
    // A hand-off is two people's agreement: the sender cannot accept their own.
    if (target.createdById === actor.userId) {
      throw forbidden('Someone of the receiving program other than the sender accepts the hand-off.');
    }
    if (!(await ofReceivingProgram(tx, actor, target))) {
      throw forbidden("Only the receiving program's case manager, supervisor or team accepts the hand-off.");
    }
    const prev = await loadEpisodeRow(tx, actor, target.previousEpisodeId, true).catch(() => {
      throw notFound('Sending episode');
    });
    if (prev.handoffAcceptedAt) throw new AppError(409, 'conflict', 'The hand-off was already accepted.');
    const now = ctx.now();
    const accepted = { ...prev, handoffAcceptedAt: now };
    const check =
      prev.stage === 'transition'
        ? checkTransition(
            'transition',
            'post_transition',
            await ctx.stageFacts(tx, { episode: accepted }),
            STAGE_GUARDS,
          )
        : null;
    // Accepting IS the move to post-transition: while another guard (the hand-off checklist) is
    // unmet, the hand-off is not accepted at all rather than accepted and left in transition.
    if (check && !check.allowed) {
      throw new AppError(409, 'stage_blocked', 'The hand-off cannot be accepted yet.', { unmet: check.unmet });
    }
    const advance = check?.allowed === true;
    if (advance) await recordStageChange(tx, actor, prev.id, 'transition', 'post_transition', 'Hand-off accepted', now);
    await tx
      .update(episodes)
      .set({
        handoffAcceptedAt: now,
        handoffAcceptedById: actor.userId,
        ...(advance ? { stage: 'post_transition' } : {}),
        updatedAt: now,
        version: prev.version + 1,
      })
      .where(eq(episodes.id, prev.id));
    if (advance) await ctx.onHandoffAccepted?.(tx, prev.organizationId, prev.id, now);
    await recordAudit(
      tx,
      actor,
      {
        action: 'episode.accept_handoff',
        entityType: 'episode',
        entityId: newEpisodeId,
        clientId: target.clientId,
        details: { fromEpisodeId: prev.id },
      },
      meta,
    );
    return episodeView(tx, actor, newEpisodeId, ctx.stageFacts);
  });
}
