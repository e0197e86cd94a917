import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { requestMeta } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { decideAdminChange, listAdminChanges } from './admin-approvals.service.js';

/** Admins' changes to their own standing: the other admins decide; the privacy officer reads them too. */
export function adminApprovalsRoutes(app: App, ctx: AppContext): void {
  const tags = ['admin'];
  const api = endpoints.adminApprovals;

  route(app, api.list, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'audit.read');
    return { items: await listAdminChanges(ctx, auth.actor, req.query.status) };
  });

  for (const [e, decision] of [
    [api.approve, 'approved'],
    [api.reject, 'rejected'],
  ] as const) {
    route(app, e, { tags }, async (req) => {
      const auth = await guard(ctx, req, 'users.manage');
      return decideAdminChange(ctx, auth.actor, req.params.id, decision, req.body.version, requestMeta(req));
    });
  }
}
