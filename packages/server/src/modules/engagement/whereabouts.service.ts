import { isInFuture, type Actor, type EpisodeView, type Whereabouts, type WhereaboutsBody } from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { validationFailed } from '../../http/errors.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { changeEpisode, changeEpisodeInTx } from '../episodes/episode-change.js';
import { evaluateEngagement } from './engagement.service.js';

/**
 * Record where the client is. Away in hospital or jail, a late contact becomes an in-reach
 * visit rather than an overdue follow-up; the rule tasks follow at once (and the sweep would
 * catch them up anyway, so they run after the change commits).
 */
export async function setWhereabouts(
  ctx: AppContext,
  actor: Actor,
  episodeId: string,
  body: WhereaboutsBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<EpisodeView> {
  const since = body.since ? new Date(body.since) : null;
  if (since && isInFuture(since, ctx.now())) {
    throw validationFailed([{ path: 'since', message: 'Cannot be in the future.' }]);
  }
  const view = await changeEpisode(ctx, actor, episodeId, expected, 'episode.whereabouts', meta, (_tx, _row, now) =>
    Promise.resolve({ whereabouts: body.whereabouts, whereaboutsSince: since ?? now }),
  );
  await ctx.database.db.transaction((tx) =>
    evaluateEngagement(tx, ctx, {
      organizationId: actor.organizationId,
      clientId: view.clientId,
      actorUserId: actor.userId,
      meta,
    }),
  );
  return view;
}

/**
 * Whereabouts set by a recorded event (a hospital admission or discharge), in the caller's
 * transaction. `onlyFrom` keeps a discharge from overriding a later change (e.g. to jail): it moves
 * the client back only while the episode still says hospital. Nothing happens on a closed episode
 * or when the whereabouts already match. Returns whether the episode changed.
 */
export async function followWhereaboutsInTx(
  tx: DbOrTx,
  ctx: AppContext,
  actor: Actor,
  episodeId: string,
  to: Whereabouts,
  since: Date,
  meta: RequestMeta,
  onlyFrom?: Whereabouts,
): Promise<boolean> {
  const res = await tx.execute<{ whereabouts: Whereabouts; stage: string }>(
    sql`select whereabouts, stage from episodes where id = ${episodeId}`,
  );
  const current = res.rows[0];
  if (!current || current.stage === 'closed' || current.whereabouts === to) return false;
  if (onlyFrom && current.whereabouts !== onlyFrom) return false;
  const view = await changeEpisodeInTx(tx, ctx, actor, episodeId, null, 'episode.whereabouts', meta, () =>
    Promise.resolve({ whereabouts: to, whereaboutsSince: since }),
  );
  await evaluateEngagement(tx, ctx, {
    organizationId: actor.organizationId,
    clientId: view.clientId,
    actorUserId: actor.userId,
    meta,
  });
  return true;
}
