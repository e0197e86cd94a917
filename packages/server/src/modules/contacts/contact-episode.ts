import type { Actor } from '@careloop/core';
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { validationFailed } from '../../http/errors.js';
import { episodes } from '../episodes/episodes.schema.js';

/**
 * The episode a new contact belongs to: the one asked for (it must be this client's), else the
 * client's open episode, preferring one where the actor is on the care team; null when none is open.
 */
export async function contactEpisodeId(
  tx: DbOrTx,
  actor: Actor,
  clientId: string,
  requested: string | undefined,
): Promise<string | null> {
  const own = and(eq(episodes.clientId, clientId), eq(episodes.organizationId, actor.organizationId));
  if (requested) {
    const [e] = await tx
      .select({ id: episodes.id })
      .from(episodes)
      .where(and(own, eq(episodes.id, requested)));
    if (!e) throw validationFailed([{ path: 'episodeId', message: "Not one of this client's episodes." }]);
    return e.id;
  }
  const onTeam = sql<boolean>`exists (
    select 1 from care_team_members m
    where m.episode_id = ${episodes.id} and m.user_id = ${actor.userId} and m.ended_at is null)`;
  const [open] = await tx
    .select({ id: episodes.id })
    .from(episodes)
    .where(and(own, ne(episodes.stage, 'closed')))
    .orderBy(desc(onTeam), desc(episodes.openedAt))
    .limit(1);
  return open?.id ?? null;
}
