import {
  checkTransition,
  CLIENT_CARE_ROLES,
  type Actor,
  type EnrollBody,
  type EpisodeStage,
  type EpisodeView,
  type ScreeningBody,
  type StageChangeBody,
  type WaitlistBody,
} from '@careloop/core';
import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, validationFailed } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { closeIntakeAsEnrolled } from '../intakes/intake-workflow.service.js';
import { programs } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';
import { auditBase, changeEpisode, recordStageChange } from './episode-change.js';
import { episodeView } from './episode-view.js';
import { careTeamMembers, episodes } from './episodes.schema.js';
import { gatherFacts, STAGE_GUARDS } from './stage-rules.js';

/** A colleague who can carry a caseload: active, in the organisation, with a care role. */
export async function requireCareStaff(db: DbOrTx, actor: Actor, userId: string, path: string): Promise<void> {
  const [u] = await db
    .select({ roles: users.roles })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organizationId, actor.organizationId), eq(users.active, true)));
  if (!u || !u.roles.some((r) => (CLIENT_CARE_ROLES as readonly string[]).includes(r))) {
    throw validationFailed([{ path, message: 'Choose an active staff member with a care role.' }]);
  }
}

export async function requireOpenProgram(db: DbOrTx, actor: Actor, programId: string, path: string) {
  const [p] = await db
    .select()
    .from(programs)
    .where(
      and(eq(programs.id, programId), eq(programs.organizationId, actor.organizationId), eq(programs.active, true)),
    );
  if (!p) throw validationFailed([{ path, message: 'Choose an active program.' }]);
  return p;
}

export const alreadyOpenError = () =>
  new AppError(409, 'conflict', 'This client already has an open episode in this program.');

export interface NewEpisode {
  clientId: string;
  programId: string;
  primaryCaseManagerId: string;
  stage: EpisodeStage;
  reason: string;
  intakeId?: string | null;
  eligibilityReason?: string | null;
  waitlisted?: boolean;
  waitlistNote?: string | null;
  previousEpisodeId?: string | null;
}

/** Insert an episode with its first stage record and its primary case manager on the team. */
export async function insertEpisode(tx: DbOrTx, actor: Actor, e: NewEpisode, now: Date): Promise<string> {
  let id: string | undefined;
  try {
    // A savepoint, so a unique violation can be turned into a clear 409 without losing the transaction.
    const rows = await tx.transaction(async (sp) =>
      sp
        .insert(episodes)
        .values({
          organizationId: actor.organizationId,
          clientId: e.clientId,
          programId: e.programId,
          intakeId: e.intakeId ?? null,
          stage: e.stage,
          openedAt: now,
          eligibilityDecision: e.eligibilityReason !== undefined ? 'eligible' : null,
          eligibilityReason: e.eligibilityReason ?? null,
          waitlisted: e.waitlisted ?? false,
          waitlistedSince: e.waitlisted ? now : null,
          waitlistNote: e.waitlisted ? (e.waitlistNote ?? null) : null,
          previousEpisodeId: e.previousEpisodeId ?? null,
          createdById: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: episodes.id }),
    );
    id = rows[0]?.id;
  } catch (err) {
    if (isUniqueViolation(err)) throw alreadyOpenError();
    throw err;
  }
  if (!id) throw new Error('episode insert returned nothing');
  await recordStageChange(tx, actor, id, null, e.stage, e.reason, now);
  await tx.insert(careTeamMembers).values({
    organizationId: actor.organizationId,
    episodeId: id,
    clientId: e.clientId,
    role: 'primary_case_manager',
    userId: e.primaryCaseManagerId,
    startedAt: now,
    createdById: actor.userId,
  });
  return id;
}

/**
 * Enrol a client in a program. From a screened intake the episode starts in assessment (the
 * screening is done) and the intake closes as enrolled; otherwise it starts in screening.
 */
export async function enroll(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  body: EnrollBody,
  meta: RequestMeta,
): Promise<EpisodeView> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const program = await requireOpenProgram(tx, actor, body.programId, 'programId');
    await requireCareStaff(tx, actor, body.primaryCaseManagerId, 'primaryCaseManagerId');
    const id = await insertEpisode(
      tx,
      actor,
      {
        clientId,
        programId: program.id,
        primaryCaseManagerId: body.primaryCaseManagerId,
        stage: body.intakeId ? 'assessment' : 'screening',
        reason: body.waitlisted ? 'Enrolled on the waitlist' : 'Enrolled',
        intakeId: body.intakeId ?? null,
        waitlisted: body.waitlisted,
        waitlistNote: body.waitlistNote ?? null,
      },
      now,
    );
    if (body.intakeId) {
      const intake = await closeIntakeAsEnrolled(tx, actor, body.intakeId, clientId, program.id, id, now);
      await tx
        .update(episodes)
        .set({ eligibilityDecision: 'eligible', eligibilityReason: intake.eligibilityReason })
        .where(eq(episodes.id, id));
    }
    await recordAudit(tx, {
      ...auditBase(actor),
      action: 'episode.enroll',
      outcome: 'success',
      entityType: 'episode',
      entityId: id,
      clientId,
      details: { programId: program.id, intakeId: body.intakeId ?? null, waitlisted: body.waitlisted },
      meta,
    });
    return episodeView(tx, actor, id);
  });
}

export function changeStage(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: StageChangeBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<EpisodeView> {
  return changeEpisode(ctx, actor, id, expected, 'episode.stage_change', meta, async (tx, row, now) => {
    const from = row.stage as EpisodeStage;
    const facts = await gatherFacts(tx, { episode: row, change: body });
    const check = checkTransition(from, body.to, facts, STAGE_GUARDS);
    if (!check.allowed) {
      throw new AppError(409, 'stage_blocked', `The episode cannot move from ${from} to ${body.to} yet.`, {
        unmet: check.unmet,
      });
    }
    await recordStageChange(tx, actor, id, from, body.to, body.reason ?? null, now);
    if (body.to !== 'closed') return { stage: body.to };
    // Closing ends every membership: the team no longer holds the chart through this episode.
    await tx
      .update(careTeamMembers)
      .set({ endedAt: now, endReason: 'episode closed' })
      .where(and(eq(careTeamMembers.episodeId, id), isNull(careTeamMembers.endedAt)));
    return {
      stage: 'closed',
      closedAt: now,
      closureReason: body.closureReason ?? null,
      closingSummary: body.closingSummary ?? null,
      waitlisted: false,
    };
  });
}

export function recordScreening(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: ScreeningBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<EpisodeView> {
  return changeEpisode(ctx, actor, id, expected, 'episode.screening', meta, (_tx, row) => {
    if (row.stage !== 'screening') {
      throw new AppError(409, 'conflict', 'Screening is recorded while the episode is in the screening stage.');
    }
    return Promise.resolve({ eligibilityDecision: body.decision, eligibilityReason: body.reason });
  });
}

export function setWaitlist(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: WaitlistBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<EpisodeView> {
  return changeEpisode(ctx, actor, id, expected, 'episode.waitlist', meta, (_tx, row, now) =>
    Promise.resolve(
      body.waitlisted
        ? {
            waitlisted: true,
            // Keep the original date when only the note changes: it is how long they have waited.
            waitlistedSince: row.waitlisted ? row.waitlistedSince : now,
            waitlistNote: body.note ?? null,
          }
        : { waitlisted: false, waitlistedSince: null, waitlistNote: null },
    ),
  );
}
