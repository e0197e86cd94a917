import { bulkReassignBody, caseloadQuery, caseloadResponse, supervisionResponse } from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { requestMeta } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { bulkReassign } from '../episodes/care-team.service.js';
import { caseload } from './caseload.service.js';
import { supervision } from './supervision.service.js';

export function caseloadRoutes(app: App, ctx: AppContext): void {
  const tags = ['caseload'];

  app.get(
    '/api/caseload',
    { schema: { tags, querystring: caseloadQuery, response: { 200: caseloadResponse } } },
    async (req) => {
      const auth = await guard(ctx, req, 'caseload.read_own');
      return caseload(ctx, auth.actor, req.query.staffId, requestMeta(req));
    },
  );

  app.get('/api/caseload/supervision', { schema: { tags, response: { 200: supervisionResponse } } }, async (req) => {
    const auth = await guard(ctx, req, 'caseload.supervise');
    return supervision(ctx, auth.actor, requestMeta(req));
  });

  app.post(
    '/api/caseload/reassign',
    { schema: { tags, body: bulkReassignBody, response: { 200: z.object({ moved: z.number().int() }) } } },
    async (req) => {
      const auth = await guard(ctx, req, 'caseload.supervise');
      return bulkReassign(ctx, auth.actor, req.body, requestMeta(req));
    },
  );
}
