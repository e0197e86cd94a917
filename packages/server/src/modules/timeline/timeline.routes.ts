import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { requestMeta } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { readClientTimeline } from './timeline-read.service.js';

export function timelineRoutes(app: App, ctx: AppContext): void {
  const api = endpoints.timeline;
  route(app, api.timeline, { tags: ['timeline'] }, async (req) => {
    const clientId = req.params.id;
    const auth = await guard(ctx, req, 'client.read', clientId);
    return readClientTimeline(ctx, auth.actor, clientId, req.query, requestMeta(req));
  });
}
