import type { Actor, BusinessCalendar, OrgSettingsView, UpdateOrgSettingsBody } from '@careloop/core';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { notFound, preconditionRequired, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { organizations } from './organizations.schema.js';

type OrgRow = typeof organizations.$inferSelect;

function toView(o: OrgRow): OrgSettingsView {
  return {
    id: o.id,
    name: o.name,
    timeZone: o.timeZone,
    holidays: [...o.holidays].sort(),
    crisisLineName: o.crisisLineName,
    crisisLinePhone: o.crisisLinePhone,
    publicIntakeEnabled: o.publicIntakeEnabled,
    noteFormat: o.noteFormat,
    mfaRequiredRoles: o.mfaRequiredRoles,
    version: o.version,
  };
}

export async function loadOrganization(db: DbOrTx, organizationId: string): Promise<OrgRow> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, organizationId));
  if (!row) throw notFound('Organization');
  return row;
}

/** The business calendar intake timeliness is counted in. */
export async function businessCalendar(db: DbOrTx, organizationId: string): Promise<BusinessCalendar> {
  const org = await loadOrganization(db, organizationId);
  return { timeZone: org.timeZone, holidays: org.holidays };
}

export async function getOrgSettings(ctx: AppContext, actor: Actor): Promise<OrgSettingsView> {
  return toView(await loadOrganization(ctx.database.db, actor.organizationId));
}

export async function updateOrgSettings(
  ctx: AppContext,
  actor: Actor,
  body: UpdateOrgSettingsBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<OrgSettingsView> {
  if (expected === undefined) throw preconditionRequired();
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.select().from(organizations).where(eq(organizations.id, actor.organizationId)).for('update');
    if (!row) throw notFound('Organization');
    if (row.version !== expected) throw versionConflict(toView(row));
    const { version: _v, ...changes } = body;
    const [updated] = await tx
      .update(organizations)
      .set({ ...changes, version: row.version + 1 })
      .where(eq(organizations.id, row.id))
      .returning();
    if (!updated) throw notFound('Organization');
    await recordAudit(
      tx,
      actor,
      {
        action: 'organization.settings_update',
        entityType: 'organization',
        entityId: row.id,
        details: { fields: Object.keys(changes) },
      },
      meta,
    );
    return toView(updated);
  });
}
