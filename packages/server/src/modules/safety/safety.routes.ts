import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { guard } from '../access/guard.js';
import { requestMeta, requireAuth } from '../auth/request-auth.js';
import { listSafetyPlans, printSafetyPlan, readSafetyPlan } from './safety-plan-read.service.js';
import {
  createSafetyPlan,
  reviewSafetyPlan,
  reviseSafetyPlan,
  signSafetyPlan,
  updateSafetyPlan,
} from './safety-plan.service.js';
import { planClient } from './safety-plan-view.js';

/** Safety plans: client data behind the chart's access check; the card is an HTML page. */
export function safetyRoutes(app: App, ctx: AppContext): void {
  const tags = ['safety-plans'];
  const api = endpoints.safetyPlans;
  const owner = (req: Parameters<typeof requireAuth>[0], id: string) =>
    planClient(ctx.database.db, requireAuth(req).actor.organizationId, id);

  route(app, api.create, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'client.update', req.params.id);
    const view = await createSafetyPlan(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    reply.code(201);
    return view;
  });

  route(app, api.listForClient, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.read', req.params.id);
    return listSafetyPlans(ctx, auth.actor, req.params.id, requestMeta(req));
  });

  route(app, api.get, { tags }, async (req) => {
    const { clientId } = await owner(req, req.params.id);
    const auth = await guard(ctx, req, 'client.read', clientId);
    return readSafetyPlan(ctx, auth.actor, req.params.id, requestMeta(req));
  });

  route(app, api.update, { tags }, async (req) => {
    const { clientId } = await owner(req, req.params.id);
    const auth = await guard(ctx, req, 'client.update', clientId);
    return updateSafetyPlan(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
  });

  route(app, api.sign, { tags }, async (req) => {
    const { clientId } = await owner(req, req.params.id);
    const auth = await guard(ctx, req, 'client.update', clientId);
    return signSafetyPlan(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
  });

  route(app, api.revise, { tags }, async (req, reply) => {
    const { clientId } = await owner(req, req.params.id);
    const auth = await guard(ctx, req, 'client.update', clientId);
    const view = await reviseSafetyPlan(ctx, auth.actor, req.params.id, requestMeta(req));
    reply.code(201);
    return view;
  });

  route(app, api.review, { tags }, async (req) => {
    const { clientId } = await owner(req, req.params.id);
    const auth = await guard(ctx, req, 'client.update', clientId);
    return reviewSafetyPlan(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
  });

  route(app, api.print, { tags }, async (req, reply) => {
    const { clientId } = await owner(req, req.params.id);
    const auth = await guard(ctx, req, 'client.read', clientId);
    const html = await printSafetyPlan(ctx, auth.actor, req.params.id, requestMeta(req));
    return reply.type('text/html; charset=utf-8').send(html);
  });
}
