import { authorize, type Actor, type EpisodeRelationship } from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { clientRelationships } from './client-relationship.js';

/**
 * How one staff member stands to one episode for the care-team actions: its current primary case
 * manager, or a supervisor of its program (one query).
 */
export async function episodeRelationship(
  db: DbOrTx,
  userId: string,
  episode: { id: string; programId: string },
): Promise<EpisodeRelationship> {
  const res = await db.execute<{ is_primary: boolean; program_supervisor: boolean }>(sql`
    select exists (
      select 1 from care_team_members m
      where m.episode_id = ${episode.id} and m.user_id = ${userId}
        and m.role = 'primary_case_manager' and m.ended_at is null
    ) as is_primary,
    exists (
      select 1 from program_staff ps
      where ps.program_id = ${episode.programId} and ps.user_id = ${userId} and ps.role = 'supervisor'
    ) as program_supervisor`);
  const row = res.rows[0];
  return { primary: row?.is_primary ?? false, programSupervisor: row?.program_supervisor ?? false };
}

/**
 * May this actor add someone to the episode's care team (the policy's `care_team.manage`)? For
 * paths other than the care-team route that add a member, e.g. a task hand-off.
 */
export async function mayManageTeam(
  db: DbOrTx,
  actor: Actor,
  episode: { id: string; programId: string; clientId: string },
  now: Date,
): Promise<boolean> {
  const relationship = (await clientRelationships(db, actor.organizationId, actor.userId, [episode.clientId], now)).get(
    episode.clientId,
  );
  const resource = {
    kind: 'client' as const,
    organizationId: actor.organizationId,
    clientId: episode.clientId,
    relationship,
    episode: await episodeRelationship(db, actor.userId, episode),
  };
  return authorize(actor, 'care_team.manage', resource).allowed;
}
