import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { guardEpisode } from '../episodes/guard-episode.js';
import { setWhereabouts } from './whereabouts.service.js';

export function whereaboutsRoutes(app: App, ctx: AppContext): void {
  const api = endpoints.engagement;
  route(app, api.setWhereabouts, { tags: ['episodes'] }, async (req, reply) => {
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
  });
}
