import {
  referralCheckInOutcome,
  referralDuplicates,
  type Actor,
  type CreateReferralInput,
  type ReferralCheckIn,
  type ReferralStatusChange,
  type ReferralView,
} from '@careloop/core';
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, notFound, validationFailed, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { findPlanGoal } from '../careplans/plan-goal-lookup.js';
import { findDirectoryService } from '../directory/service-lookup.js';
import { episodes } from '../episodes/episodes.schema.js';
import {
  applyStatusChange,
  invalidTransition,
  lockReferral,
  recordReferralEvent,
  revokeLinks,
} from './referral-change.js';
import { clientReferralKeys } from './referral-duplicates.service.js';
import { settingsOf } from './referral-settings.service.js';
import { closeCheckInTasks } from './referral-tasks.js';
import { referralView } from './referral-view.js';
import { newPartnerToken, partnerLinkPath } from './partner-token.js';
import { referralLinks, referrals } from './referrals.schema.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The episode a referral belongs to: the one named (of this client), else the client's open one. */
async function episodeFor(tx: DbOrTx, clientId: string, named: string | undefined): Promise<string | null> {
  const rows = await tx
    .select({ id: episodes.id })
    .from(episodes)
    .where(and(eq(episodes.clientId, clientId), named ? eq(episodes.id, named) : ne(episodes.stage, 'closed')))
    .orderBy(desc(episodes.openedAt))
    .limit(1);
  if (named && !rows[0]) throw validationFailed([{ path: 'episodeId', message: 'Not an episode of this client.' }]);
  return rows[0]?.id ?? null;
}

/** A new link for the provider (the old ones end); returns the path with the token, shown once. */
async function issueLink(tx: DbOrTx, referralId: string, organizationId: string, userId: string, now: Date) {
  await revokeLinks(tx, referralId, now);
  const { partnerLinkDays } = await settingsOf(tx, organizationId);
  const { token, hash } = newPartnerToken();
  const [link] = await tx
    .insert(referralLinks)
    .values({
      organizationId,
      referralId,
      tokenHash: hash,
      expiresAt: new Date(now.getTime() + partnerLinkDays * DAY_MS),
      createdById: userId,
      createdAt: now,
    })
    .returning({ id: referralLinks.id });
  if (!link) throw new Error('link insert returned nothing');
  return { linkId: link.id, partnerLink: partnerLinkPath(token) };
}

/**
 * A referral out, as a draft or sent at once, with the duplicate warnings (the client's open
 * referrals in the same category or to the same provider). The goal must be in the client's
 * current plan. Bad input writes nothing.
 */
export async function createReferral(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  body: CreateReferralInput,
  meta: RequestMeta,
): Promise<ReferralView & { warnings: ReturnType<typeof referralDuplicates>; partnerLink?: string }> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const org = actor.organizationId;
    const service = body.serviceId ? await findDirectoryService(tx, org, body.serviceId) : null;
    if (body.serviceId && !service) {
      throw validationFailed([{ path: 'serviceId', message: 'Choose a service from the directory.' }]);
    }
    const goal = body.goalId ? await findPlanGoal(tx, org, clientId, body.goalId, body.interventionId ?? null) : null;
    if (body.goalId && goal === null) {
      throw validationFailed([{ path: 'goalId', message: "Not a goal of the client's current plan." }]);
    }
    if (goal === 'no_intervention') {
      throw validationFailed([{ path: 'interventionId', message: 'Not an intervention of this goal.' }]);
    }
    const episodeId = await episodeFor(tx, clientId, body.episodeId);
    const providerName = service?.providerName ?? body.provider?.name ?? '';
    const warnings = referralDuplicates(
      { category: body.category, serviceId: service?.id, directoryProviderId: service?.providerId, providerName },
      await clientReferralKeys(tx, org, clientId),
    );
    const [row] = await tx
      .insert(referrals)
      .values({
        organizationId: org,
        clientId,
        episodeId,
        status: 'draft',
        category: body.category,
        reason: body.reason,
        needs: body.needs,
        serviceId: service?.id ?? null,
        provider: service ? null : (body.provider ?? null),
        providerName,
        carePlanId: goal?.carePlanId ?? null,
        goalId: body.goalId ?? null,
        interventionId: body.interventionId ?? null,
        contactPreferences: body.contactPreferences ?? null,
        statusChangedAt: now,
        createdById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('referral insert returned nothing');
    const by = { source: 'staff' as const, userId: actor.userId };
    await recordReferralEvent(tx, row, 'draft', null, by, false, now);
    let partnerLink: string | undefined;
    if (body.send) {
      await applyStatusChange(tx, row, { status: 'requested' }, by, now);
      partnerLink = (await issueLink(tx, row.id, org, actor.userId, now)).partnerLink;
    }
    await recordAudit(
      tx,
      actor,
      {
        action: 'referral.create',
        entityType: 'referral',
        entityId: row.id,
        clientId,
        details: {
          category: body.category,
          serviceId: service?.id ?? null,
          goalId: body.goalId ?? null,
          sent: body.send === true,
          duplicateWarnings: warnings.map((w) => w.referralId),
        },
      },
      meta,
    );
    const view = await referralView(tx, org, row.id, now);
    return { ...view, warnings, ...(partnerLink && { partnerLink }) };
  });
}

