import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../../http/access.js';
import { expectedVersion } from '../../http/concurrency.js';
import { route } from '../../http/endpoint-route.js';
import { requestMeta, requireAuth } from '../../http/request-auth.js';
import type { App } from '../../http/route-types.js';
import { recordAudit } from '../audit/audit.writer.js';
import { listClientCareTasks } from '../tasks/client-care-tasks.js';
import { listFlags } from './flag-views.js';
import { flagOwner, resolveFlag } from './flags.service.js';

/** A client's alerts (flags and tasks) and clearing a flag; task work itself is in modules/tasks. */
export function alertsRoutes(app: App, ctx: AppContext): void {
  const tags = ['tasks and flags'];
  const api = endpoints.assessments;

  route(app, api.alerts, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.read', req.params.id);
    return ctx.database.db.transaction(async (tx) => {
      const result = {
        flags: await listFlags(tx, req.params.id),
        tasks: await listClientCareTasks(tx, req.params.id),
      };
      await recordAudit(tx, {
        organizationId: auth.actor.organizationId,
        actorUserId: auth.actor.userId,
        actorRoles: auth.actor.roles,
        action: 'alerts.read',
        outcome: 'success',
        clientId: req.params.id,
        meta: requestMeta(req),
      });
      return result;
    });
  });

  route(app, api.resolveFlag, { tags }, async (req) => {
    const clientId = await flagOwner(ctx.database.db, requireAuth(req).actor, req.params.id);
    const auth = await guard(ctx, req, 'risk.clinical', clientId);
    const version = expectedVersion(req, req.body.version);
    return resolveFlag(ctx, auth.actor, req.params.id, req.body.riskAssessment, version, requestMeta(req));
  });
}
