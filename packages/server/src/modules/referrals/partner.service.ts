import { partnerNextStatuses, type PartnerPacketView, type PartnerStatusChange } from '@careloop/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { recordAudit, systemActor, type RequestMeta } from '../audit/audit.writer.js';
import { clients } from '../clients/clients.schema.js';
import { directoryServices } from '../directory/directory.schema.js';
import { notify } from '../notifications/notify.js';
import { organizations } from '../organizations/organizations.schema.js';
import { users } from '../users/users.schema.js';
import { applyStatusChange, lockReferral } from './referral-change.js';
import { hashPartnerToken } from './partner-token.js';
import { referralEvents, referralLinks, referrals } from './referrals.schema.js';

type LinkRow = typeof referralLinks.$inferSelect;

/** Unknown, revoked and expired links answer alike: nothing says which, nothing of the client. */
const linkNotFound = () => notFound('Referral link');

/**
 * The working link for a token, or a 404. A revoked or expired link's use is audited (denied)
 * on its own, since the refusal commits nothing else.
 */
async function liveLink(ctx: AppContext, tx: DbOrTx, token: string, meta: RequestMeta): Promise<LinkRow> {
  const now = ctx.now();
  const [link] = await tx
    .select()
    .from(referralLinks)
    .where(eq(referralLinks.tokenHash, hashPartnerToken(token)));
  if (!link) throw linkNotFound();
  if (link.revokedAt || link.expiresAt.getTime() <= now.getTime()) {
    await recordAudit(
      ctx.database.db,
      systemActor(link.organizationId),
      {
        action: 'referral.partner_denied',
        outcome: 'denied',
        entityType: 'referral',
        entityId: link.referralId,
        details: { linkId: link.id, source: 'partner_link', why: link.revokedAt ? 'revoked' : 'expired' },
      },
      meta,
    );
    throw linkNotFound();
  }
  return link;
}

/** The packet: minimum necessary (CLINICAL.md §11.3), never other chart data. */
async function packet(tx: DbOrTx, link: LinkRow): Promise<{ view: PartnerPacketView; clientId: string }> {
  const [row] = await tx
    .select({
      r: referrals,
      firstName: clients.firstName,
      preferredName: clients.preferredName,
      lastName: clients.lastName,
      preferredLanguage: clients.preferredLanguage,
      referrerName: users.name,
      referrerEmail: users.email,
      organizationName: organizations.name,
      serviceName: directoryServices.name,
    })
    .from(referrals)
    .innerJoin(clients, eq(clients.id, referrals.clientId))
    .innerJoin(organizations, eq(organizations.id, referrals.organizationId))
    .leftJoin(users, eq(users.id, referrals.createdById))
    .leftJoin(directoryServices, eq(directoryServices.id, referrals.serviceId))
    .where(and(eq(referrals.id, link.referralId), eq(referrals.organizationId, link.organizationId)));
  if (!row) throw linkNotFound();
  const events = await tx
    .select({
      status: referralEvents.status,
      reason: referralEvents.reason,
      at: referralEvents.at,
      source: referralEvents.source,
      onBehalfOfProvider: referralEvents.onBehalfOfProvider,
    })
    .from(referralEvents)
    .where(eq(referralEvents.referralId, link.referralId))
    .orderBy(asc(referralEvents.seq));
  const r = row.r;
  const view: PartnerPacketView = {
    status: r.status,
    category: r.category,
    reason: r.reason,
    needs: r.needs,
    serviceName: row.serviceName,
    providerName: r.providerName,
    client: {
      name: `${row.preferredName ?? row.firstName} ${row.lastName}`,
      preferredLanguage: row.preferredLanguage,
    },
    contactPreferences: r.contactPreferences,
    referredBy: {
      name: row.referrerName,
      organizationName: row.organizationName,
      phone: null,
      email: row.referrerEmail,
    },
    sentAt: r.sentAt?.toISOString() ?? null,
    appointmentDate: r.appointmentDate,
    serviceProvided: r.serviceProvided,
    nextStatuses: partnerNextStatuses(r.status),
    history: events.map((e) => ({ ...e, at: e.at.toISOString() })),
    linkExpiresAt: link.expiresAt.toISOString(),
  };
  return { view, clientId: r.clientId };
}

async function touch(tx: DbOrTx, linkId: string, now: Date) {
  await tx.update(referralLinks).set({ lastUsedAt: now }).where(eq(referralLinks.id, linkId));
}

/** The provider opens its link (audited: system actor, the link, source partner_link). */
export async function partnerPacket(ctx: AppContext, token: string, meta: RequestMeta): Promise<PartnerPacketView> {
  return ctx.database.db.transaction(async (tx) => {
    const link = await liveLink(ctx, tx, token, meta);
    const { view, clientId } = await packet(tx, link);
    await touch(tx, link.id, ctx.now());
    await recordAudit(
      tx,
      systemActor(link.organizationId),
      {
        action: 'referral.partner_view',
        entityType: 'referral',
        entityId: link.referralId,
        clientId,
        details: { linkId: link.id, source: 'partner_link' },
      },
      meta,
    );
    return view;
  });
}

/** Who hears of a provider's answer: the referring staff member and the client's primary case manager(s). */
async function answerRecipients(tx: DbOrTx, referralId: string): Promise<string[]> {
  const res = await tx.execute<{ user_id: string }>(sql`
    select u.id as user_id from referrals r join users u on u.id = r.created_by_id and u.active
    where r.id = ${referralId}
    union
    select m.user_id from referrals r
    join care_team_members m on m.client_id = r.client_id and m.role = 'primary_case_manager' and m.ended_at is null
    join episodes e on e.id = m.episode_id and e.stage <> 'closed'
    join users u on u.id = m.user_id and u.active
    where r.id = ${referralId}
    order by 1`);
  return res.rows.map((r) => r.user_id);
}

/** The provider answers through its link: the same model and reason rule; the care team is told. */
export async function partnerSetStatus(
  ctx: AppContext,
  token: string,
  body: PartnerStatusChange,
  meta: RequestMeta,
): Promise<PartnerPacketView> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const link = await liveLink(ctx, tx, token, meta);
    const row = await lockReferral(tx, link.organizationId, link.referralId);
    if (!row) throw linkNotFound();
    const applied = await applyStatusChange(tx, row, body, { source: 'partner_link', linkId: link.id }, now);
    await touch(tx, link.id, now);
    await recordAudit(
      tx,
      systemActor(link.organizationId),
      {
        action: 'referral.status',
        entityType: 'referral',
        entityId: row.id,
        clientId: row.clientId,
        details: { ...applied, source: 'partner_link', linkId: link.id },
      },
      meta,
    );
    // Ids and codes only: the reader's page names the client if the policy lets them see it.
    const recipients = await answerRecipients(tx, row.id);
    await notify(
      tx,
      recipients.map((userId) => ({
        organizationId: row.organizationId,
        userId,
        kind: 'referral_answer' as const,
        clientId: row.clientId,
        entityType: 'referral' as const,
        entityId: row.id,
        params: { status: applied.to },
        dedupeKey: `referral_answer:${applied.eventId}`,
        createdAt: now,
      })),
    );
    return (await packet(tx, link)).view;
  });
}
