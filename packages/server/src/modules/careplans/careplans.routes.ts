import { endpoints, gasTScore, GasValidationError, roundTScore } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { route } from '../../http/endpoint-route.js';
import { validationFailed } from '../../http/errors.js';
import { requestMeta, requireAuth } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { guardEpisode } from '../episodes/guard-episode.js';
import { createDraft, planOwner, saveDraft, signPlan } from './careplans.service.js';
import { decidePlanApproval } from './plan-approval.service.js';
import { listEpisodePlans, listEpisodeReviews, listPendingApprovals, readPlan } from './plan-reads.service.js';
import { reviewPlan } from './plan-reviews.service.js';

export function carePlansRoutes(app: App, ctx: AppContext): void {
  const tags = ['care plans'];
  const api = endpoints.carePlans;

  route(app, api.gas, { tags }, async (req) => {
    await guard(ctx, req, 'instruments.use');
    try {
      return { tScore: roundTScore(gasTScore(req.body.attainment, req.body.weights)) };
    } catch (e) {
      if (e instanceof GasValidationError) throw validationFailed(e.fields);
      throw e;
    }
  });

  route(app, api.list, { tags }, async (req) => {
    const auth = await guardEpisode(ctx, req, req.params.id, 'client.read');
    return { items: await listEpisodePlans(ctx, auth.actor, req.params.id, requestMeta(req)) };
  });

  route(app, api.create, { tags }, async (req, reply) => {
    const auth = await guardEpisode(ctx, req, req.params.id, 'episode.manage');
    const view = await createDraft(ctx, auth.actor, req.params.id, requestMeta(req));
    reply.code(201);
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.get, { tags }, async (req, reply) => {
    const owner = await planOwner(ctx.database.db, requireAuth(req).actor, req.params.id);
    const auth = await guard(ctx, req, 'client.read', owner.clientId);
    const view = await readPlan(ctx, auth.actor, req.params.id, requestMeta(req));
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.saveDraft, { tags }, async (req, reply) => {
    const owner = await planOwner(ctx.database.db, requireAuth(req).actor, req.params.id);
    const auth = await guard(ctx, req, 'client.update', owner.clientId);
    const version = expectedVersion(req, req.body.version);
    const view = await saveDraft(ctx, auth.actor, req.params.id, req.body.content, version, requestMeta(req));
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.sign, { tags }, async (req, reply) => {
    const owner = await planOwner(ctx.database.db, requireAuth(req).actor, req.params.id);
    const auth = await guard(ctx, req, 'client.update', owner.clientId);
    const version = expectedVersion(req, req.body.version);
    const view = await signPlan(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.decideApproval, { tags }, async (req, reply) => {
    const owner = await planOwner(ctx.database.db, requireAuth(req).actor, req.params.id);
    const auth = await guard(ctx, req, 'care_plan.approve', owner.clientId);
    const version = expectedVersion(req, req.body.version);
    const view = await decidePlanApproval(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.pendingApproval, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'caseload.supervise');
    return { items: await listPendingApprovals(ctx, auth.actor, requestMeta(req)) };
  });

  route(app, api.review, { tags }, async (req, reply) => {
    const owner = await planOwner(ctx.database.db, requireAuth(req).actor, req.params.id);
    const auth = await guard(ctx, req, 'client.update', owner.clientId);
    reply.code(201);
    return reviewPlan(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
  });

  route(app, api.reviews, { tags }, async (req) => {
    const auth = await guardEpisode(ctx, req, req.params.id, 'client.read');
    return { items: await listEpisodeReviews(ctx, auth.actor, req.params.id, requestMeta(req)) };
  });
}
