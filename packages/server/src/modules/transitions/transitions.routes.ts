import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { expectedVersion } from '../../http/concurrency.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { guard } from '../access/guard.js';
import { requestMeta, requireAuth } from '../auth/request-auth.js';
import { loadEpisodeRow } from '../episodes/episode-row.js';
import { recordCheckIn } from './transition-follow-up.js';
import { readTransitionSettings, saveTransitionSettings } from './transition-settings.service.js';
import { readTransitionPanel } from './transition-view.js';
import { checkChecklistItem, saveTransitionPlan } from './transitions.service.js';

/** Transitions between levels of care: client data behind the chart's access check. */
export function transitionsRoutes(app: App, ctx: AppContext): void {
  const tags = ['transitions'];
  const api = endpoints.transitions;
  const clientOf = async (req: Parameters<typeof requireAuth>[0], episodeId: string) =>
    (await loadEpisodeRow(ctx.database.db, requireAuth(req).actor, episodeId)).clientId;

  route(app, api.get, { tags }, async (req) => {
    const clientId = await clientOf(req, req.params.id);
    const auth = await guard(ctx, req, 'client.read', clientId);
    return readTransitionPanel(ctx, auth.actor, req.params.id, clientId, requestMeta(req));
  });

  route(app, api.save, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.update', await clientOf(req, req.params.id));
    return saveTransitionPlan(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
  });

  route(app, api.checkItem, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.update', await clientOf(req, req.params.id));
    return checkChecklistItem(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
  });

  route(app, api.recordCheckIn, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'client.update', await clientOf(req, req.params.id));
    const view = await recordCheckIn(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    reply.code(201);
    return view;
  });

  route(app, api.settings, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'programs.read');
    return readTransitionSettings(ctx, auth.actor, requestMeta(req));
  });

  route(app, api.saveSettings, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'transition_settings.manage');
    return saveTransitionSettings(ctx, auth.actor, req.body, expectedVersion(req, req.body.version), requestMeta(req));
  });
}
