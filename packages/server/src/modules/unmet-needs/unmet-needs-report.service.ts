import {
  unmetNeedsByCategory,
  unmetNeedsCsvRows,
  unmetNeedsTotals,
  type Actor,
  type UnmetNeedsCount,
  type UnmetNeedsReport,
  type UnmetNeedsReportQuery,
} from '@careloop/core';
import { stringify } from 'csv-stringify/sync';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { forbidden } from '../../http/errors.js';
import { auditedRead } from '../audit/audited-read.js';
import type { RequestMeta } from '../audit/audit.writer.js';

interface Scope {
  programs: { id: string; name: string }[];
  /** Admins count every program, and needs recorded for a client with no episode. */
  all: boolean;
}

/** The programs the reader reports on: those they supervise, or all for an admin. */
async function reportScope(tx: DbOrTx, actor: Actor): Promise<Scope> {
  const all = actor.roles.includes('admin');
  const res = await tx.execute<{ id: string; name: string }>(
    all
      ? sql`select id, name from programs where organization_id = ${actor.organizationId} order by name`
      : sql`select p.id, p.name from programs p
          join program_staff ps on ps.program_id = p.id and ps.user_id = ${actor.userId} and ps.role = 'supervisor'
          where p.organization_id = ${actor.organizationId} order by p.name`,
  );
  return { programs: res.rows, all };
}

async function countRows(
  tx: DbOrTx,
  organizationId: string,
  query: UnmetNeedsReportQuery,
  programIds: string[] | null,
): Promise<UnmetNeedsCount[]> {
  const tz = await tx.execute<{ time_zone: string }>(
    sql`select time_zone from organizations where id = ${organizationId}`,
  );
  const zone = tz.rows[0]?.time_zone ?? 'UTC';
  // The period is calendar days in the organisation's zone, both ends included.
  const start = sql`(${query.from}::date::timestamp at time zone ${zone})`;
  const end = sql`((${query.to}::date + 1)::timestamp at time zone ${zone})`;
  const programFilter =
    programIds === null
      ? sql``
      : programIds.length === 0
        ? sql`and false`
        : sql`and program_id in (${sql.join(
            programIds.map((p) => sql`${p}::uuid`),
            sql`, `,
          )})`;
  const res = await tx.execute<UnmetNeedsCount>(sql`
    select category, reason,
      count(*) filter (where recorded_at >= ${start})::int as recorded,
      count(*) filter (where status = 'open')::int as open
    from unmet_needs
    where organization_id = ${organizationId} and recorded_at < ${end} ${programFilter}
    group by category, reason`);
  return res.rows;
}

/**
 * Unmet needs by category and reason for the reader's programs: recorded in the period, and open
 * now among those recorded up to its end. Aggregate counts only; the read is audited.
 */
export function unmetNeedsReport(
  ctx: AppContext,
  actor: Actor,
  query: UnmetNeedsReportQuery,
  meta: RequestMeta,
): Promise<UnmetNeedsReport> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    async (tx) => {
      const scope = await reportScope(tx, actor);
      if (query.programId && !scope.programs.some((p) => p.id === query.programId)) throw forbidden();
      const programIds = query.programId ? [query.programId] : scope.all ? null : scope.programs.map((p) => p.id);
      const counts = await countRows(tx, actor.organizationId, query, programIds);
      const categories = unmetNeedsByCategory(counts);
      return {
        from: query.from,
        to: query.to,
        programId: query.programId ?? null,
        programs: scope.programs,
        counts,
        categories,
        totals: unmetNeedsTotals(categories),
      };
    },
    (r) => ({
      action: 'report.unmet_needs',
      entityType: 'report',
      details: { from: r.from, to: r.to, programId: r.programId, programs: r.programs.length },
    }),
  );
}

/** The same counts as CSV text (one line per category). */
export async function unmetNeedsReportCsv(
  ctx: AppContext,
  actor: Actor,
  query: UnmetNeedsReportQuery,
  meta: RequestMeta,
): Promise<string> {
  const report = await unmetNeedsReport(ctx, actor, query, meta);
  return stringify(unmetNeedsCsvRows(report.categories));
}
