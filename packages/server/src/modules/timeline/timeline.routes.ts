import { idParams, timelineQuery, timelineResponse } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { requestMeta } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { recordAudit } from '../audit/audit.writer.js';
import { clientTimeline } from './timeline.service.js';

export function timelineRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/clients/:id/timeline',
    {
      schema: {
        tags: ['timeline'],
        params: idParams,
        querystring: timelineQuery,
        response: { 200: timelineResponse },
      },
    },
    async (req) => {
      const clientId = req.params.id;
      const auth = await guard(ctx, req, 'client.read', clientId);
      const { organizationId } = auth.actor;
      return ctx.database.db.transaction(async (tx) => {
        const page = await clientTimeline(tx, { organizationId, clientId, ...req.query });
        await recordAudit(
          tx,
          auth.actor,
          {
            action: 'timeline.read',
            entityType: 'client',
            entityId: clientId,
            clientId,
            details: { kinds: req.query.kinds, entries: page.items.length },
          },
          requestMeta(req),
        );
        return page;
      });
    },
  );
}
