import type {
  Actor,
  AdminChangeView,
  CreateProgramBody,
  ProgramStaffRole,
  ProgramStaffView,
  ProgramView,
  UpdateProgramBody,
} from '@careloop/core';
import { and, asc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { AppError, notFound, preconditionRequired, versionConflict } from '../../http/errors.js';
import { requestSelfChange } from '../admin-approvals/admin-approvals.service.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { users } from '../users/users.schema.js';
import { programDefaultsColumns } from './program-defaults-columns.js';
import { insertProgramStaff } from './program-staff-insert.js';
import { toProgramView } from './program-view.js';
import { programs, programStaff } from './programs.schema.js';

export async function listPrograms(ctx: AppContext, actor: Actor): Promise<ProgramView[]> {
  const rows = await ctx.database.db
    .select()
    .from(programs)
    .where(eq(programs.organizationId, actor.organizationId))
    .orderBy(asc(programs.name));
  return rows.map(toProgramView);
}

export async function createProgram(
  ctx: AppContext,
  actor: Actor,
  body: CreateProgramBody,
  meta: RequestMeta,
): Promise<ProgramView> {
  try {
    return await ctx.database.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(programs)
        .values({
          organizationId: actor.organizationId,
          name: body.name,
          model: body.model,
          ...programDefaultsColumns(body.model, body),
        })
        .returning();
      if (!row) throw new Error('program insert returned nothing');
      await recordAudit(tx, actor, { action: 'program.create', entityType: 'program', entityId: row.id }, meta);
      return toProgramView(row);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError(409, 'conflict', 'A program with this name already exists.');
    throw e;
  }
}

export async function updateProgram(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: UpdateProgramBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<ProgramView> {
  if (expected === undefined) throw preconditionRequired();
  try {
    return await ctx.database.db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(programs)
        .where(and(eq(programs.id, id), eq(programs.organizationId, actor.organizationId)))
        .for('update');
      if (!row) throw notFound('Program');
      if (row.version !== expected) throw versionConflict(toProgramView(row));
      const { version: _v, ...changes } = body;
      const [updated] = await tx
        .update(programs)
        .set({ ...changes, updatedAt: ctx.now(), version: row.version + 1 })
        .where(eq(programs.id, id))
        .returning();
      if (!updated) throw notFound('Program');
      await recordAudit(
        tx,
        actor,
        { action: 'program.update', entityType: 'program', entityId: id, details: { fields: Object.keys(changes) } },
        meta,
      );
      return toProgramView(updated);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError(409, 'conflict', 'A program with this name already exists.');
    throw e;
  }
}

async function requireProgram(ctx: AppContext, actor: Actor, id: string) {
  const [row] = await ctx.database.db
    .select()
    .from(programs)
    .where(and(eq(programs.id, id), eq(programs.organizationId, actor.organizationId)));
  if (!row) throw notFound('Program');
  return row;
}

export async function listProgramStaff(ctx: AppContext, actor: Actor, programId: string): Promise<ProgramStaffView[]> {
  await requireProgram(ctx, actor, programId);
  const rows = await ctx.database.db
    .select({ ps: programStaff, userName: users.name })
    .from(programStaff)
    .innerJoin(users, eq(users.id, programStaff.userId))
    .where(and(eq(programStaff.programId, programId), eq(programStaff.organizationId, actor.organizationId)))
    .orderBy(asc(programStaff.role), asc(users.name));
  return rows.map(({ ps, userName }) => ({
    id: ps.id,
    programId: ps.programId,
    userId: ps.userId,
    userName,
    role: ps.role,
  }));
}

/**
 * Give a colleague a standing in a program. An admin staffing themself (which opens the program's
 * charts) waits for a second admin, or with none applies and alerts the privacy officer: then the
 * answer is the approval, not the staffing.
 */
export async function addProgramStaff(
  ctx: AppContext,
  actor: Actor,
  programId: string,
  body: { userId: string; role: ProgramStaffRole },
  meta: RequestMeta,
): Promise<{ staff: ProgramStaffView; pending: null } | { staff: null; pending: AdminChangeView }> {
  await requireProgram(ctx, actor, programId);
  const [user] = await ctx.database.db
    .select()
    .from(users)
    .where(and(eq(users.id, body.userId), eq(users.organizationId, actor.organizationId), eq(users.active, true)));
  if (!user)
    throw new AppError(400, 'validation_failed', 'Some fields are invalid.', {
      fields: [{ path: 'userId', message: 'Choose an active staff member.' }],
    });
  return ctx.database.db.transaction(async (tx) => {
    let details = {};
    if (body.userId === actor.userId) {
      const change = await requestSelfChange(
        tx,
        actor,
        { kind: 'program_staffing', programId, staffRole: body.role },
        ctx.now(),
        meta,
      );
      if (change.status === 'pending') return { staff: null, pending: change };
      details = { approvalId: change.id, selfStaffing: true };
    }
    const row = await insertProgramStaff(tx, actor, programId, body, meta, details);
    return {
      staff: { id: row.id, programId, userId: body.userId, userName: user.name, role: body.role },
      pending: null,
    };
  });
}

export async function removeProgramStaff(
  ctx: AppContext,
  actor: Actor,
  programId: string,
  staffId: string,
  meta: RequestMeta,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(programStaff)
      .where(
        and(
          eq(programStaff.id, staffId),
          eq(programStaff.programId, programId),
          eq(programStaff.organizationId, actor.organizationId),
        ),
      )
      .returning();
    if (!row) throw notFound('Program staff assignment');
    await recordAudit(
      tx,
      actor,
      {
        action: 'program.staff_remove',
        entityType: 'program',
        entityId: programId,
        details: { userId: row.userId, role: row.role },
      },
      meta,
    );
  });
}
