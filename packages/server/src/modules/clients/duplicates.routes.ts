import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { requestMeta } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { compareForReview } from './compare.service.js';
import { dismissPair, listDuplicateQueue } from './duplicate-queue.service.js';
import { listMerges, mergeClients, undoMerge } from './merge.service.js';

/** Admin duplicate review: the queue, side-by-side comparison, merge and undo. */
export function duplicatesRoutes(app: App, ctx: AppContext): void {
  const tags = ['duplicates'];
  const api = endpoints.clients;

  route(app, api.duplicateQueue, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'duplicates.review');
    return { items: await listDuplicateQueue(ctx, auth.actor, requestMeta(req)) };
  });

  route(app, api.compare, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'duplicates.review');
    return compareForReview(ctx, auth.actor, req.query.a, req.query.b, requestMeta(req));
  });

  route(app, api.dismissDuplicate, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'duplicates.review');
    await dismissPair(ctx, auth.actor, req.params.id, req.body.version, requestMeta(req));
    return { ok: true as const };
  });

  route(app, api.merges, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'duplicates.review');
    return { items: await listMerges(ctx, auth.actor, requestMeta(req)) };
  });

  route(app, api.merge, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'duplicates.review');
    const merge = await mergeClients(ctx, auth.actor, req.body, requestMeta(req));
    reply.code(201);
    return merge;
  });

  route(app, api.undoMerge, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'duplicates.review');
    return undoMerge(ctx, auth.actor, req.params.id, requestMeta(req));
  });
}
