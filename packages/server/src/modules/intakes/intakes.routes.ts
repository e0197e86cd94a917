import {
  type Actor,
  type IntakeView,
  closeIntakeBody,
  createIntakeBody,
  duplicateCandidate,
  firstContactBody,
  idParams,
  intakeDecisionBody,
  intakeListQuery,
  intakeListResponse,
  intakeView,
  updateIntakeBody,
} from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { recordFirstContact } from './first-contact.service.js';
import { intakeMatches } from './intake-matches.js';
import { closeIntake, decideIntake, updateIntake } from './intake-workflow.service.js';
import { createIntake, getIntake, listIntakes } from './intakes.service.js';

type IntakeChangeFn<B> = (
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: B,
  expected: number | undefined,
  meta: RequestMeta,
) => Promise<IntakeView>;

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

  /** Intake changes: same guard, version and ETag handling, answering with the intake. */
  const change = <B extends { version?: number }>(
    method: 'PATCH' | 'POST',
    url: string,
    body: z.ZodType<B>,
    run: IntakeChangeFn<B>,
  ) =>
    app.route({
      method,
      url,
      schema: { tags, params: idParams, body, response: { 200: intakeView } },
      handler: async (req, reply) => {
        const auth = await guard(ctx, req, 'intake.work');
        const b = req.body as B; // validated by `body`; the type provider cannot narrow a generic
        const view = await run(ctx, auth.actor, req.params.id, b, expectedVersion(req, b.version), requestMeta(req));
        setEtag(reply, view.version);
        return view;
      },
    });
  change('PATCH', '/api/intakes/:id', updateIntakeBody, updateIntake);
  change('POST', '/api/intakes/:id/decision', intakeDecisionBody, decideIntake);
  change('POST', '/api/intakes/:id/close', closeIntakeBody, closeIntake);
  change('POST', '/api/intakes/:id/first-contact', firstContactBody, recordFirstContact);

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
