import { POST_DISCHARGE_LIST_DAYS } from '@careloop/core';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { VirtualUser } from './http-load.js';
import { caseManagerFor, supervisorFor, type UserPool } from './users.js';

/*
 * The [12] crisis-care hot paths: the supervisors' post-discharge worklist and the on-call crisis
 * view. The generator makes no stays, crises or safety plans, so `prepareCrisisCare` adds them.
 */

/** The bench's rows carry these markers: how a second run finds what the first one wrote. */
const FACILITY = 'Bench County Behavioral Health (inpatient)';
const CRISIS_SUMMARY = 'Bench crisis: ';

/** A client's stable pseudo-random bucket 0..99 for `salt` (the same clients on every run). */
const bucket = (salt: string): SQL =>
  sql`(('x' || substr(md5(e.client_id::text || ${salt}), 1, 8))::bit(32)::int & 2147483647) % 100`;

/** Shares of the clients with an open episode: a recent psychiatric discharge, crises, a signed safety plan. */
const SHARE = { discharged: 4, crisis: 10, safetyPlan: 15 } as const;

const PLAN_CONTENT = {
  warningSigns: ['Not sleeping', 'Skipping meals', 'Staying in my room'],
  copingStrategies: ['Walk around the block', 'Music with headphones', 'Shower and make tea'],
  socialDistractions: [{ name: 'Library on Main St', phone: null }],
  helpContacts: [{ name: 'Sister', relationship: 'sister', phone: '555-0100' }],
  professionalContacts: [
    { name: 'Case manager', role: 'case manager', phone: '555-0101' },
    { name: '988 Suicide & Crisis Lifeline', role: 'crisis line', phone: '988' },
  ],
  environmentSafety: [
    {
      means: 'Medications',
      plan: 'Sister keeps the week’s supply',
      responsiblePerson: 'Sister',
      byDate: null,
      completedOn: null,
    },
  ],
  reasonsForLiving: ['My dog', 'My niece'],
};

/** Open episodes of the organisation, one per client (the newest), as `e`. */
const openEpisodes = (org: string): SQL => sql`
  (select distinct on (client_id) id, client_id, program_id from episodes
   where organization_id = ${org} and stage <> 'closed' order by client_id, opened_at desc) e`;

/**
 * Once per organisation of the pool (idempotent: each insert skips clients that already have the
 * bench's rows; the stays' dates are moved to today's window on every run, so a later run still
 * finds discharges in the worklist's last POST_DISCHARGE_LIST_DAYS days):
 * - SHARE.discharged % of clients with an open episode: a psychiatric stay discharged 0..44 days ago;
 * - SHARE.crisis %: two crisis events of the last 90 days, the older resolved, the newer open;
 * - SHARE.safetyPlan % (those with no plan yet): a signed safety plan.
 */
