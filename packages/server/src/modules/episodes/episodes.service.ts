import {
  canBePrimaryCaseManager,
  checkTransition,
  CLIENT_CARE_ROLES,
  reminderKeys,
  type Actor,
  type ClosureSignoffBody,
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
import { AppError, forbidden, validationFailed } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { closeIntakeAsEnrolled } from '../intakes/intake-workflow.service.js';
import { notify } from '../notifications/notify.js';
import { programSupervisors } from '../notifications/recipients.js';
import { programs, programStaff } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';
import { changeEpisode, recordStageChange } from './episode-change.js';
import type { EpisodeRow } from './episode-row.js';
import { episodeView } from './episode-view.js';
import { careTeamMembers, episodes } from './episodes.schema.js';
import { STAGE_GUARDS } from './stage-rules.js';

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

/**
 * A colleague who can hold the case as its primary case manager: active, in the organisation, in a
 * role that can be primary (not a peer specialist or intake coordinator alone).
 */
export async function requirePrimaryCaseManager(db: DbOrTx, actor: Actor, userId: string, path: string): Promise<void> {
  const [u] = await db
    .select({ roles: users.roles })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organizationId, actor.organizationId), eq(users.active, true)));
  if (!u || !canBePrimaryCaseManager(u.roles)) {
    throw validationFailed([
      { path, message: 'Choose an active case manager, clinician or supervisor: this role cannot hold a case.' },
    ]);
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
    await requirePrimaryCaseManager(tx, actor, body.primaryCaseManagerId, 'primaryCaseManagerId');
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
    await recordAudit(
      tx,
      actor,
      {
        action: 'episode.enroll',
        entityType: 'episode',
        entityId: id,
        clientId,
        details: { programId: program.id, intakeId: body.intakeId ?? null, waitlisted: body.waitlisted },
      },
      meta,
    );
    return episodeView(tx, actor, id, ctx.stageFacts);
  });
}

/** Closing ends every membership: the team no longer holds the chart through this episode. */
async function closeEpisodeTeam(tx: DbOrTx, episodeId: string, now: Date): Promise<void> {
  await tx
    .update(careTeamMembers)
    .set({ endedAt: now, endReason: 'episode closed' })
    .where(and(eq(careTeamMembers.episodeId, episodeId), isNull(careTeamMembers.endedAt)));
}

async function supervisesProgram(tx: DbOrTx, actor: Actor, programId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: programStaff.id })
    .from(programStaff)
    .where(
      and(
        eq(programStaff.programId, programId),
        eq(programStaff.userId, actor.userId),
        eq(programStaff.role, 'supervisor'),
      ),
    );
  return row !== undefined;
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
    const from = row.stage;
    const facts = await ctx.stageFacts(tx, { episode: row, change: body });
    const check = checkTransition(from, body.to, facts, STAGE_GUARDS);
    if (!check.allowed) {
      throw new AppError(409, 'stage_blocked', `The episode cannot move from ${from} to ${body.to} yet.`, {
        unmet: check.unmet,
      });
    }
    // Nobody drops out of care on one person's word: "lost contact" waits for a supervisor of the
    // program (a supervisor's own closing is that sign-off).
    if (
      body.to === 'closed' &&
      body.closureReason === 'lost_contact' &&
      !(await supervisesProgram(tx, actor, row.programId))
    ) {
      await requestClosureSignoff(tx, actor, row, now);
      return {
        closureRequestedAt: now,
        closureRequestedById: actor.userId,
        closureRequestSummary: body.closingSummary ?? null,
      };
    }
    await recordStageChange(tx, actor, id, from, body.to, body.reason ?? null, now);
    if (body.to !== 'closed') return { stage: body.to, ...CLEAR_CLOSURE_REQUEST };
    await closeEpisodeTeam(tx, id, now);
    return {
      stage: 'closed',
      closedAt: now,
      closureReason: body.closureReason ?? null,
      closingSummary: body.closingSummary ?? null,
      closureSignedOffById: body.closureReason === 'lost_contact' ? actor.userId : null,
      ...CLEAR_CLOSURE_REQUEST,
      waitlisted: false,
    };
  });
}

const CLEAR_CLOSURE_REQUEST = {
  closureRequestedAt: null,
  closureRequestedById: null,
  closureRequestSummary: null,
} as const;

async function requestClosureSignoff(tx: DbOrTx, actor: Actor, row: EpisodeRow, now: Date): Promise<void> {
  const to = (await programSupervisors(tx, [row.programId])).filter((u) => u !== actor.userId);
  await notify(
    tx,
    to.map((userId) => ({
      organizationId: actor.organizationId,
      userId,
      kind: 'closure_signoff' as const,
      clientId: row.clientId,
      entityType: 'episode' as const,
      entityId: row.id,
      dedupeKey: reminderKeys.closureSignoff(row.id, now.toISOString()),
      createdAt: now,
    })),
  );
}

/**
 * A supervisor of the program answers a "lost contact" closure request: approve closes the
 * episode (the requester keeps FORMER_WORKER_DAYS for late entries), return keeps it open. The
 * person who asked cannot sign off their own request.
 */
export function signOffClosure(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: ClosureSignoffBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<EpisodeView> {
  return changeEpisode(ctx, actor, id, expected, 'episode.closure_signoff', meta, async (tx, row, now) => {
    if (!row.closureRequestedAt) throw new AppError(409, 'conflict', 'No closure is waiting for sign-off.');
    if (row.closureRequestedById === actor.userId) {
      throw forbidden('Someone other than the person who asked signs off a "lost contact" closure.');
    }
    if (body.decision === 'return') return { ...CLEAR_CLOSURE_REQUEST };
    await recordStageChange(
      tx,
      actor,
      id,
      row.stage,
      'closed',
      'Lost contact: closure signed off by a supervisor',
      now,
    );
    await closeEpisodeTeam(tx, id, now);
    return {
      stage: 'closed',
      closedAt: now,
      closureReason: 'lost_contact',
      closingSummary: row.closureRequestSummary,
      closureSignedOffById: actor.userId,
      ...CLEAR_CLOSURE_REQUEST,
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
