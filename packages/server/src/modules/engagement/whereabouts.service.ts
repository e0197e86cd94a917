import { isInFuture, type Actor, type EpisodeView, type WhereaboutsBody } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { validationFailed } from '../../http/errors.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { changeEpisode } from '../episodes/episode-change.js';
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
