import { clientIdentity, clientView, idParams } from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { requestMeta } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { compareForReview } from './compare.service.js';
import { dismissPair, listDuplicateQueue } from './duplicate-queue.service.js';
import { listMerges, mergeClients, undoMerge } from './merge.service.js';

const queueClient = z.object({
  id: z.uuid(),
  mrn: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string(),
});
const queueItem = z.object({
  id: z.uuid(),
  score: z.number(),
  reasons: z.array(z.string()),
  source: z.string(),
  status: z.string(),
  createdAt: z.string(),
  version: z.number().int(),
  a: queueClient,
  b: queueClient,
});
const mergeView = z.object({
  id: z.uuid(),
  survivorId: z.uuid(),
  mergedId: z.uuid(),
  survivor: clientIdentity,
  merged: clientIdentity,
  moved: z.record(z.string(), z.number()),
  mergedAt: z.string(),
  undoneAt: z.string().nullable(),
});

/** Admin duplicate review: the queue, side-by-side comparison, merge and undo. */
export function duplicatesRoutes(app: App, ctx: AppContext): void {
  const tags = ['duplicates'];

  app.get(
    '/api/admin/duplicates',
    { schema: { tags, response: { 200: z.object({ items: z.array(queueItem) }) } } },
    async (req) => {
      const auth = await guard(ctx, req, 'duplicates.review');
      return { items: await listDuplicateQueue(ctx, auth.actor, requestMeta(req)) };
    },
  );

  app.get(
    '/api/admin/duplicates/compare',
    {
      schema: {
        tags,
        querystring: z.object({ a: z.uuid(), b: z.uuid() }),
        response: {
          200: z.object({ a: clientView, b: clientView, supportContacts: z.object({ a: z.number(), b: z.number() }) }),
        },
      },
    },
    async (req) => {
      const auth = await guard(ctx, req, 'duplicates.review');
      return compareForReview(ctx, auth.actor, req.query.a, req.query.b, requestMeta(req));
    },
  );

  app.post(
    '/api/admin/duplicates/:id/dismiss',
    {
      schema: {
        tags,
        params: idParams,
        body: z.object({ version: z.number().int().positive() }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => {
      const auth = await guard(ctx, req, 'duplicates.review');
      await dismissPair(ctx, auth.actor, req.params.id, req.body.version, requestMeta(req));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/admin/merges',
    { schema: { tags, response: { 200: z.object({ items: z.array(mergeView) }) } } },
    async (req) => {
      const auth = await guard(ctx, req, 'duplicates.review');
      return { items: await listMerges(ctx, auth.actor, requestMeta(req)) };
    },
  );

  app.post(
    '/api/admin/merges',
    {
      schema: {
        tags,
        body: z.object({
          survivorId: z.uuid(),
          mergedId: z.uuid(),
          reason: z.string().trim().max(500).nullable().optional(),
        }),
        response: { 201: mergeView },
      },
    },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'duplicates.review');
      const merge = await mergeClients(ctx, auth.actor, req.body, requestMeta(req));
      reply.code(201);
      return merge;
    },
  );

  app.post(
    '/api/admin/merges/:id/undo',
    { schema: { tags, params: idParams, response: { 200: mergeView } } },
    async (req) => {
      const auth = await guard(ctx, req, 'duplicates.review');
      return undoMerge(ctx, auth.actor, req.params.id, requestMeta(req));
    },
  );
}
