import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { route } from '../../http/endpoint-route.js';
import { requestMeta, requireAuth } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { auditedRead } from '../audit/audited-read.js';
import { createAssessment, listAssessments } from './assessments.service.js';
import { levelOfCare, recordLocus } from './level-of-care.service.js';
import {
  createNeedsAssessment,
  listNeedsAssessments,
  needsAssessmentClient,
  updateNeedsAssessment,
} from './needs.service.js';
import { overrideRiskTier, riskSummary } from './risk-tier.service.js';

export function assessmentsRoutes(app: App, ctx: AppContext): void {
  const tags = ['assessments'];
  const api = endpoints.assessments;

  /** A guarded read of client data with its audit row, in one transaction (opened by the audit service). */
  const guardedRead = async <T>(
    req: Parameters<typeof requestMeta>[0],
    clientId: string,
    action: string,
    read: (db: DbOrTx) => Promise<T>,
  ): Promise<T> => {
    const auth = await guard(ctx, req, 'client.read', clientId);
    return auditedRead(ctx.database.db, auth.actor, requestMeta(req), read, () => ({ action, clientId }));
  };

  route(app, api.list, { tags }, async (req) => ({
    items: await guardedRead(req, req.params.id, 'assessment.list', (db) => listAssessments(db, req.params.id)),
  }));

  route(app, api.create, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'client.update', req.params.id);
    const view = await createAssessment(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    reply.code(201);
    return view;
  });

  route(app, api.needsAssessments, { tags }, async (req) => ({
    items: await guardedRead(req, req.params.id, 'needs_assessment.list', (db) =>
      listNeedsAssessments(db, req.params.id),
    ),
  }));

  route(app, api.createNeedsAssessment, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'client.update', req.params.id);
    const view = await createNeedsAssessment(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    reply.code(201);
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.updateNeedsAssessment, { tags }, async (req, reply) => {
    const clientId = await needsAssessmentClient(ctx.database.db, requireAuth(req).actor, req.params.id);
    const auth = await guard(ctx, req, 'client.update', clientId);
    const version = expectedVersion(req, req.body.version);
    const view = await updateNeedsAssessment(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.risk, { tags }, async (req) =>
    guardedRead(req, req.params.id, 'risk.read', (db) => riskSummary(db, req.params.id)),
  );

  route(app, api.overrideRisk, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'risk.clinical', req.params.id);
    return overrideRiskTier(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
  });

  route(app, api.levelOfCare, { tags }, async (req) =>
    guardedRead(req, req.params.id, 'level_of_care.read', (db) => levelOfCare(db, req.params.id, ctx.now())),
  );

  route(app, api.recordLocus, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'risk.clinical', req.params.id);
    reply.code(201);
    return recordLocus(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
  });
}
