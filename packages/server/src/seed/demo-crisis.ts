import { crisisFollowUpDueAt, type Actor } from '@careloop/core';
import { subDays, subHours } from 'date-fns';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { syncRuleFlags } from '../modules/assessments/flags.service.js';
import { recomputeRiskTier } from '../modules/assessments/risk-tier.service.js';
import { crisisEvents } from '../modules/crisis/crisis.schema.js';
import { openCrisisTasks } from '../modules/crisis/crisis-tasks.js';

interface SeedClient extends Record<string, unknown> {
  client_id: string;
  episode_id: string;
  user_id: string;
}

/**
 * Two crises on the case manager's demo clients (after the ones advocacy uses): one resolved with a
 * note six weeks ago, one open since this morning (an ED visit) with its follow-up and plan-review
 * tasks and the `open_crisis` flag on the banner. No notices: the seed sends none.
 */
export async function seedDemoCrisis(tx: DbOrTx, organizationId: string, now: Date): Promise<void> {
  const res = await tx.execute<SeedClient>(sql`
    select e.client_id, e.id as episode_id, m.user_id
    from episodes e
    join clients c on c.id = e.client_id
    join care_team_members m on m.episode_id = e.id and m.role = 'primary_case_manager' and m.ended_at is null
    join users u on u.id = m.user_id and 'case_manager' = any(u.roles)
    where e.organization_id = ${organizationId} and e.stage <> 'closed'
    order by c.mrn offset 3 limit 2`);
  const [resolvedFor, openFor] = res.rows;
  if (!resolvedFor || !openFor) return;

  const past = subDays(now, 41);
  await tx.insert(crisisEvents).values({
    organizationId,
    clientId: resolvedFor.client_id,
    episodeId: resolvedFor.episode_id,
    occurredAt: past,
    triggers: ['unexpected_change', 'conflict'],
    actions: ['phone_deescalation', 'safety_plan_used'],
    disposition: 'stabilized_in_community',
    riskObserved: 'moderate',
    summary: 'Called after an argument with the landlord about a rent increase; talked through the plan.',
    respondedByIds: [resolvedFor.user_id],
    followUpDueAt: crisisFollowUpDueAt(past),
    status: 'resolved',
    resolutionNote: 'Home visit next day: calmer, rent agreement reached with the housing advocate.',
    resolvedAt: subDays(now, 39),
    resolvedById: resolvedFor.user_id,
    recordedById: resolvedFor.user_id,
    recordedAt: past,
    updatedAt: subDays(now, 39),
    version: 2,
  });

  const occurredAt = subHours(now, 5);
  const [open] = await tx
    .insert(crisisEvents)
    .values({
      organizationId,
      clientId: openFor.client_id,
      episodeId: openFor.episode_id,
      occurredAt,
      triggers: ['loss', 'isolation', 'substance_use'],
      actions: ['mobile_crisis_team', 'hospital'],
      disposition: 'ed_visit',
      riskObserved: 'high',
      summary: 'Found by a neighbour after drinking, upset about a friend’s death; mobile team took them to the ED.',
      respondedByIds: [openFor.user_id],
      otherResponders: 'County mobile crisis team',
      location: 'Client’s apartment',
      followUpDueAt: crisisFollowUpDueAt(occurredAt),
      recordedById: openFor.user_id,
      recordedAt: subHours(now, 4),
      updatedAt: subHours(now, 4),
    })
    .returning();
  if (!open) return;
  await openCrisisTasks(tx, open, now);
  await syncRuleFlags(
    tx,
    organizationId,
    'open_crisis',
    [openFor.client_id],
    new Set([openFor.client_id]),
    () => '',
    now,
    null,
  );
  for (const c of [resolvedFor, openFor]) {
    const actor: Actor = { userId: c.user_id, organizationId, roles: ['case_manager'] };
    await recomputeRiskTier(tx, actor, c.client_id, now);
  }
}
