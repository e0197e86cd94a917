import { FORMER_WORKER_DAYS, type Actor } from '@careloop/core';
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { forbidden, validationFailed } from '../../http/errors.js';
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

/**
 * A late entry by the worker who held a case closed less than FORMER_WORKER_DAYS ago: it belongs
 * to that closed episode (the newest one they held, unless one is named) and to the time before
 * it closed; anything else is no longer theirs to write.
 */
export async function formerWorkerEpisode(
  tx: DbOrTx,
  actor: Actor,
  clientId: string,
  requested: string | undefined,
  occurredAt: Date,
  now: Date,
): Promise<string> {
  const res = await tx.execute<{ id: string; closed_at: Date }>(sql`
    select e.id, e.closed_at from episodes e
    join care_team_members m on m.episode_id = e.id
    where e.client_id = ${clientId} and e.organization_id = ${actor.organizationId} and e.stage = 'closed'
      and m.user_id = ${actor.userId} and m.role = 'primary_case_manager' and m.end_reason = 'episode closed'
      and e.closed_at > ${now.toISOString()}::timestamptz - make_interval(days => ${FORMER_WORKER_DAYS})
      ${requested ? sql`and e.id = ${requested}` : sql``}
    order by e.closed_at desc
    limit 1`);
  const e = res.rows[0];
  if (!e) throw forbidden('Late entries go on the case you held, within 30 days of its closing.');
  if (occurredAt.getTime() > new Date(e.closed_at).getTime()) {
    throw validationFailed([
      { path: 'occurredAt', message: 'A late entry on a closed case is about the time before it closed.' },
    ]);
  }
  return e.id;
}
