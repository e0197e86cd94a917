import { DEFAULT_CRISIS_SETTINGS, type Actor, type CrisisSettingsBody, type CrisisSettingsView } from '@careloop/core';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { crisisSettings } from './crisis.schema.js';

/** The agency's crisis settings (the default until an admin or supervisor saves them; version 0). */
export async function crisisSettingsOf(db: DbOrTx, organizationId: string): Promise<CrisisSettingsView> {
  const [row] = await db.select().from(crisisSettings).where(eq(crisisSettings.organizationId, organizationId));
  if (!row) return { ...DEFAULT_CRISIS_SETTINGS, version: 0 };
  return { followUpHours: row.followUpHours, version: row.version };
}

/** Save the settings; `version` (0 before the first save) guards against a lost update. */
export async function saveCrisisSettings(
  ctx: AppContext,
  actor: Actor,
  body: CrisisSettingsBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<CrisisSettingsView> {
  return ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`crisis_settings:${actor.organizationId}`}))`);
    const current = await crisisSettingsOf(tx, actor.organizationId);
    if (expected !== undefined && expected !== current.version) throw versionConflict(current);
    const values = { followUpHours: body.followUpHours, updatedById: actor.userId, updatedAt: ctx.now() };
    await tx
      .insert(crisisSettings)
      .values({ organizationId: actor.organizationId, ...values, version: 1 })
      .onConflictDoUpdate({
        target: crisisSettings.organizationId,
        set: { ...values, version: sql`${crisisSettings.version} + 1` },
      });
    await recordAudit(
      tx,
      actor,
      {
        action: 'crisis_settings.update',
        entityType: 'crisis_settings',
        entityId: actor.organizationId,
        details: { followUpHours: body.followUpHours },
      },
      meta,
    );
    return crisisSettingsOf(tx, actor.organizationId);
  });
}
