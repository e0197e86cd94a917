import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { requestMeta } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { searchAudit } from './audit.service.js';

export function auditRoutes(app: App, ctx: AppContext): void {
  const api = endpoints.audit;
  route(app, api.search, { tags: ['audit'] }, async (req) => {
    const auth = await guard(ctx, req, 'audit.read');
    return searchAudit(ctx, auth.actor, req.query, requestMeta(req));
  });
}
