import {
  coverageActiveOn,
  localDate,
  type Actor,
  type CoverageView,
  type CreateCoverageBody,
  type UpdateCoverageBody,
} from '@careloop/core';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { notFound, validationFailed, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { coverages } from './coverage.schema.js';

interface CoverageRow extends Record<string, unknown> {
  id: string;
  covered_user_id: string;
  covered_user_name: string;
  covering_user_id: string;
  covering_user_name: string;
  starts_on: string;
  ends_on: string;
  reason: CoverageView['reason'];
  note: string | null;
  ended_at: Date | null;
  created_by_id: string;
  version: number;
}

async function orgToday(db: DbOrTx, organizationId: string, now: Date): Promise<string> {
  const res = await db.execute<{ time_zone: string }>(
    sql`select time_zone from organizations where id = ${organizationId}`,
  );
  return localDate(now, res.rows[0]?.time_zone ?? 'UTC');
}

const toView = (r: CoverageRow, today: string): CoverageView => ({
  id: r.id,
  coveredUserId: r.covered_user_id,
  coveredUserName: r.covered_user_name,
  coveringUserId: r.covering_user_id,
  coveringUserName: r.covering_user_name,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  reason: r.reason,
  note: r.note,
  createdById: r.created_by_id,
  active: r.ended_at === null && coverageActiveOn({ startsOn: r.starts_on, endsOn: r.ends_on }, today),
  version: r.version,
});

async function coverageRows(db: DbOrTx, organizationId: string, which: ReturnType<typeof sql>) {
  const res = await db.execute<CoverageRow>(sql`
    select cv.id, cv.covered_user_id, cu.name as covered_user_name, cv.covering_user_id, vu.name as covering_user_name,
      cv.starts_on::text as starts_on, cv.ends_on::text as ends_on, cv.reason, cv.note, cv.ended_at, cv.created_by_id,
      cv.version
    from coverages cv
    join users cu on cu.id = cv.covered_user_id
    join users vu on vu.id = cv.covering_user_id
    where cv.organization_id = ${organizationId} and ${which}
    order by cv.starts_on, cu.name
    limit 200`);
  return res.rows;
}

/** Current and upcoming coverages (ended or past ones drop off). Staff names only: not client data. */
export async function listCoverages(ctx: AppContext, actor: Actor): Promise<CoverageView[]> {
  const db = ctx.database.db;
  const today = await orgToday(db, actor.organizationId, ctx.now());
  const rows = await coverageRows(db, actor.organizationId, sql`cv.ended_at is null and cv.ends_on >= ${today}::date`);
  return rows.map((r) => toView(r, today));
}

async function viewOf(tx: DbOrTx, organizationId: string, id: string, now: Date): Promise<CoverageView> {
  const [row] = await coverageRows(tx, organizationId, sql`cv.id = ${id}`);
  if (!row) throw notFound('Coverage');
  return toView(row, await orgToday(tx, organizationId, now));
}

async function requireStaff(tx: DbOrTx, organizationId: string, userId: string, path: string): Promise<void> {
  const res = await tx.execute(sql`select 1 from users where id = ${userId} and organization_id = ${organizationId}`);
  if (res.rows.length === 0) throw validationFailed([{ path, message: 'Unknown staff member.' }]);
}

export async function createCoverage(
  ctx: AppContext,
  actor: Actor,
  body: CreateCoverageBody,
  meta: RequestMeta,
): Promise<CoverageView> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    await requireStaff(tx, actor.organizationId, body.coveredUserId, 'coveredUserId');
    await requireStaff(tx, actor.organizationId, body.coveringUserId, 'coveringUserId');
    const [row] = await tx
      .insert(coverages)
      .values({
        organizationId: actor.organizationId,
        coveredUserId: body.coveredUserId,
        coveringUserId: body.coveringUserId,
        startsOn: body.startsOn,
        endsOn: body.endsOn,
        reason: body.reason,
        note: body.note ?? null,
        createdById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: coverages.id });
    if (!row) throw new Error('coverage insert returned nothing');
    await recordAudit(
      tx,
      actor,
      {
        action: 'coverage.create',
        entityType: 'coverage',
        entityId: row.id,
        details: { coveredUserId: body.coveredUserId, coveringUserId: body.coveringUserId, reason: body.reason },
      },
      meta,
    );
    return viewOf(tx, actor.organizationId, row.id, now);
  });
}

async function lockCoverage(tx: DbOrTx, actor: Actor, id: string) {
  const [row] = await tx
    .select()
    .from(coverages)
    .where(and(eq(coverages.id, id), eq(coverages.organizationId, actor.organizationId)))
    .for('update');
  if (!row) throw notFound('Coverage');
  return row;
}

/** Change the end date, reason or note (optimistic concurrency on `version`). */
export async function updateCoverage(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: UpdateCoverageBody,
  meta: RequestMeta,
): Promise<CoverageView> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const row = await lockCoverage(tx, actor, id);
    if (row.version !== body.version) throw versionConflict(await viewOf(tx, actor.organizationId, id, now));
    const endsOn = body.endsOn ?? row.endsOn;
    if (endsOn < row.startsOn) {
      throw validationFailed([{ path: 'endsOn', message: 'The coverage must end on or after its start.' }]);
    }
    await tx
      .update(coverages)
      .set({
        endsOn,
        reason: body.reason ?? row.reason,
        note: body.note === undefined ? row.note : body.note,
        updatedAt: now,
        version: row.version + 1,
      })
      .where(eq(coverages.id, id));
    await recordAudit(
      tx,
      actor,
      { action: 'coverage.update', entityType: 'coverage', entityId: id, details: { endsOn, before: row.endsOn } },
      meta,
    );
    return viewOf(tx, actor.organizationId, id, now);
  });
}

/** End a coverage now: the cover's access and the routed tasks stop at once. */
export async function endCoverage(
  ctx: AppContext,
  actor: Actor,
  id: string,
  version: number,
  meta: RequestMeta,
): Promise<CoverageView> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const row = await lockCoverage(tx, actor, id);
    if (row.version !== version || row.endedAt) throw versionConflict(await viewOf(tx, actor.organizationId, id, now));
    const today = await orgToday(tx, actor.organizationId, now);
    await tx
      .update(coverages)
      .set({
        endedAt: now,
        // A coverage that had not started yet keeps its dates; one under way ends today.
        endsOn: row.endsOn > today && row.startsOn <= today ? today : row.endsOn,
        updatedAt: now,
        version: row.version + 1,
      })
      .where(eq(coverages.id, id));
    await recordAudit(tx, actor, { action: 'coverage.end', entityType: 'coverage', entityId: id }, meta);
    return viewOf(tx, actor.organizationId, id, now);
  });
}
