import {
  caseloadLoad,
  daysOverdue,
  type Actor,
  type ProgramModel,
  type SupervisionResponse,
  type Urgency,
} from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { reviewDueByEpisode } from '../careplans/plan-reviews.service.js';
import { followUpsFor } from '../engagement/follow-up.js';
import { supervisedPrograms } from './caseload.service.js';
import { disengagedClients, overdueByStaff, overdueContacts, type SupervisedCase } from './follow-up-lists.js';

interface OpenCase extends SupervisedCase, Record<string, unknown> {
  program_id: string;
  stage: string;
  waitlisted: boolean;
  waitlisted_since: Date | null;
  waitlist_note: string | null;
  opened_at: Date;
  caseload_cap: number;
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
              e.waitlist_note, e.opened_at, p.caseload_cap,
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

    const followUps = await followUpsFor(
      tx,
      actor.organizationId,
      cases.map((c) => c.episode_id),
      now,
    );
    const overdueCounts = overdueByStaff(cases, followUps);

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
          overdueContacts: overdueCounts.get(l.user_id) ?? 0,
        };
      }),
      overdueContacts: overdueContacts(cases, followUps),
      disengaged: disengagedClients(cases, followUps),
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
      details: {
        programs: programIds,
        shownClients: [...new Set([...result.overdueContacts, ...result.disengaged].map((o) => o.clientId))],
      },
      meta,
    });
    return result;
  });
}
