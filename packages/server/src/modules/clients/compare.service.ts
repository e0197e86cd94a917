import type { Actor, ClientView } from '@careloop/core';
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { Tx } from '../../db/database.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { clientIdentifiers, supportContacts } from './clients.schema.js';
import { toClientView } from './client-record.js';
import { loadClientRow } from './clients.service.js';

async function fullView(tx: Tx, actor: Actor, id: string): Promise<ClientView> {
  const row = await loadClientRow(tx, actor, id);
  const ids = await tx
    .select()
    .from(clientIdentifiers)
    .where(eq(clientIdentifiers.clientId, id))
    .orderBy(asc(clientIdentifiers.createdAt));
  return toClientView(row, ids);
}

async function contactCount(tx: Tx, id: string): Promise<number> {
  const [r] = await tx
    .select({ n: count() })
    .from(supportContacts)
    .where(and(eq(supportContacts.clientId, id), isNull(supportContacts.deletedAt)));
  return r?.n ?? 0;
}

/** Both records side by side for an admin deciding whether they are one person (audited per client). */
export async function compareForReview(ctx: AppContext, actor: Actor, a: string, b: string, meta: RequestMeta) {
  return ctx.database.db.transaction(async (tx) => {
    const result = {
      a: await fullView(tx, actor, a),
      b: await fullView(tx, actor, b),
      supportContacts: { a: await contactCount(tx, a), b: await contactCount(tx, b) },
    };
    for (const clientId of [a, b]) {
      await recordAudit(tx, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        actorRoles: actor.roles,
        action: 'client.read',
        outcome: 'success',
        entityType: 'client',
        entityId: clientId,
        clientId,
        purpose: 'duplicate_review',
        meta,
      });
    }
    return result;
  });
}
