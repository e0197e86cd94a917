import {
  assessmentListResponse,
  assessmentResultView,
  createAssessmentBody,
  idParams,
  levelOfCareView,
  locusResultBody,
  needsAssessmentBody,
  needsAssessmentView,
  riskOverrideBody,
  riskSummaryView,
} from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
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

  app.get(
    '/api/clients/:id/assessments',
    { schema: { tags, params: idParams, response: { 200: assessmentListResponse } } },
    async (req) => ({
      items: await guardedRead(req, req.params.id, 'assessment.list', (db) => listAssessments(db, req.params.id)),
    }),
  );

  app.post(
    '/api/clients/:id/assessments',
    { schema: { tags, params: idParams, body: createAssessmentBody, response: { 201: assessmentResultView } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'client.update', req.params.id);
      const view = await createAssessment(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
      reply.code(201);
      return view;
    },
  );

  app.get(
    '/api/clients/:id/needs-assessments',
    { schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(needsAssessmentView) }) } } },
    async (req) => ({
      items: await guardedRead(req, req.params.id, 'needs_assessment.list', (db) =>
        listNeedsAssessments(db, req.params.id),
      ),
    }),
  );

  app.post(
    '/api/clients/:id/needs-assessments',
    { schema: { tags, params: idParams, body: needsAssessmentBody, response: { 201: needsAssessmentView } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'client.update', req.params.id);
      const view = await createNeedsAssessment(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
      reply.code(201);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.patch(
    '/api/needs-assessments/:id',
    { schema: { tags, params: idParams, body: needsAssessmentBody, response: { 200: needsAssessmentView } } },
    async (req, reply) => {
      const clientId = await needsAssessmentClient(ctx.database.db, requireAuth(req).actor, req.params.id);
      const auth = await guard(ctx, req, 'client.update', clientId);
      const version = expectedVersion(req, req.body.version);
      const view = await updateNeedsAssessment(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.get(
    '/api/clients/:id/risk',
    { schema: { tags, params: idParams, response: { 200: riskSummaryView } } },
    async (req) => guardedRead(req, req.params.id, 'risk.read', (db) => riskSummary(db, req.params.id)),
  );

  app.post(
    '/api/clients/:id/risk/override',
    { schema: { tags, params: idParams, body: riskOverrideBody, response: { 200: riskSummaryView } } },
    async (req) => {
      const auth = await guard(ctx, req, 'risk.clinical', req.params.id);
      return overrideRiskTier(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    },
  );

  app.get(
    '/api/clients/:id/level-of-care',
    { schema: { tags, params: idParams, response: { 200: levelOfCareView } } },
    async (req) =>
      guardedRead(req, req.params.id, 'level_of_care.read', (db) => levelOfCare(db, req.params.id, ctx.now())),
  );

  app.post(
    '/api/clients/:id/locus',
    { schema: { tags, params: idParams, body: locusResultBody, response: { 201: levelOfCareView } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'risk.clinical', req.params.id);
      reply.code(201);
      return recordLocus(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    },
  );
}
