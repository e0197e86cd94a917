import { endpoints, type idParams, type intakeView, type Actor, type Endpoint, type IntakeView } from '@careloop/core';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
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

/** An intake change: by intake id, with a body of type B, answering with the intake. */
type IntakeChange<B> = Endpoint & {
  params: typeof idParams;
  body: z.ZodType<B>;
  response: { 200: typeof intakeView };
};

export function intakesRoutes(app: App, ctx: AppContext): void {
  const tags = ['intakes'];
  const api = endpoints.intakes;

  route(app, api.list, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'intake.work');
    return { items: await listIntakes(ctx, auth.actor, req.query.status, req.query.limit, requestMeta(req)) };
  });

  route(app, api.create, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'intake.work');
    const view = await createIntake(ctx, auth.actor, req.body, requestMeta(req));
    reply.code(201);
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.get, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'intake.work');
    const view = await getIntake(ctx, auth.actor, req.params.id, requestMeta(req));
    setEtag(reply, view.version);
    return view;
  });

  /** Intake changes: same guard, version and ETag handling, answering with the intake. */
  const change = <B extends { version?: number }>(e: IntakeChange<B>, run: IntakeChangeFn<B>) =>
    route(app, e, { tags }, async (req, reply) => {
      const auth = await guard(ctx, req, 'intake.work');
      const b = req.body as B; // validated by `body`; the type provider cannot narrow a generic
      const view = await run(ctx, auth.actor, req.params.id, b, expectedVersion(req, b.version), requestMeta(req));
      setEtag(reply, view.version);
      return view;
    });
  change(api.update, updateIntake);
  change(api.decide, decideIntake);
  change(api.close, closeIntake);
  change(api.recordFirstContact, recordFirstContact);

  route(app, api.matches, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'intake.work');
    return { candidates: await intakeMatches(ctx, auth.actor, req.params.id, requestMeta(req)) };
  });
}
