import { authorize, endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { guard } from '../access/guard.js';
import { requestMeta } from '../auth/request-auth.js';
import { createCoverage, endCoverage, listCoverages, updateCoverage } from './coverage.service.js';
import { crisisViewOf } from './crisis-view.service.js';
import { addShift, findOnCallClients, onCallSchedule, removeShift } from './on-call.service.js';

/** The on-call schedule, the on-call crisis view of a chart, and caseload coverage. */
export function coverageRoutes(app: App, ctx: AppContext): void {
  const tags = ['coverage'];
  const api = endpoints.coverage;

  route(app, api.schedule, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'programs.read');
    return onCallSchedule(ctx, auth.actor);
  });

  route(app, api.addShift, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'on_call_schedule.manage');
    const view = await addShift(ctx, auth.actor, req.body, requestMeta(req));
    reply.code(201);
    return view;
  });

  route(app, api.removeShift, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'on_call_schedule.manage');
    await removeShift(ctx, auth.actor, req.params.id, requestMeta(req));
    return { ok: true as const };
  });

  route(app, api.findClients, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.search');
    return { items: await findOnCallClients(ctx, auth.actor, req.query.q, requestMeta(req)) };
  });

  route(app, api.crisisView, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.crisis_view', req.params.id);
    return crisisViewOf(ctx, auth.actor, req.params.id, req.body.purpose, auth.relationship, requestMeta(req));
  });

  route(app, api.listCoverages, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'programs.read');
    const canManage = authorize(auth.actor, 'coverage.manage').allowed;
    return { items: await listCoverages(ctx, auth.actor), canManage };
  });

  route(app, api.createCoverage, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'coverage.manage');
    const view = await createCoverage(ctx, auth.actor, req.body, requestMeta(req));
    reply.code(201);
    return view;
  });

  route(app, api.updateCoverage, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'coverage.manage');
    return updateCoverage(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
  });

  route(app, api.endCoverage, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'coverage.manage');
    return endCoverage(ctx, auth.actor, req.params.id, req.body.version, requestMeta(req));
  });
}
