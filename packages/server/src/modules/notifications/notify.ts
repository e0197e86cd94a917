import type { NotificationKind, NotificationEntityType, NotificationParams } from '@careloop/core';
import type { DbOrTx } from '../../db/database.js';
import { notifications } from './notifications.schema.js';

const INSERT_BATCH = 500;

/** One notification to send; ids and codes only (the reader's page resolves names with its access check). */
export interface Notice {
  organizationId: string;
  userId: string;
  kind: NotificationKind;
  clientId?: string | null;
  entityType: NotificationEntityType;
  entityId: string;
  params?: NotificationParams;
  dedupeKey: string;
  createdAt: Date;
}

/**
 * The notification service other modules call with their own transaction, so a notice is sent
 * exactly when the event that caused it commits. A (user, dedupe key) that exists is skipped:
 * the sweep and an immediate send never say the same thing twice.
 */
export async function notify(db: DbOrTx, notices: readonly Notice[]): Promise<number> {
  let created = 0;
  for (let i = 0; i < notices.length; i += INSERT_BATCH) {
    const rows = notices.slice(i, i + INSERT_BATCH).map((n) => ({
      organizationId: n.organizationId,
      userId: n.userId,
      kind: n.kind,
      clientId: n.clientId ?? null,
      entityType: n.entityType,
      entityId: n.entityId,
      params: n.params ?? {},
      dedupeKey: n.dedupeKey,
      createdAt: n.createdAt,
    }));
    const inserted = await db
      .insert(notifications)
      .values(rows)
      .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
      .returning({ id: notifications.id });
    created += inserted.length;
  }
  return created;
}
