import {
  ageOn,
  localDate,
  type Actor,
  type ClientRelationship,
  type CrisisView,
  type FlagKind,
  type RiskTier,
} from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { Tx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { auditedRead } from '../audit/audited-read.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { currentSafetyPlan } from '../safety/safety-plan-lookup.js';
import { recentCrisisEvents } from '../crisis/crisis-lookup.js';

interface ClientRow extends Record<string, unknown> {
  id: string;
  mrn: string;
  first_name: string;
  last_name: string;
  preferred_name: string | null;
  pronouns: string | null;
  date_of_birth: string;
  phones: { type: string; number: string }[];
  time_zone: string;
}

/** Why the crisis view was open to this person (the strongest ground first, for the audit row). */
function basisOf(rel: ClientRelationship | null): CrisisView['accessBasis'] {
  if (rel && (rel.careTeam || rel.programSupervisor || rel.intakeWork || rel.covering || rel.recentCase)) {
    return 'chart';
  }
  if (rel?.onCall) return 'on_call_standing';
  return 'on_call_shift';
}

/** Enough to see a pattern on a night call without reading the whole history. */
const RECENT_CRISES = 5;

async function readCrisisView(tx: Tx, organizationId: string, clientId: string, now: Date) {
  const client = await tx.execute<ClientRow>(sql`
    select c.id, c.mrn, c.first_name, c.last_name, c.preferred_name, c.pronouns, c.date_of_birth::text as date_of_birth,
      c.phones, o.time_zone
    from clients c join organizations o on o.id = c.organization_id
    where c.id = ${clientId} and c.organization_id = ${organizationId}`);
  const c = client.rows[0];
  if (!c) throw notFound('Client');
  // One after another: a transaction is one connection.
  const alerts = await tx.execute<{ kind: FlagKind; raised_at: Date }>(sql`
      select kind, raised_at from client_flags where client_id = ${clientId} and status = 'open' order by raised_at`);
  const tier = await tx.execute<{ tier: RiskTier }>(sql`
      select tier from risk_tiers where client_id = ${clientId} order by seq desc limit 1`);
  const programs = await tx.execute<{ id: string; name: string; model: string; stage: string }>(sql`
      select p.id, p.name, p.model, e.stage from episodes e join programs p on p.id = e.program_id
      where e.client_id = ${clientId} and e.stage <> 'closed' order by e.opened_at`);
  const team = await tx.execute<{ name: string; role: string; phone: string | null }>(sql`
      select coalesce(u.name, m.external_name, '') as name, m.role, m.external_phone as phone
      from care_team_members m join episodes e on e.id = m.episode_id and e.stage <> 'closed'
      left join users u on u.id = m.user_id
      where m.client_id = ${clientId} and m.ended_at is null
      order by case m.role when 'primary_case_manager' then 0 else 1 end, name`);
  const support = await tx.execute<{ name: string; relationship: string; phone: string | null; roles: string[] }>(sql`
      select name, relationship, phone, roles from support_contacts
      where client_id = ${clientId} and deleted_at is null order by name`);
  const safetyPlan = await currentSafetyPlan(tx, organizationId, clientId);
  const recentCrises = await recentCrisisEvents(tx, organizationId, clientId, RECENT_CRISES);
  return {
    client: {
      id: c.id,
      mrn: c.mrn,
      firstName: c.first_name,
      lastName: c.last_name,
      preferredName: c.preferred_name,
      pronouns: c.pronouns,
      dateOfBirth: c.date_of_birth,
      age: ageOn(c.date_of_birth, localDate(now, c.time_zone)),
      phones: c.phones.map((p) => ({ type: p.type, number: p.number })),
    },
    alerts: alerts.rows.map((a) => ({ kind: a.kind, raisedAt: new Date(a.raised_at).toISOString() })),
    riskTier: tier.rows[0]?.tier ?? null,
    programs: programs.rows,
    careTeam: team.rows,
    supportContacts: support.rows,
    safetyPlan,
    recentCrises,
  };
}

/**
 * The crisis-relevant part of one chart, and its audit row carrying the stated purpose, in one
 * transaction (nothing is shown unless the row is written). The route has checked
 * client.crisis_view; `relationship` says on which ground.
 */
export function crisisViewOf(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  purpose: string,
  relationship: ClientRelationship | null,
  meta: RequestMeta,
): Promise<CrisisView> {
  const accessBasis = basisOf(relationship);
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    async (tx) => ({ ...(await readCrisisView(tx, actor.organizationId, clientId, ctx.now())), accessBasis }),
    () => ({
      action: 'client.crisis_view',
      entityType: 'client',
      entityId: clientId,
      clientId,
      purpose,
      details: { basis: accessBasis },
    }),
  );
}
