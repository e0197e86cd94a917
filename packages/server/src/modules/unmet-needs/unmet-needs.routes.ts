import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { guard } from '../access/guard.js';
import { requestMeta, requireAuth } from '../auth/request-auth.js';
import { unmetNeedClient } from './unmet-need-view.js';
import { listUnmetNeeds } from './unmet-needs-read.service.js';
import { unmetNeedsReport, unmetNeedsReportCsv } from './unmet-needs-report.service.js';
import { recordUnmetNeed, updateUnmetNeed } from './unmet-needs.service.js';

/** Unmet needs (client data behind the chart's check) and the supervisor's aggregate report. */
export function unmetNeedsRoutes(app: App, ctx: AppContext): void {
  const tags = ['unmet needs'];
  const api = endpoints.unmetNeeds;

  route(app, api.create, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'client.update', req.params.id);
    const view = await recordUnmetNeed(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    reply.code(201);
    return view;
  });

  route(app, api.listForClient, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.read', req.params.id);
    return { items: await listUnmetNeeds(ctx, auth.actor, req.params.id, requestMeta(req)) };
  });

  route(app, api.update, { tags }, async (req) => {
    const { clientId } = await unmetNeedClient(ctx.database.db, requireAuth(req).actor.organizationId, req.params.id);
    const auth = await guard(ctx, req, 'client.update', clientId);
    return updateUnmetNeed(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
  });

  route(app, api.report, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'reports.read');
    return unmetNeedsReport(ctx, auth.actor, req.query, requestMeta(req));
  });

  route(app, api.reportCsv, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'reports.read');
    const csv = await unmetNeedsReportCsv(ctx, auth.actor, req.query, requestMeta(req));
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="unmet-needs-${req.query.from}-${req.query.to}.csv"`);
    return csv;
  });
}
