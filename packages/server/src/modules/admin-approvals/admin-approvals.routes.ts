import { adminChangeListQuery, adminChangeView, decideAdminChangeBody, idParams } from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { requestMeta } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { decideAdminChange, listAdminChanges } from './admin-approvals.service.js';

/** Admins' changes to their own standing: the other admins decide; the privacy officer reads them too. */
export function adminApprovalsRoutes(app: App, ctx: AppContext): void {
  const tags = ['admin'];

  app.get(
    '/api/admin/approvals',
    {
      schema: {
        tags,
        querystring: adminChangeListQuery,
        response: { 200: z.object({ items: z.array(adminChangeView) }) },
      },
    },
    async (req) => {
      const auth = await guard(ctx, req, 'audit.read');
      return { items: await listAdminChanges(ctx, auth.actor, req.query.status) };
    },
  );

  for (const [path, decision] of [
    ['approve', 'approved'],
    ['reject', 'rejected'],
  ] as const) {
    app.post(
      `/api/admin/approvals/:id/${path}`,
      { schema: { tags, params: idParams, body: decideAdminChangeBody, response: { 200: adminChangeView } } },
      async (req) => {
        const auth = await guard(ctx, req, 'users.manage');
        return decideAdminChange(ctx, auth.actor, req.params.id, decision, req.body.version, requestMeta(req));
      },
    );
  }
}
