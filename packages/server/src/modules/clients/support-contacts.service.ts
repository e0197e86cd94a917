import type { Actor, SupportContactBody, SupportContactView } from '@careloop/core';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { Tx } from '../../db/database.js';
import { notFound, preconditionRequired, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { loadClientRow } from './clients.service.js';
import { supportContacts } from './clients.schema.js';

type Row = typeof supportContacts.$inferSelect;

const view = (r: Row): SupportContactView => ({
  id: r.id,
  clientId: r.clientId,
  name: r.name,
  relationship: r.relationship,
  phone: r.phone,
  email: r.email,
  address: r.address,
  roles: r.roles,
  involvementAgreed: r.involvementAgreed,
  notes: r.notes,
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
});

const columns = (b: SupportContactBody) => ({
  name: b.name,
  relationship: b.relationship,
  phone: b.phone ?? null,
  email: b.email ?? null,
  address: b.address ?? null,
  roles: [...new Set(b.roles)],
  involvementAgreed: b.involvementAgreed,
  notes: b.notes ?? null,
});

const auditTarget = (action: string, clientId: string, contactId: string) => ({
  action,
  entityType: 'support_contact',
  entityId: contactId,
  clientId,
});

export async function listSupportContacts(ctx: AppContext, actor: Actor, clientId: string, meta: RequestMeta) {
  return ctx.database.db.transaction(async (tx) => {
    await loadClientRow(tx, actor, clientId);
    const rows = await tx
      .select()
      .from(supportContacts)
      .where(and(eq(supportContacts.clientId, clientId), isNull(supportContacts.deletedAt)))
      .orderBy(asc(supportContacts.name));
    await recordAudit(
      tx,
      actor,
      { ...auditTarget('support_contact.list', clientId, clientId), entityType: 'client' },
      meta,
    );
    return rows.map(view);
  });
}

export async function addSupportContact(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  body: SupportContactBody,
  meta: RequestMeta,
): Promise<SupportContactView> {
  return ctx.database.db.transaction(async (tx) => {
    await loadClientRow(tx, actor, clientId);
    const [row] = await tx
      .insert(supportContacts)
      .values({
        ...columns(body),
        organizationId: actor.organizationId,
        clientId,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returning();
    await recordAudit(tx, actor, auditTarget('support_contact.create', clientId, row!.id), meta);
    return view(row!);
  });
}

async function loadContact(tx: Tx, actor: Actor, clientId: string, contactId: string) {
  await loadClientRow(tx, actor, clientId);
  const [row] = await tx
    .select()
    .from(supportContacts)
    .where(
      and(
        eq(supportContacts.id, contactId),
        eq(supportContacts.clientId, clientId),
        eq(supportContacts.organizationId, actor.organizationId),
        isNull(supportContacts.deletedAt),
      ),
    )
    .for('update');
  if (!row) throw notFound('Contact');
  return row;
}

export async function updateSupportContact(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  contactId: string,
  body: SupportContactBody,
  version: number | undefined,
  meta: RequestMeta,
): Promise<SupportContactView> {
  if (version === undefined) throw preconditionRequired();
  return ctx.database.db.transaction(async (tx) => {
    const current = await loadContact(tx, actor, clientId, contactId);
    if (current.version !== version) throw versionConflict(view(current));
    const [row] = await tx
      .update(supportContacts)
      .set({ ...columns(body), updatedAt: ctx.now(), version: current.version + 1 })
      .where(eq(supportContacts.id, contactId))
      .returning();
    await recordAudit(tx, actor, auditTarget('support_contact.update', clientId, contactId), meta);
    return view(row!);
  });
}

/** Removal keeps the row (soft delete) so the record of who was involved is not lost. */
export async function removeSupportContact(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  contactId: string,
  version: number | undefined,
  meta: RequestMeta,
): Promise<void> {
  if (version === undefined) throw preconditionRequired();
  await ctx.database.db.transaction(async (tx) => {
    const current = await loadContact(tx, actor, clientId, contactId);
    if (current.version !== version) throw versionConflict(view(current));
    await tx
      .update(supportContacts)
      .set({ deletedAt: ctx.now(), updatedAt: ctx.now(), version: current.version + 1 })
      .where(eq(supportContacts.id, contactId));
    await recordAudit(tx, actor, auditTarget('support_contact.remove', clientId, contactId), meta);
  });
}
