import { defaultProfessionalContacts, localDate, type SafetyPlanContent } from '@careloop/core';
import { subDays } from 'date-fns';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { recordAudit, systemActor } from '../modules/audit/audit.writer.js';
import { safetyPlans } from '../modules/safety/safety.schema.js';

const SEED_META = { ip: null, userAgent: null, requestId: null };

/**
 * A signed safety plan, written with the case manager's first demo client two weeks ago, so the
 * chart's "Safety plan" tab, the banner badge and the pocket card have something to show.
 */
export async function seedDemoSafetyPlans(tx: DbOrTx, organizationId: string, now: Date): Promise<void> {
  const res = await tx.execute<{ client_id: string; user_id: string; time_zone: string }>(sql`
    select e.client_id, m.user_id, o.time_zone
    from episodes e
    join clients c on c.id = e.client_id
    join organizations o on o.id = e.organization_id
    join care_team_members m on m.episode_id = e.id and m.role = 'primary_case_manager' and m.ended_at is null
    join users u on u.id = m.user_id and 'case_manager' = any(u.roles)
    where e.organization_id = ${organizationId} and e.stage <> 'closed'
    order by c.mrn limit 1`);
  const first = res.rows[0];
  if (!first) return;
  const org = await tx.execute<{ crisis_line_name: string | null; crisis_line_phone: string | null }>(
    sql`select crisis_line_name, crisis_line_phone from organizations where id = ${organizationId}`,
  );
  const signedAt = subDays(now, 14);
  const content: SafetyPlanContent = {
    warningSigns: ['Not sleeping for two nights or more', 'Staying in my room and not answering the phone'],
    copingStrategies: ['Walk the dog around the park', 'Put on my playlist and take a hot shower'],
    socialDistractions: [
      { name: 'Public library on Main Street', phone: null },
      { name: 'Cousin Rita', phone: '(555) 010-3311' },
    ],
    helpContacts: [{ name: 'Marie (sister)', relationship: 'Sister', phone: '(555) 010-4422' }],
    professionalContacts: [
      ...defaultProfessionalContacts({
        crisisLineName: org.rows[0]?.crisis_line_name ?? null,
        crisisLinePhone: org.rows[0]?.crisis_line_phone ?? null,
      }),
      { name: 'Casey Manager', role: 'Case manager (weekdays)', phone: '(555) 010-2000' },
    ],
    environmentSafety: [
      {
        means: 'Extra prescription medication',
        plan: 'Kept in a lock box; Marie holds the key',
        responsiblePerson: 'Marie',
        byDate: localDate(subDays(now, 12), first.time_zone),
        completedOn: localDate(subDays(now, 13), first.time_zone),
      },
    ],
    reasonsForLiving: ['My dog, Pepper', 'Seeing my niece graduate'],
  };
  const [row] = await tx
    .insert(safetyPlans)
    .values({
      organizationId,
      clientId: first.client_id,
      planNumber: 1,
      status: 'signed',
      content,
      createdById: first.user_id,
      createdAt: signedAt,
      updatedAt: signedAt,
      signedById: first.user_id,
      signedAt,
      signedByClient: true,
      version: 2,
    })
    .returning({ id: safetyPlans.id });
  if (!row) return;
  await recordAudit(
    tx,
    systemActor(organizationId),
    { action: 'safety_plan.create', entityType: 'safety_plan', entityId: row.id, clientId: first.client_id },
    SEED_META,
  );
}
