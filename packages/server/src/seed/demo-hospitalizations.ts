import { localDate } from '@careloop/core';
import { subDays } from 'date-fns';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { syncDischargeTasks } from '../modules/hospitalizations/discharge-tasks.js';
import { hospitalizations } from '../modules/hospitalizations/hospitalizations.schema.js';

interface SeedClient extends Record<string, unknown> {
  client_id: string;
  episode_id: string;
  user_id: string;
}

/**
 * One recent psychiatric discharge (three days ago, nobody has reached the client yet) on a demo
 * client of the case manager, so the chart's Hospital & ED tab, the discharge tasks and the
 * supervisors' post-discharge list show something; the escalation sweep picks it up on its run.
 */
export async function seedDemoHospitalizations(tx: DbOrTx, organizationId: string, now: Date): Promise<void> {
  const res = await tx.execute<SeedClient>(sql`
    select e.client_id, e.id as episode_id, m.user_id
    from episodes e
    join clients c on c.id = e.client_id
    join care_team_members m on m.episode_id = e.id and m.role = 'primary_case_manager' and m.ended_at is null
    join users u on u.id = m.user_id and 'case_manager' = any(u.roles)
    where e.organization_id = ${organizationId} and e.stage <> 'closed'
      and not exists (select 1 from contacts k where k.client_id = e.client_id and k.occurred_at > ${subDays(now, 4)})
      and not exists (select 1 from advocacy_cases a where a.client_id = e.client_id)
    order by c.mrn limit 1`);
  const client = res.rows[0];
  if (!client) return;
  const day = (daysAgo: number) => localDate(subDays(now, daysAgo), 'America/Chicago');
  const [stay] = await tx
    .insert(hospitalizations)
    .values({
      organizationId,
      clientId: client.client_id,
      episodeId: client.episode_id,
      type: 'psychiatric_inpatient',
      facility: 'Riverbend Regional Behavioral Health',
      admittedOn: day(11),
      dischargedOn: day(3),
      principalDiagnosisCategory: 'mental_illness',
      createdById: client.user_id,
      createdAt: subDays(now, 3),
      updatedAt: subDays(now, 3),
    })
    .returning();
  if (!stay) throw new Error('demo hospitalization insert failed');
  await syncDischargeTasks(tx, stay, now);
}
