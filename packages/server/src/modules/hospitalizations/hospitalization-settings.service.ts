import {
  DEFAULT_HOSPITALIZATION_SETTINGS,
  type Actor,
  type HospitalizationSettings,
  type HospitalizationSettingsBody,
} from '@careloop/core';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { hospitalizationSettings } from './hospitalizations.schema.js';

export type HospitalizationSettingsView = HospitalizationSettings & { version: number };

/** The agency's settings (defaults, version 0, until an admin or supervisor saves them). */
export async function hospitalizationSettingsOf(
  db: DbOrTx,
  organizationId: string,
): Promise<HospitalizationSettingsView> {
  const [row] = await db
    .select()
    .from(hospitalizationSettings)
    .where(eq(hospitalizationSettings.organizationId, organizationId));
  if (!row) return { ...DEFAULT_HOSPITALIZATION_SETTINGS, version: 0 };
  return { dischargeContactHours: row.dischargeContactHours, version: row.version };
}

/** Save the settings; `version` (0 before the first save) guards against a lost update. */
export async function saveHospitalizationSettings(
  ctx: AppContext,
  actor: Actor,
  body: HospitalizationSettingsBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<HospitalizationSettingsView> {
  return ctx.database.db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`hospitalization_settings:${actor.organizationId}`}))`,
    );
    const current = await hospitalizationSettingsOf(tx, actor.organizationId);
    if (expected !== undefined && expected !== current.version) throw versionConflict(current);
    const now = ctx.now();
    const values = { dischargeContactHours: body.dischargeContactHours, updatedById: actor.userId, updatedAt: now };
    await tx
      .insert(hospitalizationSettings)
      .values({ organizationId: actor.organizationId, ...values, version: 1 })
      .onConflictDoUpdate({
        target: hospitalizationSettings.organizationId,
        set: { ...values, version: sql`${hospitalizationSettings.version} + 1` },
      });
    await recordAudit(
      tx,
      actor,
      {
        action: 'hospitalization_settings.update',
        entityType: 'hospitalization_settings',
        entityId: actor.organizationId,
        details: { dischargeContactHours: body.dischargeContactHours },
      },
      meta,
    );
    return hospitalizationSettingsOf(tx, actor.organizationId);
  });
}
