import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { guard } from '../access/guard.js';
import { requestMeta, requireAuth } from '../auth/request-auth.js';
import { listAdvocacyCases, readAdvocacyCase } from './advocacy-read.service.js';
import { addAdvocacyStep, createAdvocacyCase, updateAdvocacyCase } from './advocacy.service.js';
import { caseClient } from './advocacy-view.js';

/** Advocacy cases: client data behind the chart's access check. */
export function advocacyRoutes(app: App, ctx: AppContext): void {
  const tags = ['advocacy'];
  const api = endpoints.advocacy;
  const owner = (req: Parameters<typeof requireAuth>[0], id: string) =>
    caseClient(ctx.database.db, requireAuth(req).actor.organizationId, id);

  route(app, api.create, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'client.update', req.params.id);
    const view = await createAdvocacyCase(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    reply.code(201);
    return view;
  });

  route(app, api.listForClient, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.read', req.params.id);
    return { items: await listAdvocacyCases(ctx, auth.actor, req.params.id, requestMeta(req)) };
  });

  route(app, api.get, { tags }, async (req) => {
    const { clientId } = await owner(req, req.params.id);
    const auth = await guard(ctx, req, 'client.read', clientId);
    return readAdvocacyCase(ctx, auth.actor, req.params.id, requestMeta(req));
  });

  route(app, api.update, { tags }, async (req) => {
    const { clientId } = await owner(req, req.params.id);
    const auth = await guard(ctx, req, 'client.update', clientId);
    return updateAdvocacyCase(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
  });

  route(app, api.addStep, { tags }, async (req, reply) => {
    const { clientId } = await owner(req, req.params.id);
    const auth = await guard(ctx, req, 'client.update', clientId);
    const view = await addAdvocacyStep(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    reply.code(201);
    return view;
  });
}
