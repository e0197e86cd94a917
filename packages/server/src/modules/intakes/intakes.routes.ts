import {
  closeIntakeBody,
  createIntakeBody,
  duplicateCandidate,
  idParams,
  intakeDecisionBody,
  intakeListQuery,
  intakeListResponse,
  intakeView,
  updateIntakeBody,
} from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../../http/access.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../../http/request-auth.js';
import type { App } from '../../http/route-types.js';
import { intakeMatches } from './intake-matches.js';
import { closeIntake, decideIntake, updateIntake } from './intake-workflow.service.js';
import { createIntake, getIntake, listIntakes } from './intakes.service.js';

export function intakesRoutes(app: App, ctx: AppContext): void {
  const tags = ['intakes'];

  app.get(
    '/api/intakes',
    { schema: { tags, querystring: intakeListQuery, response: { 200: intakeListResponse } } },
    async (req) => {
      const auth = await guard(ctx, req, 'intake.work');
      return { items: await listIntakes(ctx, auth.actor, req.query.status, req.query.limit, requestMeta(req)) };
    },
  );

  app.post(
    '/api/intakes',
    { schema: { tags, body: createIntakeBody, response: { 201: intakeView } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'intake.work');
      const view = await createIntake(ctx, auth.actor, req.body, requestMeta(req));
      reply.code(201);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.get(
    '/api/intakes/:id',
    { schema: { tags, params: idParams, response: { 200: intakeView } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'intake.work');
      const view = await getIntake(ctx, auth.actor, req.params.id, requestMeta(req));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.patch(
    '/api/intakes/:id',
    { schema: { tags, params: idParams, body: updateIntakeBody, response: { 200: intakeView } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'intake.work');
      const version = expectedVersion(req, req.body.version);
      const view = await updateIntake(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/intakes/:id/decision',
    { schema: { tags, params: idParams, body: intakeDecisionBody, response: { 200: intakeView } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'intake.work');
      const version = expectedVersion(req, req.body.version);
      const view = await decideIntake(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/intakes/:id/close',
    { schema: { tags, params: idParams, body: closeIntakeBody, response: { 200: intakeView } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'intake.work');
      const version = expectedVersion(req, req.body.version);
      const view = await closeIntake(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.get(
    '/api/intakes/:id/matches',
    {
      schema: { tags, params: idParams, response: { 200: z.object({ candidates: z.array(duplicateCandidate) }) } },
    },
    async (req) => {
      const auth = await guard(ctx, req, 'intake.work');
      return { candidates: await intakeMatches(ctx, auth.actor, req.params.id, requestMeta(req)) };
    },
  );
}
