import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { requestMeta } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { bulkReassign } from '../episodes/care-team.service.js';
import { caseload } from './caseload.service.js';
import { supervision } from './supervision.service.js';

export function caseloadRoutes(app: App, ctx: AppContext): void {
  const tags = ['caseload'];
  const api = endpoints.caseload;

  route(app, api.caseload, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'caseload.read_own');
    return caseload(ctx, auth.actor, req.query.staffId, requestMeta(req));
  });

  route(app, api.supervision, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'caseload.supervise');
    return supervision(ctx, auth.actor, requestMeta(req));
  });

  route(app, api.reassign, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'caseload.supervise');
    return bulkReassign(ctx, auth.actor, req.body, requestMeta(req));
  });
}
