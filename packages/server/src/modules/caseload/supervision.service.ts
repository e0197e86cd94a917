import {
  caseloadLoad,
  daysOverdue,
  nextContactDue,
  type Actor,
  type ProgramModel,
  type SupervisionResponse,
  type Urgency,
} from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { reviewDueByEpisode } from '../careplans/plan-reviews.service.js';
import { supervisedPrograms } from './caseload.service.js';

interface OpenCase extends Record<string, unknown> {
  episode_id: string;
  client_id: string;
  mrn: string;
  first_name: string;
  last_name: string;
  program_id: string;
  program_name: string;
  stage: string;
  waitlisted: boolean;
  waitlisted_since: Date | null;
  waitlist_note: string | null;
  opened_at: Date;
  cadence_min_contacts: number;
  cadence_window_days: number;
  caseload_cap: number;
  primary_id: string | null;
  primary_name: string | null;
}

const uuidArray = (ids: readonly string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]::uuid[]`;

/**
 * The supervisor's view of the programs they supervise: each worker's load weighted by
 * intensity against the cap, clients past their contact cadence, late intakes, the waitlist.
 */
export async function supervision(ctx: AppContext, actor: Actor, meta: RequestMeta): Promise<SupervisionResponse> {
  return ctx.database.db.transaction(async (tx) => {
    const programs = await supervisedPrograms(tx, actor.organizationId, actor.userId);
    const programIds = programs.map((p) => p.id);
    const now = ctx.now();
    const cases = programIds.length
      ? (
          await tx.execute<OpenCase>(sql`
            select e.id as episode_id, c.id as client_id, c.mrn, c.first_name, c.last_name,
              p.id as program_id, p.name as program_name, e.stage, e.waitlisted, e.waitlisted_since,
              e.waitlist_note, e.opened_at, p.cadence_min_contacts, p.cadence_window_days, p.caseload_cap,
              u.id as primary_id, u.name as primary_name
            from episodes e
            join clients c on c.id = e.client_id
            join programs p on p.id = e.program_id
            left join care_team_members m on m.episode_id = e.id and m.role = 'primary_case_manager' and m.ended_at is null
            left join users u on u.id = m.user_id
            where e.organization_id = ${actor.organizationId} and e.stage <> 'closed'
              and e.program_id = any(${uuidArray(programIds)})
            order by c.last_name, c.first_name`)
        ).rows
      : [];

    // A worker's load counts every open primary case, in any program: it is one person's time.
    const staffIds = [...new Set(cases.map((c) => c.primary_id).filter((id): id is string => !!id))];
    const loads = staffIds.length
      ? (
          await tx.execute<{ user_id: string; name: string; discipline: string | null; caps: number[] }>(sql`
            select u.id as user_id, u.name, u.discipline, array_agg(p.caseload_cap) as caps
            from care_team_members m
            join episodes e on e.id = m.episode_id and e.stage <> 'closed'
            join programs p on p.id = e.program_id
            join users u on u.id = m.user_id
            where m.role = 'primary_case_manager' and m.ended_at is null and m.user_id = any(${uuidArray(staffIds)})
            group by u.id, u.name, u.discipline
            order by u.name`)
        ).rows
      : [];

    const withDue = cases.map((c) => {
      const due = nextContactDue(null, new Date(c.opened_at), {
        minContacts: c.cadence_min_contacts,
        windowDays: c.cadence_window_days,
      });
      return { c, due, late: daysOverdue(due, now) };
    });
    const overdueByStaff = new Map<string, number>();
    for (const { c, late } of withDue) {
      if (late > 0 && c.primary_id) overdueByStaff.set(c.primary_id, (overdueByStaff.get(c.primary_id) ?? 0) + 1);
    }

    const intakes = await tx.execute<{
      id: string;
      reference: string;
      urgency: string;
      due_at: Date;
      assigned_name: string | null;
      status: string;
    }>(sql`
      select i.id, i.reference, i.urgency, i.due_at, u.name as assigned_name, i.status
      from intakes i left join users u on u.id = i.assigned_to_id
      where i.organization_id = ${actor.organizationId} and i.status <> 'closed'
        and i.first_contact_at is null and i.due_at < ${now.toISOString()}::timestamptz
      order by i.due_at`);

    const reviewDue = await reviewDueByEpisode(
      tx,
      cases.map((c) => c.episode_id),
    );
    const overdueReviews = cases.flatMap((c) => {
      const due = reviewDue.get(c.episode_id);
      const late = due ? daysOverdue(due.dueAt, now) : 0;
      return due && late > 0
        ? [
            {
              episodeId: c.episode_id,
              clientId: c.client_id,
              mrn: c.mrn,
              firstName: c.first_name,
              lastName: c.last_name,
              programName: c.program_name,
              primaryCaseManagerName: c.primary_name,
              reviewDueAt: due.dueAt.toISOString(),
              daysOverdue: late,
              reason: due.reason,
            },
          ]
        : [];
    });

    const result: SupervisionResponse = {
      programs: programs.map((p) => ({
        id: p.id,
        name: p.name,
        model: p.model as ProgramModel,
        caseloadCap: p.caseload_cap,
      })),
      staff: loads.map((l) => {
        const load = caseloadLoad(l.caps.map((cap) => ({ caseloadCap: cap })));
        return {
          userId: l.user_id,
          name: l.name,
          discipline: l.discipline,
          clients: load.clients,
          weightedLoad: Math.round(load.weightedLoad * 1000) / 1000,
          percentOfCap: load.percentOfCap,
          overCap: load.overCap,
          overdueContacts: overdueByStaff.get(l.user_id) ?? 0,
        };
      }),
      overdueContacts: withDue
        .filter((x) => x.late > 0)
        .sort((a, b) => b.late - a.late)
        .map(({ c, due, late }) => ({
          episodeId: c.episode_id,
          clientId: c.client_id,
          mrn: c.mrn,
          firstName: c.first_name,
          lastName: c.last_name,
          programName: c.program_name,
          primaryCaseManagerName: c.primary_name,
          nextContactDueAt: due.toISOString(),
          daysOverdue: late,
        })),
      overdueReviews,
      overdueIntakes: intakes.rows.map((i) => ({
        id: i.id,
        reference: i.reference,
        urgency: i.urgency as Urgency,
        dueAt: new Date(i.due_at).toISOString(),
        assignedToName: i.assigned_name,
        status: i.status,
      })),
      waitlist: cases
        .filter((c) => c.waitlisted)
        .map((c) => ({
          episodeId: c.episode_id,
          clientId: c.client_id,
          mrn: c.mrn,
          firstName: c.first_name,
          lastName: c.last_name,
          programName: c.program_name,
          waitlistedSince: new Date(c.waitlisted_since ?? c.opened_at).toISOString(),
          note: c.waitlist_note,
        })),
    };
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      actorRoles: actor.roles,
      action: 'caseload.supervision',
      outcome: 'success',
      entityType: 'caseload',
      details: { programs: programIds, shownClients: result.overdueContacts.map((o) => o.clientId) },
      meta,
    });
    return result;
  });
}
