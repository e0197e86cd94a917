import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { requireAuth } from '../auth/request-auth.js';
import type { AuthState } from '../auth/session.store.js';
import { loadEpisodeRow } from './episode-row.js';

/** The episode actions; the care-team ones also weigh the actor's standing to this episode. */
export type EpisodeAction =
  'client.read' | 'episode.manage' | 'episode.closure_signoff' | 'episode.change_primary' | 'care_team.manage';

/** Guard an episode route by the client the episode belongs to. */
export async function guardEpisode(
  ctx: AppContext,
  req: FastifyRequest,
  episodeId: string,
  action: EpisodeAction,
): Promise<AuthState> {
  const row = await loadEpisodeRow(ctx.database.db, requireAuth(req).actor, episodeId);
  const teamAction = action === 'episode.change_primary' || action === 'care_team.manage';
  return guard(ctx, req, action, row.clientId, teamAction ? row : undefined);
}
