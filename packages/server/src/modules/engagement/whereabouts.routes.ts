import { episodeView, idParams, whereaboutsBody } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { guardEpisode } from '../episodes/guard-episode.js';
import { setWhereabouts } from './whereabouts.service.js';

export function whereaboutsRoutes(app: App, ctx: AppContext): void {
  app.put(
    '/api/episodes/:id/whereabouts',
    { schema: { tags: ['episodes'], params: idParams, body: whereaboutsBody, response: { 200: episodeView } } },
    async (req, reply) => {
      const auth = await guardEpisode(ctx, req, req.params.id, 'episode.manage');
      const view = await setWhereabouts(
        ctx,
        auth.actor,
        req.params.id,
        req.body,
        expectedVersion(req, req.body.version),
        requestMeta(req),
      );
      setEtag(reply, view.version);
      return view;
    },
  );
}
