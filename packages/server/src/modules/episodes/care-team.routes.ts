import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion } from '../../http/concurrency.js';
import { requestMeta, requireAuth } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { addMember, endMember, memberEpisode } from './care-team.service.js';
import { guardEpisode } from './guard-episode.js';

export function careTeamRoutes(app: App, ctx: AppContext): void {
  const tags = ['care team'];
  const api = endpoints.episodes;

  route(app, api.addTeamMember, { tags }, async (req, reply) => {
    const auth = await guardEpisode(ctx, req, req.params.id, 'care_team.manage');
    const member = await addMember(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    reply.code(201);
    return member;
  });

  route(app, api.endTeamMember, { tags }, async (req) => {
    const m = await memberEpisode(ctx.database.db, requireAuth(req).actor, req.params.id);
    const auth = await guard(ctx, req, 'care_team.manage', m.clientId, { id: m.episodeId, programId: m.programId });
    return endMember(ctx, auth.actor, req.params.id, expectedVersion(req, req.body.version), requestMeta(req));
  });
}
