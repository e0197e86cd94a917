import { idParams, notificationListQuery, notificationListResponse, notificationView } from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requestMeta, requireAuth } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { listNotifications, markAllRead, markRead } from './notifications.service.js';

/**
 * The signed-in person's own notifications. They store ids and codes only; each row belongs to its
 * user, so the check is the session plus the user id in every query. The client's name and MRN
 * are added at read time where the access policy allows it (and that read is audited); the page
 * opens the client, task or note through its own route, where the access policy applies again.
 */
export function notificationsRoutes(app: App, ctx: AppContext): void {
  const tags = ['notifications'];

  app.get(
    '/api/notifications',
    { schema: { tags, querystring: notificationListQuery, response: { 200: notificationListResponse } } },
    async (req) => listNotifications(ctx.database.db, requireAuth(req).actor, req.query, ctx.now(), requestMeta(req)),
  );

  app.post(
    '/api/notifications/read-all',
    { schema: { tags, response: { 200: z.object({ updated: z.number().int() }) } } },
    async (req) => markAllRead(ctx.database.db, requireAuth(req).actor, ctx.now()),
  );

  app.post(
    '/api/notifications/:id/read',
    { schema: { tags, params: idParams, response: { 200: notificationView } } },
    async (req) => markRead(ctx.database.db, requireAuth(req).actor, req.params.id, ctx.now(), requestMeta(req)),
  );
}
