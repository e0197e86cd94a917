import type { Actor, ClientView } from '@careloop/core';
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { forbidden } from '../../http/errors.js';
import type { Tx } from '../../db/database.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { clientIdentifiers, supportContacts } from './clients.schema.js';
import { toClientView } from './client-record.js';
import { loadClientRow } from './clients.service.js';
import { isQueuedPair } from './duplicate-queue.service.js';

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

/**
 * Both records side by side for an admin deciding whether they are one person (audited per
 * client). Only a pair the queue holds: an admin has no relationship to clients, so compare is not
 * a way to read any two charts (a refusal is audited, nothing is shown).
 */
export async function compareForReview(ctx: AppContext, actor: Actor, a: string, b: string, meta: RequestMeta) {
  if (!(await isQueuedPair(ctx.database.db, actor.organizationId, a, b))) {
    await recordAudit(
      ctx.database.db,
      actor,
      {
        action: 'access.denied',
        outcome: 'denied',
        clientIds: [a, b],
        details: { attempted: 'duplicates.review', reason: 'not_a_queued_pair' },
      },
      meta,
    );
    throw forbidden('Only pairs in the duplicate queue can be compared.');
  }
  return ctx.database.db.transaction(async (tx) => {
    const result = {
      a: await fullView(tx, actor, a),
      b: await fullView(tx, actor, b),
      supportContacts: { a: await contactCount(tx, a), b: await contactCount(tx, b) },
    };
    for (const clientId of [a, b]) {
      await recordAudit(
        tx,
        actor,
        { action: 'client.read', entityType: 'client', entityId: clientId, clientId, purpose: 'duplicate_review' },
        meta,
      );
    }
    return result;
  });
}
