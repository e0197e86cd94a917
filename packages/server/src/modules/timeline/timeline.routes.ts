import { idParams, timelineQuery, timelineResponse } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { requestMeta } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { readClientTimeline } from './timeline-read.service.js';

export function timelineRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/clients/:id/timeline',
    {
      schema: {
        tags: ['timeline'],
        params: idParams,
        querystring: timelineQuery,
        response: { 200: timelineResponse },
      },
    },
    async (req) => {
      const clientId = req.params.id;
      const auth = await guard(ctx, req, 'client.read', clientId);
      return readClientTimeline(ctx, auth.actor, clientId, req.query, requestMeta(req));
    },
  );
}
