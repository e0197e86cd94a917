import type { Actor, EpisodeView } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { auditedRead } from '../audit/audited-read.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { clientEpisodeViews, episodeView } from './episode-view.js';

/** A client's episodes (audited with the ones shown). */
export function listClientEpisodes(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  meta: RequestMeta,
): Promise<EpisodeView[]> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => clientEpisodeViews(tx, actor, clientId, ctx.stageFacts),
    (items) => ({
      action: 'episode.list',
      entityType: 'episode',
      clientId,
      details: { shown: items.map((i) => i.id) },
    }),
  );
}

/** One episode (audited). */
export function readEpisode(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta): Promise<EpisodeView> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => episodeView(tx, actor, id, ctx.stageFacts),
    (view) => ({ action: 'episode.read', entityType: 'episode', entityId: view.id, clientId: view.clientId }),
  );
}
