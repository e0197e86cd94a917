import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { requestMeta, requireAuth } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
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
  const api = endpoints.notifications;

  route(app, api.list, { tags }, async (req) =>
    listNotifications(ctx.database.db, requireAuth(req).actor, req.query, ctx.now(), requestMeta(req)),
  );

  route(app, api.readAll, { tags }, async (req) => markAllRead(ctx.database.db, requireAuth(req).actor, ctx.now()));

  route(app, api.read, { tags }, async (req) =>
    markRead(ctx.database.db, requireAuth(req).actor, req.params.id, ctx.now(), requestMeta(req)),
  );
}
