import {
  DEFAULT_REFERRAL_SETTINGS,
  type Actor,
  type ReferralSettings,
  type ReferralSettingsBody,
} from '@careloop/core';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { organizations } from '../organizations/organizations.schema.js';
import { referralSettings } from './referrals.schema.js';

export type SettingsView = ReferralSettings & { version: number };

/** The agency's limits (defaults until an admin or supervisor saves them). */
export async function settingsOf(db: DbOrTx, organizationId: string): Promise<SettingsView> {
  const [row] = await db.select().from(referralSettings).where(eq(referralSettings.organizationId, organizationId));
  if (!row) return { ...DEFAULT_REFERRAL_SETTINGS, version: 0 };
  return {
    requestedFollowUpDays: row.requestedFollowUpDays,
    acceptedFollowUpDays: row.acceptedFollowUpDays,
    checkInAfterDays: row.checkInAfterDays,
    partnerLinkDays: row.partnerLinkDays,
    version: row.version,
  };
}

/** The limits and the agency's time zone: what the monitoring rules need. */
export async function monitoringFacts(db: DbOrTx, organizationId: string) {
  const settings = await settingsOf(db, organizationId);
  const [org] = await db
    .select({ timeZone: organizations.timeZone })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return { settings, timeZone: org?.timeZone ?? 'UTC' };
}
export type MonitoringFacts = Awaited<ReturnType<typeof monitoringFacts>>;

/** Save the limits; `version` (0 before the first save) guards against a lost update. */
export async function saveSettings(
  ctx: AppContext,
  actor: Actor,
  body: ReferralSettingsBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<SettingsView> {
  return ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`referral_settings:${actor.organizationId}`}))`);
    const current = await settingsOf(tx, actor.organizationId);
    if (expected !== undefined && expected !== current.version) throw versionConflict(current);
    const now = ctx.now();
    const values = {
      requestedFollowUpDays: body.requestedFollowUpDays,
      acceptedFollowUpDays: body.acceptedFollowUpDays,
      checkInAfterDays: body.checkInAfterDays,
      partnerLinkDays: body.partnerLinkDays,
      updatedById: actor.userId,
      updatedAt: now,
    };
    await tx
      .insert(referralSettings)
      .values({ organizationId: actor.organizationId, ...values, version: 1 })
      .onConflictDoUpdate({
        target: referralSettings.organizationId,
        set: { ...values, version: sql`${referralSettings.version} + 1` },
      });
    await recordAudit(
      tx,
      actor,
      {
        action: 'referral_settings.update',
        entityType: 'referral_settings',
        entityId: actor.organizationId,
        details: { ...values, updatedAt: undefined, updatedById: undefined },
      },
      meta,
    );
    return settingsOf(tx, actor.organizationId);
  });
}
