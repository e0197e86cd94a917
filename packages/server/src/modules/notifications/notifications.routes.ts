import { idParams, notificationListQuery, notificationListResponse, notificationView } from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireAuth } from '../../http/request-auth.js';
import type { App } from '../../http/route-types.js';
import { listNotifications, markAllRead, markRead } from './notifications.service.js';

/**
 * The signed-in person's own notifications. They hold ids and codes only (no client data), and
 * each row belongs to its user, so the check is the session plus the user id in every query; the
 * page opens the client, task or note through its own route, where the access policy applies.
 */
export function notificationsRoutes(app: App, ctx: AppContext): void {
  const tags = ['notifications'];

  app.get(
    '/api/notifications',
    { schema: { tags, querystring: notificationListQuery, response: { 200: notificationListResponse } } },
    async (req) => listNotifications(ctx.database.db, requireAuth(req).actor, req.query),
  );

  app.post(
    '/api/notifications/read-all',
    { schema: { tags, response: { 200: z.object({ updated: z.number().int() }) } } },
    async (req) => markAllRead(ctx.database.db, requireAuth(req).actor, ctx.now()),
  );

  app.post(
    '/api/notifications/:id/read',
    { schema: { tags, params: idParams, response: { 200: notificationView } } },
    async (req) => markRead(ctx.database.db, requireAuth(req).actor, req.params.id, ctx.now()),
  );
}
