import {
  DEFAULT_TRANSITION_SETTINGS,
  type Actor,
  type TransitionSettings,
  type TransitionSettingsBody,
} from '@careloop/core';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { versionConflict } from '../../http/errors.js';
import { auditedRead } from '../audit/audited-read.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { transitionSettings } from './transitions.schema.js';

export type TransitionSettingsView = TransitionSettings & { version: number };

/** The agency's post-transition period and check-in interval (defaults until saved). */
export async function transitionSettingsOf(db: DbOrTx, organizationId: string): Promise<TransitionSettingsView> {
  const [row] = await db.select().from(transitionSettings).where(eq(transitionSettings.organizationId, organizationId));
  if (!row) return { ...DEFAULT_TRANSITION_SETTINGS, version: 0 };
  return {
    postTransitionDays: row.postTransitionDays,
    checkInIntervalDays: row.checkInIntervalDays,
    version: row.version,
  };
}

export function readTransitionSettings(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
): Promise<TransitionSettingsView> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => transitionSettingsOf(tx, actor.organizationId),
    () => ({ action: 'transition_settings.read', entityType: 'transition_settings', entityId: actor.organizationId }),
  );
}

/** Save the settings; `version` (0 before the first save) guards against a lost update. */
export function saveTransitionSettings(
  ctx: AppContext,
  actor: Actor,
  body: TransitionSettingsBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<TransitionSettingsView> {
  return ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`transition_settings:${actor.organizationId}`}))`);
    const current = await transitionSettingsOf(tx, actor.organizationId);
    if (expected !== undefined && expected !== current.version) throw versionConflict(current);
    const now = ctx.now();
    const values = {
      postTransitionDays: body.postTransitionDays,
      checkInIntervalDays: body.checkInIntervalDays,
      updatedById: actor.userId,
      updatedAt: now,
    };
    await tx
      .insert(transitionSettings)
      .values({ organizationId: actor.organizationId, ...values, version: 1 })
      .onConflictDoUpdate({
        target: transitionSettings.organizationId,
        set: { ...values, version: sql`${transitionSettings.version} + 1` },
      });
    await recordAudit(
      tx,
      actor,
      {
        action: 'transition_settings.update',
        entityType: 'transition_settings',
        entityId: actor.organizationId,
        details: { postTransitionDays: body.postTransitionDays, checkInIntervalDays: body.checkInIntervalDays },
      },
      meta,
    );
    return transitionSettingsOf(tx, actor.organizationId);
  });
}
