import type { Actor, AuditEventView, AuditPage, AuditQuery } from '@careloop/core';
import { and, desc, eq, gte, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { clients } from '../clients/clients.schema.js';
import { users } from '../users/users.schema.js';
import { auditEvents } from './audit.schema.js';
import { recordAudit, type RequestMeta } from './audit.writer.js';

/**
 * Newest first, keyset-paged by id, always within the actor's organisation. The audited client's
 * MRN and name are joined at read time so a reviewer knows whom a row is about; the audit table
 * itself keeps ids only.
 */
export async function searchAudit(
  ctx: AppContext,
  actor: Actor,
  query: AuditQuery,
  meta: RequestMeta,
): Promise<AuditPage> {
  const where: SQL[] = [eq(auditEvents.organizationId, actor.organizationId)];
  if (query.actorUserId) where.push(eq(auditEvents.actorUserId, query.actorUserId));
  if (query.action) where.push(eq(auditEvents.action, query.action));
  if (query.clientId) {
    // About the client, or a list or search that showed it (the GIN index on client_ids).
    const about = or(
      eq(auditEvents.clientId, query.clientId),
      sql`${auditEvents.clientIds} @> array[${query.clientId}]::uuid[]`,
    );
    if (about) where.push(about);
  }
  if (query.outcome) where.push(eq(auditEvents.outcome, query.outcome));
  if (query.from) where.push(gte(auditEvents.occurredAt, new Date(query.from)));
  if (query.to) where.push(lte(auditEvents.occurredAt, new Date(query.to)));
  if (query.before) where.push(lt(auditEvents.id, query.before));

  return ctx.database.db.transaction(async (tx) => {
    const rows = await tx
      .select({
        e: auditEvents,
        actorName: users.name,
        clientMrn: clients.mrn,
        clientFirstName: clients.firstName,
        clientLastName: clients.lastName,
        clientPreferredName: clients.preferredName,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .leftJoin(
        clients,
        and(eq(clients.id, auditEvents.clientId), eq(clients.organizationId, auditEvents.organizationId)),
      )
      .where(and(...where))
      .orderBy(desc(auditEvents.id))
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    const items: AuditEventView[] = page.map(({ e, actorName, ...c }) => ({
      id: e.id,
      occurredAt: e.occurredAt.toISOString(),
      actorUserId: e.actorUserId,
      actorName,
      actorRoles: e.actorRoles,
      action: e.action,
      outcome: e.outcome,
      entityType: e.entityType,
      entityId: e.entityId,
      clientId: e.clientId,
      client:
        e.clientId && c.clientMrn !== null && c.clientFirstName !== null && c.clientLastName !== null
          ? {
              id: e.clientId,
              mrn: c.clientMrn,
              firstName: c.clientFirstName,
              lastName: c.clientLastName,
              preferredName: c.clientPreferredName,
            }
          : null,
      clientIds: e.clientIds ?? [],
      purpose: e.purpose,
      details: e.details,
      ip: e.ip,
      requestId: e.requestId,
      sealed: e.hash !== null,
    }));
    // Names and MRNs are client data: the search's own row says whose were shown (ids only).
    const clientsShown = [...new Set(items.flatMap((i) => (i.client ? [i.client.id] : [])))];
    await recordAudit(
      tx,
      actor,
      {
        action: 'audit.search',
        entityType: 'audit_events',
        clientIds: clientsShown,
        details: { filters: Object.keys(query).filter((k) => k !== 'limit'), returned: page.length },
      },
      meta,
    );
    const last = page.at(-1);
    return { items, nextBefore: rows.length > query.limit && last ? last.e.id : null };
  });
}
