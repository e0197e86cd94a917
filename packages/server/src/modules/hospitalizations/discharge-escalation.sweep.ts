import { dischargeNeedsEscalation, dischargeTaskKey, localDate, POST_DISCHARGE_LIST_DAYS } from '@careloop/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { recordAudit, systemActor } from '../audit/audit.writer.js';
import { notify } from '../notifications/notify.js';
import { dischargeContacts } from './discharge-facts.js';
import { hospitalizations } from './hospitalizations.schema.js';

export interface DischargeEscalationResult {
  checked: number;
  escalated: number;
  notified: number;
}

interface Candidate extends Record<string, unknown> {
  id: string;
  organization_id: string;
  client_id: string;
  discharged_on: string;
  time_zone: string;
  program_id: string | null;
}

const SYSTEM_META = { ip: null, userAgent: null, requestId: null };

/**
 * Day-3 escalation (CLINICAL.md §7.1 policy): a psychiatric discharge with no completed contact
 * with the client since the discharge day by day D+3. Contacts carry no "scheduled" state in
 * Careloop (the cadence only knows when the next one is due), so "no visit scheduled by day 3"
 * reads as "nobody has seen or reached the client by day 3". The program's supervisors are told
 * and the stay is marked escalated, once (escalated_at; the notice is deduplicated as well).
 */
export async function runDischargeEscalationSweep(ctx: AppContext, now: Date): Promise<DischargeEscalationResult> {
  const result: DischargeEscalationResult = { checked: 0, escalated: 0, notified: 0 };
  const candidates = await ctx.database.db.execute<Candidate>(sql`
    select h.id, h.organization_id, h.client_id, h.discharged_on::text as discharged_on, o.time_zone,
      e.program_id
    from hospitalizations h
    join organizations o on o.id = h.organization_id
    left join episodes e on e.id = h.episode_id
    where h.type = 'psychiatric_inpatient' and h.principal_diagnosis_category in ('mental_illness', 'self_harm')
      and h.discharged_on is not null and h.escalated_at is null
      and h.discharged_on >= (${now}::timestamptz at time zone o.time_zone)::date - ${POST_DISCHARGE_LIST_DAYS}::int
    order by h.id
    limit 1000`);
  for (const c of candidates.rows) {
    result.checked += 1;
    await ctx.database.db.transaction(async (tx) => {
      const today = localDate(now, c.time_zone);
      const seen = await dischargeContacts(tx, c.client_id, c.discharged_on, c.time_zone);
      if (!dischargeNeedsEscalation(c.discharged_on, seen.contactDone, today)) return;
      const marked = await tx
        .update(hospitalizations)
        .set({ escalatedAt: now })
        .where(and(eq(hospitalizations.id, c.id), isNull(hospitalizations.escalatedAt)))
        .returning({ id: hospitalizations.id });
      if (marked.length === 0) return;
      result.escalated += 1;
      const task = await tx.execute<{ id: string }>(sql`
        select id from care_tasks where organization_id = ${c.organization_id} and source = 'hospitalization'
          and source_key = ${dischargeTaskKey('discharge_follow_up_7', c.id, c.discharged_on)}
        order by created_at desc limit 1`);
      const supervisors = await tx.execute<{ user_id: string }>(sql`
        select distinct ps.user_id from program_staff ps join users u on u.id = ps.user_id and u.active
        where ps.program_id = ${c.program_id} and ps.role = 'supervisor'`);
      const taskId = task.rows[0]?.id;
      if (taskId) {
        result.notified += await notify(
          tx,
          supervisors.rows.map((s) => ({
            organizationId: c.organization_id,
            userId: s.user_id,
            kind: 'escalation' as const,
            clientId: c.client_id,
            entityType: 'care_task' as const,
            entityId: taskId,
            params: { taskKind: 'discharge_follow_up_7' },
            dedupeKey: `discharge_escalation:${c.id}:${c.discharged_on}`,
            createdAt: now,
          })),
        );
      }
      await recordAudit(
        tx,
        systemActor(c.organization_id),
        {
          action: 'hospitalization.escalate',
          entityType: 'hospitalization',
          entityId: c.id,
          clientId: c.client_id,
          details: { supervisors: supervisors.rows.length },
        },
        SYSTEM_META,
      );
    });
  }
  return result;
}
