import { notificationParams, type Actor, type NotificationListResponse, type NotificationView } from '@careloop/core';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { notifications } from './notifications.schema.js';

type Row = typeof notifications.$inferSelect;

function toView(n: Row): NotificationView {
  const params = notificationParams.safeParse(n.params);
  return {
    id: n.id,
    kind: n.kind as NotificationView['kind'],
    clientId: n.clientId,
    entityType: n.entityType as NotificationView['entityType'],
    entityId: n.entityId,
    params: params.success ? params.data : {},
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}

const mine = (actor: Actor) =>
  and(eq(notifications.userId, actor.userId), eq(notifications.organizationId, actor.organizationId));

/** My notifications, newest first, and how many are unread. */
export async function listNotifications(
  db: DbOrTx,
  actor: Actor,
  query: { unread: boolean; limit: number },
): Promise<NotificationListResponse> {
  const rows =
    query.limit === 0
      ? []
      : await db
          .select()
          .from(notifications)
          .where(query.unread ? and(mine(actor), isNull(notifications.readAt)) : mine(actor))
          .orderBy(desc(notifications.createdAt), desc(notifications.id))
          .limit(query.limit);
  const [unread] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(mine(actor), isNull(notifications.readAt)));
  return { items: rows.map(toView), unreadCount: unread?.n ?? 0 };
}

/** Marking read is idempotent: the first read time is kept. */
export async function markRead(db: DbOrTx, actor: Actor, id: string, now: Date): Promise<NotificationView> {
  const [updated] = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.id, id), mine(actor), isNull(notifications.readAt)))
    .returning();
  if (updated) return toView(updated);
  const [existing] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), mine(actor)));
  if (!existing) throw notFound('Notification');
  return toView(existing);
}

export async function markAllRead(db: DbOrTx, actor: Actor, now: Date): Promise<{ updated: number }> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(mine(actor), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { updated: rows.length };
}