export async function prepareCrisisCare(db: Db, pool: UserPool): Promise<void> {
  const byOrg = new Map<string, string>();
  for (const u of [...pool.fixtures.supervisors, ...pool.fixtures.caseManagers]) {
    if (!byOrg.has(u.organizationId)) byOrg.set(u.organizationId, u.userId);
  }
  for (const [org, author] of byOrg) {
    await db.execute(sql`
      insert into hospitalizations (organization_id, client_id, episode_id, type, facility, admitted_on, discharged_on,
        principal_diagnosis_category, created_by_id, created_at, updated_at)
      select ${org}, e.client_id, e.id, 'psychiatric_inpatient', ${FACILITY}, current_date, current_date,
        case when ${bucket('dx')} < 20 then 'self_harm' else 'mental_illness' end, ${author}, now(), now()
      from ${openEpisodes(org)}
      where ${bucket('hosp')} < ${SHARE.discharged}
        and not exists (select 1 from hospitalizations h where h.client_id = e.client_id and h.facility = ${FACILITY})`);
    await db.execute(sql`
      update hospitalizations h set discharged_on = d.on, admitted_on = d.on - 9, updated_at = now()
      from (select id, current_date - (('x' || substr(md5(id::text), 1, 8))::bit(32)::int & 2147483647)
              % ${POST_DISCHARGE_LIST_DAYS} as on
            from hospitalizations where organization_id = ${org} and facility = ${FACILITY}) d
      where h.id = d.id and h.discharged_on is distinct from d.on`);
    for (const [n, days, resolved] of [
      [1, 80, true],
      [2, 6, false],
    ] as const) {
      const at = sql`now() - make_interval(days => ${days})`;
      const resolution = resolved
        ? sql`'resolved', 'Followed up the next day; stable.', ${at} + interval '1 day', ${author}::uuid`
        : sql`'open', null, null, null`;
      await db.execute(sql`
        insert into crisis_events (organization_id, client_id, episode_id, occurred_at, triggers, actions, disposition,
          risk_observed, summary, responded_by_ids, location, follow_up_due_at, status, resolution_note, resolved_at,
          resolved_by_id, recorded_by_id, recorded_at, updated_at)
        select ${org}, e.client_id, e.id, ${at}, array['conflict', 'isolation'],
          array['phone_deescalation', 'safety_plan_used'], 'stabilized_in_community', 'moderate',
          ${`${CRISIS_SUMMARY}${n}: called after an argument at home; talked through the safety plan.`},
          array[${author}::uuid], 'phone', ${at} + interval '24 hours', ${resolution}, ${author}, ${at}, now()
        from ${openEpisodes(org)}
        where ${bucket('crisis')} < ${SHARE.crisis}
          and not exists (select 1 from crisis_events c where c.client_id = e.client_id
            and c.summary like ${`${CRISIS_SUMMARY}${n}:%`})`);
    }
    await db.execute(sql`
      insert into safety_plans (organization_id, client_id, plan_number, status, content, created_by_id, created_at,
        updated_at, signed_by_id, signed_at, signed_by_client)
      select ${org}, e.client_id, 1, 'signed', ${JSON.stringify(PLAN_CONTENT)}::jsonb, ${author},
        now() - interval '30 days', now() - interval '30 days', ${author}, now() - interval '30 days', true
      from ${openEpisodes(org)}
      where ${bucket('plan')} < ${SHARE.safetyPlan}
        and not exists (select 1 from safety_plans p where p.client_id = e.client_id)`);
  }
}

/** A supervisor loads the post-discharge worklist (the programs they supervise). */
export function postDischargeUser(pool: UserPool, i: number): VirtualUser {
  const sup = supervisorFor(pool, i);
  const headers = pool.sessions.get(sup.email);
  if (!headers) throw new Error('a benchmark user is not signed in');
  return { headers, next: () => ({ method: 'GET', path: '/api/post-discharge', label: 'post_discharge' }) };
}

const PURPOSES = [
  'Crisis call from client tonight',
  'Mobile crisis team asked for the safety plan',
  'Client’s sister called worried',
] as const;

/** A case manager opens the crisis view of their own clients in turn, with a stated purpose (audited). */
export function crisisViewUser(pool: UserPool, i: number): VirtualUser {
  const cm = caseManagerFor(pool, i);
  const headers = pool.sessions.get(cm.email);
  if (!headers) throw new Error('a benchmark user is not signed in');
  if (cm.clientIds.length === 0) throw new Error('a benchmark case manager has no clients (regenerate the data)');
  let k = 0;
  return {
    headers,
    next: () => {
      const clientId = cm.clientIds[(i + k) % cm.clientIds.length]!;
      const purpose = PURPOSES[k++ % PURPOSES.length]!;
      return { method: 'POST', path: `/api/clients/${clientId}/crisis-view`, body: { purpose }, label: 'crisis_view' };
    },
  };
}

/** Registered in `scenarios.ts` (typed there; no import back, to keep the graph acyclic). */
export const postDischargeScenario = {
  name: 'post_discharge_list',
  title: "a supervisor's post-discharge worklist (GET /api/post-discharge, psychiatric discharges of 45 days)",
  connections: 'single',
  prepare: prepareCrisisCare,
  user: postDischargeUser,
  ok: [200],
} as const;

export const crisisViewScenario = {
  name: 'crisis_view',
  title: "the on-call crisis view of one's own client, with a purpose (POST /api/clients/:id/crisis-view, audited)",
  connections: 'single',
  prepare: prepareCrisisCare,
  user: crisisViewUser,
  ok: [200],
} as const;
