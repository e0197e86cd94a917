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
import { recordAudit } from '../audit/audit.writer.js';
import { guardEpisode } from '../episodes/guard-episode.js';
import { createDraft, planOwner, saveDraft, signPlan } from './careplans.service.js';
import { decidePlanApproval, pendingApprovals } from './plan-approval.service.js';
import { episodeReviews, reviewPlan } from './plan-reviews.service.js';
import { episodePlans, planView } from './plan-view.js';

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
      return ctx.database.db.transaction(async (tx) => {
        const items = await episodePlans(tx, auth.actor.organizationId, req.params.id);
        await recordAudit(
          tx,
          auth.actor,
          {
            action: 'care_plan.list',
            entityType: 'care_plan',
            clientId: items[0]?.clientId,
            details: { episodeId: req.params.id },
          },
          requestMeta(req),
        );
        return { items };
      });
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
      return ctx.database.db.transaction(async (tx) => {
        const view = await planView(tx, auth.actor.organizationId, req.params.id);
        await recordAudit(
          tx,
          auth.actor,
          { action: 'care_plan.read', entityType: 'care_plan', entityId: view.id, clientId: view.clientId },
          requestMeta(req),
        );
        setEtag(reply, view.version);
        return view;
      });
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
      return ctx.database.db.transaction(async (tx) => {
        const items = await pendingApprovals(tx, auth.actor);
        await recordAudit(
          tx,
          auth.actor,
          {
            action: 'care_plan.approval_queue',
            entityType: 'care_plan',
            clientIds: [...new Set(items.map((i) => i.clientId))],
            details: { count: items.length },
          },
          requestMeta(req),
        );
        return { items };
      });
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
      return ctx.database.db.transaction(async (tx) => {
        const items = await episodeReviews(tx, req.params.id);
        await recordAudit(
          tx,
          auth.actor,
          { action: 'care_plan.review_list', entityType: 'care_plan', details: { episodeId: req.params.id } },
          requestMeta(req),
        );
        return { items };
      });
    },
  );
}
