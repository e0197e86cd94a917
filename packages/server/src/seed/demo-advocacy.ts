import { randomUUID } from 'node:crypto';
import { localDate, type ServiceCategory, type UnmetNeedReason, type UnmetNeedStatus } from '@careloop/core';
import { addDays, subDays } from 'date-fns';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { advocacyCases, advocacySteps } from '../modules/advocacy/advocacy.schema.js';
import { syncDeadlineTasks } from '../modules/advocacy/advocacy-tasks.js';
import { unmetNeeds } from '../modules/unmet-needs/unmet-needs.schema.js';

interface SeedClient extends Record<string, unknown> {
  client_id: string;
  episode_id: string;
  program_id: string;
  user_id: string;
}

const NEEDS: [ServiceCategory, UnmetNeedReason, UnmetNeedStatus, number, string | null][] = [
  ['housing', 'full', 'open', 12, 'Rapid rehousing waitlist closed until spring.'],
  ['housing', 'ineligible', 'open', 30, 'Income above the program limit by $40 a month.'],
  ['transportation', 'none_exists', 'open', 8, 'No paratransit in the client’s county.'],
  ['health_and_dental', 'full', 'met', 45, 'Dental clinic full; seen at the mobile van later.'],
  ['food', 'ineligible', 'withdrawn', 20, null],
];

/**
 * Two advocacy cases (an open Medicaid appeal with its deadline task, a settled housing
 * complaint) and a few unmet needs for the case manager's first demo clients.
 */
export async function seedDemoAdvocacy(tx: DbOrTx, organizationId: string, now: Date): Promise<void> {
  const res = await tx.execute<SeedClient>(sql`
    select e.client_id, e.id as episode_id, e.program_id, m.user_id
    from episodes e
    join clients c on c.id = e.client_id
    join care_team_members m on m.episode_id = e.id and m.role = 'primary_case_manager' and m.ended_at is null
    join users u on u.id = m.user_id and 'case_manager' = any(u.roles)
    where e.organization_id = ${organizationId} and e.stage <> 'closed'
    order by c.mrn limit 3`);
  const [first, second, third] = res.rows;
  if (!first || !second || !third) return;
  const zone = 'America/Chicago';
  const day = (d: Date) => localDate(d, zone);

  const [appeal] = await tx
    .insert(advocacyCases)
    .values({
      organizationId,
      clientId: first.client_id,
      episodeId: first.episode_id,
      kind: 'benefit_denial',
      otherPartyName: 'State Medicaid Office',
      otherPartyContact: 'Appeals unit, (555) 010-7700, case no. MA-2026-0418',
      summary: 'Medicaid renewal denied: proof of income said to be missing, though it was sent.',
      deadlines: [
        { id: randomUUID(), what: 'Appeal due', dueDate: day(addDays(now, 5)), met: false },
        { id: randomUUID(), what: 'Fair hearing', dueDate: day(addDays(now, 40)), met: false },
      ],
      documents: [
        {
          id: randomUUID(),
          title: 'Denial notice',
          direction: 'received',
          date: day(subDays(now, 9)),
          keptAt: 'Chart binder',
        },
        {
          id: randomUUID(),
          title: 'Pay stubs (3)',
          direction: 'sent',
          date: day(subDays(now, 4)),
          keptAt: 'Scanned to shared drive',
        },
      ],
      createdById: first.user_id,
      createdAt: subDays(now, 9),
      updatedAt: subDays(now, 4),
    })
    .returning();
  const [complaint] = await tx
    .insert(advocacyCases)
    .values({
      organizationId,
      clientId: second.client_id,
      episodeId: second.episode_id,
      kind: 'housing_complaint',
      otherPartyName: 'Riverside Apartments LLC',
      otherPartyContact: 'Property manager, (555) 010-3300',
      summary: 'No heat for three weeks; the landlord did not answer written requests.',
      deadlines: [{ id: randomUUID(), what: 'Code inspection reply', dueDate: day(subDays(now, 15)), met: true }],
      documents: [],
      status: 'partly_won',
      outcome: 'Heat repaired after the city inspection; rent abatement refused.',
      createdById: second.user_id,
      createdAt: subDays(now, 35),
      updatedAt: subDays(now, 10),
      closedAt: subDays(now, 10),
    })
    .returning();
  if (!appeal || !complaint) throw new Error('demo advocacy insert failed');
  await tx.insert(advocacySteps).values([
    {
      organizationId,
      caseId: appeal.id,
      clientId: appeal.clientId,
      date: day(subDays(now, 4)),
      what: 'Faxed the pay stubs with a cover letter; kept the fax confirmation.',
      byId: first.user_id,
      recordedAt: subDays(now, 4),
    },
    {
      organizationId,
      caseId: complaint.id,
      clientId: complaint.clientId,
      date: day(subDays(now, 30)),
      what: 'Filed a code complaint with the city housing inspector.',
      byId: second.user_id,
      recordedAt: subDays(now, 30),
    },
  ]);
  await syncDeadlineTasks(tx, appeal, now);

  const people = [first, second, third];
  await tx.insert(unmetNeeds).values(
    NEEDS.map(([category, reason, status, daysAgo, note], i) => {
      const p = people[i % people.length]!;
      return {
        organizationId,
        clientId: p.client_id,
        episodeId: p.episode_id,
        programId: p.program_id,
        category,
        reason,
        note,
        status,
        recordedById: p.user_id,
        recordedAt: subDays(now, daysAgo),
        resolvedAt: status === 'open' ? null : subDays(now, daysAgo - 5),
        resolvedById: status === 'open' ? null : p.user_id,
      };
    }),
  );
}
