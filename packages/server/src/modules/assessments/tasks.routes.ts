import {
  assignTaskBody,
  careTaskView,
  clientFlagView,
  completeTaskBody,
  idParams,
  resolveFlagBody,
} from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../../http/access.js';
import { expectedVersion } from '../../http/concurrency.js';
import { requestMeta, requireAuth } from '../../http/request-auth.js';
import type { App } from '../../http/route-types.js';
import { recordAudit } from '../audit/audit.writer.js';
import { listFlags, listTasks } from './flag-views.js';
import { assignTask, completeTask, ownerOf, resolveFlag } from './flags.service.js';

export function tasksRoutes(app: App, ctx: AppContext): void {
  const tags = ['tasks and flags'];

  app.get(
    '/api/clients/:id/alerts',
    {
      schema: {
        tags,
        params: idParams,
        response: { 200: z.object({ flags: z.array(clientFlagView), tasks: z.array(careTaskView) }) },
      },
    },
    async (req) => {
      const auth = await guard(ctx, req, 'client.read', req.params.id);
      return ctx.database.db.transaction(async (tx) => {
        const result = { flags: await listFlags(tx, req.params.id), tasks: await listTasks(tx, req.params.id) };
        await recordAudit(tx, {
          organizationId: auth.actor.organizationId,
          actorUserId: auth.actor.userId,
          actorRoles: auth.actor.roles,
          action: 'alerts.read',
          outcome: 'success',
          clientId: req.params.id,
          meta: requestMeta(req),
        });
        return result;
      });
    },
  );

  app.post(
    '/api/tasks/:id/complete',
    { schema: { tags, params: idParams, body: completeTaskBody, response: { 200: z.array(careTaskView) } } },
    async (req) => {
      const clientId = await ownerOf(ctx.database.db, requireAuth(req).actor, 'task', req.params.id);
      const auth = await guard(ctx, req, 'client.update', clientId);
      const version = expectedVersion(req, req.body.version);
      return completeTask(ctx, auth.actor, req.params.id, req.body.outcome, version, requestMeta(req));
    },
  );

  app.post(
    '/api/tasks/:id/assign',
    { schema: { tags, params: idParams, body: assignTaskBody, response: { 200: z.array(careTaskView) } } },
    async (req) => {
      const clientId = await ownerOf(ctx.database.db, requireAuth(req).actor, 'task', req.params.id);
      const auth = await guard(ctx, req, 'client.update', clientId);
      const version = expectedVersion(req, req.body.version);
      return assignTask(ctx, auth.actor, req.params.id, req.body.assignedToId, version, requestMeta(req));
    },
  );

  app.post(
    '/api/flags/:id/resolve',
    { schema: { tags, params: idParams, body: resolveFlagBody, response: { 200: z.array(clientFlagView) } } },
    async (req) => {
      const clientId = await ownerOf(ctx.database.db, requireAuth(req).actor, 'flag', req.params.id);
      const auth = await guard(ctx, req, 'risk.clinical', clientId);
      const version = expectedVersion(req, req.body.version);
      return resolveFlag(ctx, auth.actor, req.params.id, req.body.riskAssessment, version, requestMeta(req));
    },
  );
}
