import type {
  Actor,
  CloseIntakeBody,
  IntakeDecisionBody,
  IntakeStatus,
  IntakeView,
  UpdateIntakeBody,
} from '@careloop/core';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, preconditionRequired, validationFailed, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { programs } from '../programs/programs.schema.js';
import { intakeView, loadIntakeRow } from './intake-store.js';
import type { IntakeRow } from './intake-view.js';
import { intakes } from './intakes.schema.js';
import { dueTimes, requireActiveStaff, requireClientInOrg } from './intakes.service.js';

export type IntakeChanges = Partial<typeof intakes.$inferInsert>;

const closedError = () => new AppError(409, 'conflict', 'This intake is closed; its outcome is final.');

async function requireActiveProgram(db: DbOrTx, actor: Actor, programId: string, path: string): Promise<void> {
  const [p] = await db
    .select({ id: programs.id })
    .from(programs)
    .where(
      and(eq(programs.id, programId), eq(programs.organizationId, actor.organizationId), eq(programs.active, true)),
    );
  if (!p) throw validationFailed([{ path, message: 'Choose an active program.' }]);
}

/**
 * Load, check the version and that it is still open, apply, audit: the shape of every intake
 * change. `decide` returns the columns to set (or throws a field error).
 */
export async function changeIntake(
  ctx: AppContext,
  actor: Actor,
  id: string,
  expected: number | undefined,
  action: string,
  meta: RequestMeta,
  decide: (tx: DbOrTx, row: IntakeRow, now: Date) => Promise<IntakeChanges>,
): Promise<IntakeView> {
  if (expected === undefined) throw preconditionRequired();
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadIntakeRow(tx, actor, id, true);
    const now = ctx.now();
    if (row.version !== expected) throw versionConflict(await intakeView(tx, actor, id, now));
    if (row.status === 'closed') throw closedError();
    const changes = await decide(tx, row, now);
    await tx
      .update(intakes)
      .set({ ...changes, updatedAt: now, version: row.version + 1 })
      .where(eq(intakes.id, id));
    await recordAudit(
      tx,
      actor,
      {
        action,
        entityType: 'intake',
        entityId: id,
        clientId: (changes.clientId ?? row.clientId) || undefined,
        details: { fields: Object.keys(changes) },
      },
      meta,
    );
    return intakeView(tx, actor, id, now);
  });
}

export function updateIntake(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: UpdateIntakeBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<IntakeView> {
  return changeIntake(ctx, actor, id, expected, 'intake.update', meta, async (tx, row) => {
    const { version: _v, ...rest } = body;
    const changes: IntakeChanges = { ...rest };
    if (rest.assignedToId) await requireActiveStaff(tx, actor, rest.assignedToId, 'assignedToId');
    if (rest.clientId) {
      await requireClientInOrg(tx, actor, rest.clientId, 'clientId');
      // Whoever links the person holds the intake (and with it, access to the chart until enrolment).
      if (!row.assignedToId && rest.assignedToId === undefined) changes.assignedToId = actor.userId;
    }
    if (rest.programId) await requireActiveProgram(tx, actor, rest.programId, 'programId');
    // A new urgency recomputes the targets from the original receipt time.
    if (rest.urgency && rest.urgency !== row.urgency) {
      Object.assign(changes, await dueTimes(tx, actor.organizationId, row.receivedAt, rest.urgency));
    }
    if (row.status === 'new' && changes.assignedToId) changes.status = 'in_progress' satisfies IntakeStatus;
    return changes;
  });
}

export function decideIntake(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: IntakeDecisionBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<IntakeView> {
  return changeIntake(ctx, actor, id, expected, 'intake.decide', meta, async (tx, row) => {
    const programId = body.programId ?? row.programId;
    if (body.decision === 'eligible') {
      if (!programId)
        throw validationFailed([{ path: 'programId', message: 'Choose the program the person matches.' }]);
      await requireActiveProgram(tx, actor, programId, 'programId');
    }
    return {
      eligibilityDecision: body.decision,
      eligibilityReason: body.reason,
      programId: programId ?? null,
      decidedAt: ctx.now(),
      decidedById: actor.userId,
      status: body.decision,
      assignedToId: row.assignedToId ?? actor.userId,
    };
  });
}

export function closeIntake(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: CloseIntakeBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<IntakeView> {
  return changeIntake(ctx, actor, id, expected, 'intake.close', meta, () =>
    Promise.resolve({
      status: 'closed',
      outcome: body.outcome,
      outcomeReason: body.reason,
      closedAt: ctx.now(),
    }),
  );
}

/**
 * Enrolment closes the intake it came from, inside the enrolment's transaction. Returns the
 * screening decision to carry into the episode.
 */
export async function closeIntakeAsEnrolled(
  tx: DbOrTx,
  actor: Actor,
  intakeId: string,
  clientId: string,
  programId: string,
  episodeId: string,
  now: Date,
): Promise<{ reference: string; eligibilityReason: string | null }> {
  const row = await loadIntakeRow(tx, actor, intakeId, true);
  if (row.status === 'closed') throw closedError();
  if (row.eligibilityDecision !== 'eligible') {
    throw validationFailed([
      { path: 'intakeId', message: 'Record an eligible screening decision on the intake first.' },
    ]);
  }
  if (row.clientId && row.clientId !== clientId) {
    throw validationFailed([{ path: 'intakeId', message: 'This intake is linked to a different client.' }]);
  }
  await tx
    .update(intakes)
    .set({
      status: 'closed',
      outcome: 'enrolled',
      outcomeReason: null,
      closedAt: now,
      clientId,
      programId,
      episodeId,
      updatedAt: now,
      version: row.version + 1,
    })
    .where(eq(intakes.id, intakeId));
  return { reference: row.reference, eligibilityReason: row.eligibilityReason };
}
