import {
  overlappingShift,
  shiftCovers,
  type Actor,
  type OnCallClientHit,
  type OnCallScheduleView,
  type OnCallShiftBody,
  type OnCallShiftView,
} from '@careloop/core';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, forbidden, notFound, validationFailed } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { onCallShifts } from './coverage.schema.js';

interface ShiftRow extends Record<string, unknown> {
  id: string;
  program_id: string;
  program_name: string;
  user_id: string;
  user_name: string;
  starts_at: Date;
  ends_at: Date;
  note: string | null;
}

const toView = (r: ShiftRow, now: Date): OnCallShiftView => {
  const startsAt = new Date(r.starts_at);
  const endsAt = new Date(r.ends_at);
  return {
    id: r.id,
    programId: r.program_id,
    programName: r.program_name,
    userId: r.user_id,
    userName: r.user_name,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    note: r.note,
    current: shiftCovers({ startsAt, endsAt }, now),
  };
};

async function shiftRows(db: DbOrTx, organizationId: string, now: Date, id?: string): Promise<ShiftRow[]> {
  const res = await db.execute<ShiftRow>(sql`
    select s.id, s.program_id, p.name as program_name, s.user_id, u.name as user_name, s.starts_at, s.ends_at, s.note
    from on_call_shifts s
    join programs p on p.id = s.program_id
    join users u on u.id = s.user_id
    where s.organization_id = ${organizationId}
      and ${id ? sql`s.id = ${id}` : sql`s.ends_at > ${now.toISOString()}::timestamptz`}
    order by s.starts_at, p.name, u.name
    limit 200`);
  return res.rows;
}

/** The programs the actor may schedule: every program for an admin, the supervised ones for a supervisor. */
async function manageablePrograms(db: DbOrTx, actor: Actor): Promise<{ id: string; name: string }[]> {
  if (!actor.roles.includes('admin') && !actor.roles.includes('supervisor')) return [];
  const res = await db.execute<{ id: string; name: string }>(sql`
    select p.id, p.name from programs p
    where p.organization_id = ${actor.organizationId}
      and (${actor.roles.includes('admin')} or exists (
        select 1 from program_staff ps where ps.program_id = p.id and ps.user_id = ${actor.userId} and ps.role = 'supervisor'))
    order by p.name`);
  return res.rows;
}

/** Who is on call now and next: no client data, so not an audited read. */
export async function onCallSchedule(ctx: AppContext, actor: Actor): Promise<OnCallScheduleView> {
  const db = ctx.database.db;
  const now = ctx.now();
  const programs = await manageablePrograms(db, actor);
  return {
    items: (await shiftRows(db, actor.organizationId, now)).map((r) => toView(r, now)),
    canManage: programs.length > 0,
    manageablePrograms: programs,
  };
}

async function requireProgramManaged(db: DbOrTx, actor: Actor, programId: string): Promise<void> {
  const programs = await manageablePrograms(db, actor);
  if (!programs.some((p) => p.id === programId)) throw forbidden('You do not schedule this program.');
}

