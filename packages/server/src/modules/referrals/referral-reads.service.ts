import {
  referralDuplicates,
  type Actor,
  type DuplicateWarning,
  type ReferralBoardItem,
  type ReferralBoardQuery,
  type ReferralView,
  type ServiceCategory,
} from '@careloop/core';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { validationFailed } from '../../http/errors.js';
import { auditedRead } from '../audit/audited-read.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { findDirectoryService } from '../directory/service-lookup.js';
import { referralBoard } from './referral-board.js';
import { clientReferralKeys } from './referral-duplicates.service.js';
import { settingsOf, type SettingsView } from './referral-settings.service.js';
import { referralView, referralViews } from './referral-view.js';
import { referrals } from './referrals.schema.js';

/** A client's referrals, newest first, with goal ids and outcomes for the plan page (audited). */
export function listClientReferrals(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  meta: RequestMeta,
): Promise<ReferralView[]> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => referralViews(tx, actor.organizationId, eq(referrals.clientId, clientId), ctx.now()),
    (items) => ({ action: 'referral.list', entityType: 'referral', clientId, details: { count: items.length } }),
  );
}

/** One referral (audited). */
export function readReferral(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta): Promise<ReferralView> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => referralView(tx, actor.organizationId, id, ctx.now()),
    (v) => ({ action: 'referral.read', entityType: 'referral', entityId: v.id, clientId: v.clientId }),
  );
}

/** What a new referral would duplicate, before it is made (audited). */
export function checkDuplicates(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  q: { category: ServiceCategory; serviceId?: string; providerName?: string },
  meta: RequestMeta,
): Promise<DuplicateWarning[]> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    async (tx) => {
      const service = q.serviceId ? await findDirectoryService(tx, actor.organizationId, q.serviceId) : null;
      if (q.serviceId && !service) throw validationFailed([{ path: 'serviceId', message: 'Unknown service.' }]);
      const candidate = {
        category: q.category,
        serviceId: service?.id,
        directoryProviderId: service?.providerId,
        providerName: service?.providerName ?? q.providerName,
      };
      return referralDuplicates(candidate, await clientReferralKeys(tx, actor.organizationId, clientId));
    },
    (w) => ({
      action: 'referral.duplicate_check',
      entityType: 'referral',
      clientId,
      details: { warnings: w.map((x) => x.referralId) },
    }),
  );
}

/** The referrals board (audited with the clients it names). */
export function readBoard(
  ctx: AppContext,
  actor: Actor,
  query: ReferralBoardQuery,
  meta: RequestMeta,
): Promise<ReferralBoardItem[]> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => referralBoard(tx, actor, query, ctx.now()),
    (items) => ({
      action: 'referral.board',
      entityType: 'referral',
      clientIds: [...new Set(items.map((i) => i.clientId))],
      details: { scope: query.scope, status: query.status ?? null, count: items.length },
    }),
  );
}

/** The agency's referral limits (audited like any read). */
export function readSettings(ctx: AppContext, actor: Actor, meta: RequestMeta): Promise<SettingsView> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => settingsOf(tx, actor.organizationId),
    () => ({ action: 'referral_settings.read', entityType: 'referral_settings', entityId: actor.organizationId }),
  );
}
