import {
  daysAfterDischarge,
  fuhDueDate,
  localDate,
  POST_DISCHARGE_LIST_DAYS,
  type Actor,
  type HospitalizationView,
  type PostDischargeItem,
} from '@careloop/core';
import { desc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { auditedRead } from '../audit/audited-read.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { dischargeFollowUp, hospitalizationView } from './hospitalization-view.js';
import { hospitalizations } from './hospitalizations.schema.js';
import { viewFacts } from './hospitalizations.service.js';

/** The client's stays, newest admission first (an audited read). */
export function listHospitalizations(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  meta: RequestMeta,
): Promise<HospitalizationView[]> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    async (tx) => {
      const facts = await viewFacts(tx, actor.organizationId, clientId, ctx.now());
      const rows = await tx
        .select()
        .from(hospitalizations)
        .where(eq(hospitalizations.clientId, clientId))
        .orderBy(desc(hospitalizations.admittedOn), desc(hospitalizations.createdAt));
      return Promise.all(rows.map((r) => hospitalizationView(tx, r, facts)));
    },
    (items) => ({
      action: 'hospitalization.list',
      entityType: 'client',
      entityId: clientId,
      clientId,
      details: { count: items.length },
    }),
  );
}

/**
 * The supervisors' post-discharge worklist: psychiatric discharges of the last
 * POST_DISCHARGE_LIST_DAYS days, of clients with an open episode in a program the supervisor
 * supervises (admins: the whole agency); least recently discharged first (their window closes first).
 */
export function postDischargeList(ctx: AppContext, actor: Actor, meta: RequestMeta): Promise<PostDischargeItem[]> {
  const isAdmin = actor.roles.includes('admin');
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    async (tx) => {
      const now = ctx.now();
      const zone = await tx.execute<{ time_zone: string }>(
        sql`select time_zone from organizations where id = ${actor.organizationId}`,
      );
      const today = localDate(now, zone.rows[0]?.time_zone ?? 'UTC');
      const from = fuhDueDate(today, -POST_DISCHARGE_LIST_DAYS);
      const scope = isAdmin
        ? sql`true`
        : sql`exists (select 1 from episodes e
            join program_staff ps on ps.program_id = e.program_id and ps.user_id = ${actor.userId} and ps.role = 'supervisor'
            where e.client_id = h.client_id and e.stage <> 'closed')`;
      const ids = await tx.execute<{ id: string }>(sql`
        select h.id from hospitalizations h
        where h.organization_id = ${actor.organizationId} and h.type = 'psychiatric_inpatient'
          and h.principal_diagnosis_category in ('mental_illness', 'self_harm')
          and h.discharged_on is not null and h.discharged_on >= ${from}::date and ${scope}
        order by h.discharged_on, h.id
        limit 500`);
      const items: PostDischargeItem[] = [];
      for (const { id } of ids.rows) {
        const [h] = await tx.select().from(hospitalizations).where(eq(hospitalizations.id, id));
        if (!h?.dischargedOn) continue;
        const c = await tx.execute<{
          first_name: string;
          last_name: string;
          preferred_name: string | null;
          mrn: string;
        }>(sql`select first_name, last_name, preferred_name, mrn from clients where id = ${h.clientId}`);
        const client = c.rows[0];
        const facts = await viewFacts(tx, actor.organizationId, h.clientId, now);
        const f = await dischargeFollowUp(tx, h, facts);
        if (!client || !f) continue;
        items.push({
          hospitalizationId: h.id,
          clientId: h.clientId,
          clientName: `${client.preferred_name ?? client.first_name} ${client.last_name}`,
          mrn: client.mrn,
          facility: h.facility,
          dischargedOn: h.dischargedOn,
          daysSinceDischarge: daysAfterDischarge(h.dischargedOn, today),
          contactDone: f.contactDone,
          status7: f.status7,
          status30: f.status30,
          escalated: h.escalatedAt !== null,
        });
      }
      return items;
    },
    (items) => ({
      action: 'post_discharge.list',
      clientIds: items.map((i) => i.clientId),
      details: { count: items.length },
    }),
  );
}
