import { auditPage, auditQuery } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { requestMeta } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { searchAudit } from './audit.service.js';

export function auditRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/audit',
    { schema: { tags: ['audit'], querystring: auditQuery, response: { 200: auditPage } } },
    async (req) => {
      const auth = await guard(ctx, req, 'audit.read');
      return searchAudit(ctx, auth.actor, req.query, requestMeta(req));
    },
  );
}