/** A status change by care-team staff (a provider's status they record is marked on its behalf). */
export async function changeReferralStatus(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: ReferralStatusChange,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<ReferralView> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const row = await lockReferral(tx, actor.organizationId, id);
    if (!row) throw notFound('Referral');
    if (expected !== undefined && expected !== row.version) {
      throw versionConflict(await referralView(tx, actor.organizationId, id, now));
    }
    const by = { source: 'staff' as const, userId: actor.userId, onBehalfOfProvider: body.onBehalfOfProvider };
    const applied = await applyStatusChange(tx, row, body, by, now);
    await recordAudit(
      tx,
      actor,
      {
        action: 'referral.status',
        entityType: 'referral',
        entityId: id,
        clientId: row.clientId,
        details: { ...applied, source: 'staff' },
      },
      meta,
    );
    return referralView(tx, actor.organizationId, id, now);
  });
}

/**
 * Send: a draft becomes `requested`; a link is issued (any earlier one ends). Sending again
 * re-issues the link of an open referral; a closed one cannot be sent.
 */
export async function sendReferral(
  ctx: AppContext,
  actor: Actor,
  id: string,
  meta: RequestMeta,
): Promise<ReferralView & { partnerLink: string }> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const row = await lockReferral(tx, actor.organizationId, id);
    if (!row) throw notFound('Referral');
    const by = { source: 'staff' as const, userId: actor.userId };
    if (row.status === 'draft') await applyStatusChange(tx, row, { status: 'requested' }, by, now);
    else if (!['requested', 'accepted', 'in-progress', 'on-hold'].includes(row.status)) {
      throw invalidTransition(row.status, 'requested');
    }
    const { linkId, partnerLink } = await issueLink(tx, id, actor.organizationId, actor.userId, now);
    await recordAudit(
      tx,
      actor,
      {
        action: 'referral.send',
        entityType: 'referral',
        entityId: id,
        clientId: row.clientId,
        details: { from: row.status, linkId },
      },
      meta,
    );
    return { ...(await referralView(tx, actor.organizationId, id, now)), partnerLink };
  });
}

/** End the provider's link at once (a new one is issued by sending again). */
export async function revokeReferralLink(
  ctx: AppContext,
  actor: Actor,
  id: string,
  meta: RequestMeta,
): Promise<ReferralView> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const row = await lockReferral(tx, actor.organizationId, id);
    if (!row) throw notFound('Referral');
    const revoked = await revokeLinks(tx, id, now);
    await recordAudit(
      tx,
      actor,
      {
        action: 'referral.revoke_link',
        entityType: 'referral',
        entityId: id,
        clientId: row.clientId,
        details: { revoked },
      },
      meta,
    );
    return referralView(tx, actor.organizationId, id, now);
  });
}

/** The client's word after the first appointment: the outcome goes back to the goal, the check-in task closes. */
export async function checkInReferral(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: ReferralCheckIn,
  meta: RequestMeta,
): Promise<ReferralView> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const row = await lockReferral(tx, actor.organizationId, id);
    if (!row) throw notFound('Referral');
    if (!['accepted', 'in-progress', 'on-hold', 'completed'].includes(row.status)) {
      throw new AppError(409, 'conflict', 'Check in once the provider has accepted the referral.', {
        status: row.status,
      });
    }
    const outcome = referralCheckInOutcome(body.answer, row.appointmentDate, body.attendedOn);
    await tx
      .update(referrals)
      .set({
        checkedInAt: now,
        checkInAnswer: body.answer,
        outcome,
        updatedAt: now,
        version: sql`${referrals.version} + 1`,
      })
      .where(eq(referrals.id, id));
    const closed = await closeCheckInTasks(tx, id, outcome, now);
    await recordAudit(
      tx,
      actor,
      {
        action: 'referral.check_in',
        entityType: 'referral',
        entityId: id,
        clientId: row.clientId,
        details: { answer: body.answer, tasksClosed: closed },
      },
      meta,
    );
    return referralView(tx, actor.organizationId, id, now);
  });
}
