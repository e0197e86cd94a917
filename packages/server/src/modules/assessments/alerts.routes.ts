import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion } from '../../http/concurrency.js';
import { requestMeta, requireAuth } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { readAlerts } from './alerts-read.service.js';
import { flagOwner, resolveFlag } from './flags.service.js';

/** A client's alerts (flags and tasks) and clearing a flag; task work itself is in modules/tasks. */
export function alertsRoutes(app: App, ctx: AppContext): void {
  const tags = ['tasks and flags'];
  const api = endpoints.assessments;

  route(app, api.alerts, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.read', req.params.id);
    return readAlerts(ctx, auth.actor, req.params.id, requestMeta(req));
  });

  route(app, api.resolveFlag, { tags }, async (req) => {
    const clientId = await flagOwner(ctx.database.db, requireAuth(req).actor, req.params.id);
    const auth = await guard(ctx, req, 'risk.clinical', clientId);
    const version = expectedVersion(req, req.body.version);
    return resolveFlag(ctx, auth.actor, req.params.id, req.body.riskAssessment, version, requestMeta(req));
  });
}
