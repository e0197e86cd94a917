import {
  authorize,
  notificationParams,
  type Actor,
  type NotificationEntityType,
  type NotificationKind,
  type NotificationListResponse,
  type NotificationView,
} from '@careloop/core';
import { and, count, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { relationshipFlagsSql, relationshipOfRow, type RelationshipColumns } from '../access/client-relationship.js';
import { notifications } from './notifications.schema.js';

interface Row extends Record<string, unknown>, RelationshipColumns {
  id: string;
  kind: NotificationKind;
  client_id: string | null;
  entity_type: NotificationEntityType | null;
  entity_id: string | null;
  params: unknown;
  created_at: Date;
  read_at: Date | null;
  mrn: string | null;
  first_name: string | null;
  last_name: string | null;
  intake_reference: string | null;
  intake_first_name: string | null;
  intake_last_name: string | null;
  intake_urgency: string | null;
}

/**
 * A notification names its client only for a reader who may open the chart (the one policy
 * function decides, from the relationship read in the same query), and its referral only for
 * the intake team or a clinician alerted to an emergent one. Nothing of this is stored.
 */
function toView(actor: Actor, r: Row): NotificationView {
  const params = notificationParams.safeParse(r.params);
  const p = params.success ? params.data : {};
  const mayReadClient =
    r.client_id !== null &&
    r.mrn !== null &&
    authorize(actor, 'client.read', {
      kind: 'client',
      organizationId: actor.organizationId,
      clientId: r.client_id,
      relationship: relationshipOfRow(r),
    }).allowed;
  const mayReadIntake =
    r.intake_reference !== null &&
    (authorize(actor, 'intake.work').allowed || (r.kind === 'new_referral' && p.urgency === 'emergent'));
  return {
    id: r.id,
    kind: r.kind,
    clientId: r.client_id,
    entityType: r.entity_type,
    entityId: r.entity_id,
    params: p,
    client: mayReadClient ? { name: `${r.last_name ?? ''}, ${r.first_name ?? ''}`, mrn: r.mrn ?? '' } : null,
    intake:
      mayReadIntake && r.intake_reference
        ? {
            reference: r.intake_reference,
            name: `${r.intake_last_name ?? ''}, ${r.intake_first_name ?? ''}`,
            urgency: r.intake_urgency ?? 'routine',
          }
        : null,
    createdAt: new Date(r.created_at).toISOString(),
    readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
  };
}

const mine = (actor: Actor) =>
  and(eq(notifications.userId, actor.userId), eq(notifications.organizationId, actor.organizationId));

async function selectViews(db: DbOrTx, actor: Actor, where: SQL, limit: number, now: Date) {
  const res = await db.execute<Row>(sql`
    select n.id, n.kind, n.client_id, n.entity_type, n.entity_id, n.params, n.created_at, n.read_at,
      c.mrn, c.first_name, c.last_name, rel.*,
      i.reference as intake_reference, i.first_name as intake_first_name, i.last_name as intake_last_name,
      i.urgency as intake_urgency
    from notifications n
    left join clients c on c.id = n.client_id
    left join lateral (
      select ${relationshipFlagsSql(actor.userId, sql`coalesce(c.merged_into_id, c.id)`, sql`c.created_by`, now)}
    ) rel on c.id is not null
    left join intakes i on n.entity_type = 'intake' and i.id = n.entity_id
    where n.user_id = ${actor.userId} and n.organization_id = ${actor.organizationId} and ${where}
    order by n.created_at desc, n.id desc
    limit ${limit}`);
  return res.rows.map((r) => toView(actor, r));
}

/**
 * Every read of the list is audited (who looked at their notices, and when); the clients it named
 * go in the audit's client column, the referrals it named by id in the details.
 */
async function auditShown(db: DbOrTx, actor: Actor, items: NotificationView[], meta: RequestMeta): Promise<void> {
  const clients = [...new Set(items.flatMap((i) => (i.client && i.clientId ? [i.clientId] : [])))];
  const intakes = [...new Set(items.flatMap((i) => (i.intake && i.entityId ? [i.entityId] : [])))];
  await recordAudit(
    db,
    actor,
    {
      action: 'notifications.read',
      entityType: 'notification_list',
      clientIds: clients,
      details: { returned: items.length, intakes },
    },
    meta,
  );
}

/** My notifications, newest first, and how many are unread. */
export async function listNotifications(
  db: DbOrTx,
  actor: Actor,
  query: { unread: boolean; limit: number },
  now: Date,
  meta: RequestMeta,
): Promise<NotificationListResponse> {
  return db.transaction(async (tx) => {
    const items =
      query.limit === 0
        ? []
        : await selectViews(tx, actor, query.unread ? sql`n.read_at is null` : sql`true`, query.limit, now);
    const [unread] = await tx
      .select({ n: count() })
      .from(notifications)
      .where(and(mine(actor), isNull(notifications.readAt)));
    // The unread count alone (limit 0) shows nothing of anyone: not a list read.
    if (query.limit > 0) await auditShown(tx, actor, items, meta);
    return { items, unreadCount: unread?.n ?? 0 };
  });
}

/** Marking read is idempotent: the first read time is kept. */
export async function markRead(
  db: DbOrTx,
  actor: Actor,
  id: string,
  now: Date,
  meta: RequestMeta,
): Promise<NotificationView> {
  return db.transaction(async (tx) => {
    await tx
      .update(notifications)
      .set({ readAt: now })
      .where(and(eq(notifications.id, id), mine(actor), isNull(notifications.readAt)));
    const [view] = await selectViews(tx, actor, sql`n.id = ${id}`, 1, now);
    if (!view) throw notFound('Notification');
    await auditShown(tx, actor, [view], meta);
    return view;
  });
}

export async function markAllRead(db: DbOrTx, actor: Actor, now: Date): Promise<{ updated: number }> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(mine(actor), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { updated: rows.length };
}
