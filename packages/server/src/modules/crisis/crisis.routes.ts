import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { expectedVersion } from '../../http/concurrency.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { guard } from '../access/guard.js';
import { requestMeta, requireAuth } from '../auth/request-auth.js';
import { listCrisisEvents, readCrisisEvent } from './crisis-read.service.js';
import { crisisSettingsOf, saveCrisisSettings } from './crisis-settings.service.js';
import { createCrisisEvent, resolveCrisisEvent, updateCrisisEvent } from './crisis.service.js';
import { crisisClient } from './crisis-view.js';

/** Crisis events: client data behind the chart's access check; the agency's follow-up setting. */
export function crisisRoutes(app: App, ctx: AppContext): void {
  const tags = ['crisis'];
  const api = endpoints.crisis;
  const owner = (req: Parameters<typeof requireAuth>[0], id: string) =>
    crisisClient(ctx.database.db, requireAuth(req).actor.organizationId, id);

  route(app, api.create, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'client.update', req.params.id);
    const view = await createCrisisEvent(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    reply.code(201);
    return view;
  });

  route(app, api.listForClient, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.read', req.params.id);
    return { items: await listCrisisEvents(ctx, auth.actor, req.params.id, requestMeta(req)) };
  });

  route(app, api.get, { tags }, async (req) => {
    const { clientId } = await owner(req, req.params.id);
    const auth = await guard(ctx, req, 'client.read', clientId);
    return readCrisisEvent(ctx, auth.actor, req.params.id, requestMeta(req));
  });

  route(app, api.update, { tags }, async (req) => {
    const { clientId } = await owner(req, req.params.id);
    const auth = await guard(ctx, req, 'client.update', clientId);
    return updateCrisisEvent(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
  });

  route(app, api.resolve, { tags }, async (req) => {
    const { clientId } = await owner(req, req.params.id);
    const auth = await guard(ctx, req, 'client.update', clientId);
    return resolveCrisisEvent(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
  });

  // The setting holds no client data: anyone with a role may read it, as with the referral limits.
  route(app, api.settings, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'programs.read');
    return crisisSettingsOf(ctx.database.db, auth.actor.organizationId);
  });

  route(app, api.saveSettings, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'crisis_settings.manage');
    const version = expectedVersion(req, req.body.version);
    return saveCrisisSettings(ctx, auth.actor, req.body, version, requestMeta(req));
  });
}