export async function addShift(
  ctx: AppContext,
  actor: Actor,
  body: OnCallShiftBody,
  meta: RequestMeta,
): Promise<OnCallShiftView> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const program = await tx.execute(
      sql`select 1 from programs where id = ${body.programId} and organization_id = ${actor.organizationId}`,
    );
    if (program.rows.length === 0) throw validationFailed([{ path: 'programId', message: 'Unknown program.' }]);
    await requireProgramManaged(tx, actor, body.programId);
    const user = await tx.execute(
      sql`select 1 from users where id = ${body.userId} and organization_id = ${actor.organizationId} and active`,
    );
    if (user.rows.length === 0) throw validationFailed([{ path: 'userId', message: 'Unknown staff member.' }]);
    // Serialise scheduling per program so two overlapping shifts cannot both pass the check.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`on_call:${body.programId}`}))`);
    const candidate = {
      programId: body.programId,
      userId: body.userId,
      startsAt: new Date(body.startsAt),
      endsAt: new Date(body.endsAt),
    };
    const existing = await tx
      .select()
      .from(onCallShifts)
      .where(
        and(
          eq(onCallShifts.programId, body.programId),
          eq(onCallShifts.userId, body.userId),
          gt(onCallShifts.endsAt, candidate.startsAt),
        ),
      );
    if (overlappingShift(candidate, existing)) {
      throw new AppError(409, 'conflict', 'This person already has an on-call shift for this program then.');
    }
    const [row] = await tx
      .insert(onCallShifts)
      .values({
        organizationId: actor.organizationId,
        ...candidate,
        note: body.note ?? null,
        createdById: actor.userId,
        createdAt: now,
      })
      .returning({ id: onCallShifts.id });
    if (!row) throw new Error('on-call shift insert returned nothing');
    await recordAudit(
      tx,
      actor,
      {
        action: 'on_call_shift.create',
        entityType: 'on_call_shift',
        entityId: row.id,
        details: { programId: body.programId, userId: body.userId },
      },
      meta,
    );
    const [view] = await shiftRows(tx, actor.organizationId, now, row.id);
    if (!view) throw notFound('Shift');
    return toView(view, now);
  });
}

export async function removeShift(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(onCallShifts)
      .where(and(eq(onCallShifts.id, id), eq(onCallShifts.organizationId, actor.organizationId)))
      .for('update');
    if (!row) throw notFound('Shift');
    await requireProgramManaged(tx, actor, row.programId);
    await tx.delete(onCallShifts).where(eq(onCallShifts.id, id));
    await recordAudit(
      tx,
      actor,
      {
        action: 'on_call_shift.delete',
        entityType: 'on_call_shift',
        entityId: id,
        details: { programId: row.programId, userId: row.userId },
      },
      meta,
    );
  });
}

/**
 * Clients with an open episode in a program the actor is on call for now (a shift or the standing),
 * matched by name, MRN or date of birth. The hits are audited like a search.
 */
export async function findOnCallClients(
  ctx: AppContext,
  actor: Actor,
  q: string,
  meta: RequestMeta,
): Promise<OnCallClientHit[]> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now().toISOString();
    const like = `%${q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const res = await tx.execute<{
      id: string;
      mrn: string;
      first_name: string;
      last_name: string;
      preferred_name: string | null;
      date_of_birth: string;
      program_name: string;
    }>(sql`
      select distinct on (c.id) c.id, c.mrn, c.first_name, c.last_name, c.preferred_name,
        c.date_of_birth::text as date_of_birth, p.name as program_name
      from episodes e
      join programs p on p.id = e.program_id
      join clients c on c.id = e.client_id and c.merged_into_id is null
      where e.organization_id = ${actor.organizationId} and e.stage <> 'closed'
        and e.program_id in (
          select s.program_id from on_call_shifts s
          where s.user_id = ${actor.userId} and s.starts_at <= ${now}::timestamptz and s.ends_at > ${now}::timestamptz
          union
          select ps.program_id from program_staff ps where ps.user_id = ${actor.userId} and ps.role = 'on_call')
        and (lower(c.first_name || ' ' || c.last_name) like ${like} or lower(c.last_name || ', ' || c.first_name) like ${like}
          or lower(coalesce(c.preferred_name, '')) like ${like} or lower(c.mrn) = ${q.toLowerCase()}
          or c.date_of_birth::text = ${q})
      order by c.id
      limit 25`);
    const items = res.rows
      .map((r) => ({
        id: r.id,
        mrn: r.mrn,
        firstName: r.first_name,
        lastName: r.last_name,
        preferredName: r.preferred_name,
        dateOfBirth: r.date_of_birth,
        programName: r.program_name,
      }))
      .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));
    await recordAudit(
      tx,
      actor,
      {
        action: 'client.search',
        entityType: 'on_call_search',
        clientIds: items.map((i) => i.id),
        details: { returned: items.length, scope: 'on_call' },
      },
      meta,
    );
    return items;
  });
}
