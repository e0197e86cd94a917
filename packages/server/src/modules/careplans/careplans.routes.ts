import {
  carePlanView,
  gasRequestBody,
  GasValidationError,
  gasTScore,
  idParams,
  pendingApprovalItem,
  planApprovalBody,
  planReviewBody,
  planReviewView,
  roundTScore,
  saveDraftBody,
  signPlanBody,
} from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { validationFailed } from '../../http/errors.js';
import { requestMeta, requireAuth } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { guardEpisode } from '../episodes/guard-episode.js';
import { createDraft, planOwner, saveDraft, signPlan } from './careplans.service.js';
import { decidePlanApproval } from './plan-approval.service.js';
import { reviewPlan } from './plan-reviews.service.js';
import { listEpisodePlans, listEpisodeReviews, listPendingApprovals, readPlan } from './plan-reads.service.js';

export function carePlansRoutes(app: App, ctx: AppContext): void {
  const tags = ['care plans'];

  app.post(
    '/api/outcomes/gas',
    { schema: { tags, body: gasRequestBody, response: { 200: z.object({ tScore: z.number() }) } } },
    async (req) => {
      await guard(ctx, req, 'instruments.use');
      try {
        return { tScore: roundTScore(gasTScore(req.body.attainment, req.body.weights)) };
      } catch (e) {
        if (e instanceof GasValidationError) throw validationFailed(e.fields);
        throw e;
      }
    },
  );

  app.get(
    '/api/episodes/:id/care-plans',
    { schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(carePlanView) }) } } },
    async (req) => {
      const auth = await guardEpisode(ctx, req, req.params.id, 'client.read');
      return { items: await listEpisodePlans(ctx, auth.actor, req.params.id, requestMeta(req)) };
    },
  );

  app.post(
    '/api/episodes/:id/care-plans',
    { schema: { tags, params: idParams, response: { 201: carePlanView } } },
    async (req, reply) => {
      const auth = await guardEpisode(ctx, req, req.params.id, 'episode.manage');
      const view = await createDraft(ctx, auth.actor, req.params.id, requestMeta(req));
      reply.code(201);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.get(
    '/api/care-plans/:id',
    { schema: { tags, params: idParams, response: { 200: carePlanView } } },
    async (req, reply) => {
      const owner = await planOwner(ctx.database.db, requireAuth(req).actor, req.params.id);
      const auth = await guard(ctx, req, 'client.read', owner.clientId);
      const view = await readPlan(ctx, auth.actor, req.params.id, requestMeta(req));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.put(
    '/api/care-plans/:id',
    { schema: { tags, params: idParams, body: saveDraftBody, response: { 200: carePlanView } } },
    async (req, reply) => {
      const owner = await planOwner(ctx.database.db, requireAuth(req).actor, req.params.id);
      const auth = await guard(ctx, req, 'client.update', owner.clientId);
      const version = expectedVersion(req, req.body.version);
      const view = await saveDraft(ctx, auth.actor, req.params.id, req.body.content, version, requestMeta(req));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/care-plans/:id/sign',
    { schema: { tags, params: idParams, body: signPlanBody, response: { 200: carePlanView } } },
    async (req, reply) => {
      const owner = await planOwner(ctx.database.db, requireAuth(req).actor, req.params.id);
      const auth = await guard(ctx, req, 'client.update', owner.clientId);
      const version = expectedVersion(req, req.body.version);
      const view = await signPlan(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/care-plans/:id/approval',
    { schema: { tags, params: idParams, body: planApprovalBody, response: { 200: carePlanView } } },
    async (req, reply) => {
      const owner = await planOwner(ctx.database.db, requireAuth(req).actor, req.params.id);
      const auth = await guard(ctx, req, 'care_plan.approve', owner.clientId);
      const version = expectedVersion(req, req.body.version);
      const view = await decidePlanApproval(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.get(
    '/api/care-plans/pending-approval',
    { schema: { tags, response: { 200: z.object({ items: z.array(pendingApprovalItem) }) } } },
    async (req) => {
      const auth = await guard(ctx, req, 'caseload.supervise');
      return { items: await listPendingApprovals(ctx, auth.actor, requestMeta(req)) };
    },
  );

  app.post(
    '/api/care-plans/:id/reviews',
    { schema: { tags, params: idParams, body: planReviewBody, response: { 201: planReviewView } } },
    async (req, reply) => {
      const owner = await planOwner(ctx.database.db, requireAuth(req).actor, req.params.id);
      const auth = await guard(ctx, req, 'client.update', owner.clientId);
      reply.code(201);
      return reviewPlan(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    },
  );

  app.get(
    '/api/episodes/:id/care-plan-reviews',
    { schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(planReviewView) }) } } },
    async (req) => {
      const auth = await guardEpisode(ctx, req, req.params.id, 'client.read');
      return { items: await listEpisodeReviews(ctx, auth.actor, req.params.id, requestMeta(req)) };
    },
  );
}
