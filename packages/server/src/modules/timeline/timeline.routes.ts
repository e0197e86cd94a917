import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../../http/access.js';
import { route } from '../../http/endpoint-route.js';
import { requestMeta } from '../../http/request-auth.js';
import type { App } from '../../http/route-types.js';
import { recordAudit } from '../audit/audit.writer.js';
import { clientTimeline } from './timeline.service.js';

export function timelineRoutes(app: App, ctx: AppContext): void {
  const api = endpoints.timeline;
  route(app, api.timeline, { tags: ['timeline'] }, async (req) => {
    const clientId = req.params.id;
    const auth = await guard(ctx, req, 'client.read', clientId);
    const { organizationId } = auth.actor;
    return ctx.database.db.transaction(async (tx) => {
      const page = await clientTimeline(tx, { organizationId, clientId, ...req.query });
      await recordAudit(tx, {
        organizationId,
        actorUserId: auth.actor.userId,
        actorRoles: auth.actor.roles,
        action: 'timeline.read',
        outcome: 'success',
        entityType: 'client',
        entityId: clientId,
        clientId,
        details: { kinds: req.query.kinds, entries: page.items.length },
        meta: requestMeta(req),
      });
      return page;
    });
  });
}
