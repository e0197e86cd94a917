import { referralCheckInDue, referralFollowUpDue, type ReferralStatus, type ReferralView } from '@careloop/core';
import { and, asc, desc, eq, gt, inArray, isNull, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { directoryServices } from '../directory/directory.schema.js';
import { users } from '../users/users.schema.js';
import { monitoringFacts, type MonitoringFacts } from './referral-settings.service.js';
import { referralEvents, referralLinks, referrals } from './referrals.schema.js';

export type ReferralRow = typeof referrals.$inferSelect;

/** Past the agency's follow-up limit in requested/accepted, or the client check-in is due. */
export function followUpDue(
  r: Pick<ReferralRow, 'status' | 'statusChangedAt' | 'appointmentDate' | 'checkedInAt'>,
  facts: MonitoringFacts,
  now: Date,
): boolean {
  return (
    referralFollowUpDue(r.status, r.statusChangedAt, now, facts.settings) ||
    referralCheckInDue(
      { status: r.status, appointmentDate: r.appointmentDate, checkedIn: r.checkedInAt !== null },
      now,
      facts.settings,
      facts.timeZone,
    )
  );
}

type EventRow = {
  referralId: string;
  status: ReferralStatus;
  reason: string | null;
  at: Date;
  source: 'staff' | 'partner_link';
  byName: string | null;
  onBehalfOfProvider: boolean;
};

/** Referral views (history, active link, names) for the rows `where` selects, newest first. */
export async function referralViews(
  db: DbOrTx,
  organizationId: string,
  where: SQL | undefined,
  now: Date,
): Promise<ReferralView[]> {
  const rows = await db
    .select({ r: referrals, serviceName: directoryServices.name, createdByName: users.name })
    .from(referrals)
    .leftJoin(directoryServices, eq(directoryServices.id, referrals.serviceId))
    .leftJoin(users, eq(users.id, referrals.createdById))
    .where(and(eq(referrals.organizationId, organizationId), where))
    .orderBy(desc(referrals.createdAt));
  if (rows.length === 0) return [];
  const ids = rows.map((x) => x.r.id);
  const events: EventRow[] = await db
    .select({
      referralId: referralEvents.referralId,
      status: referralEvents.status,
      reason: referralEvents.reason,
      at: referralEvents.at,
      source: referralEvents.source,
      byName: users.name,
      onBehalfOfProvider: referralEvents.onBehalfOfProvider,
    })
    .from(referralEvents)
    .leftJoin(users, eq(users.id, referralEvents.userId))
    .where(inArray(referralEvents.referralId, ids))
    .orderBy(asc(referralEvents.seq));
  const links = await db
    .select({ referralId: referralLinks.referralId, expiresAt: referralLinks.expiresAt })
    .from(referralLinks)
    .where(
      and(inArray(referralLinks.referralId, ids), isNull(referralLinks.revokedAt), gt(referralLinks.expiresAt, now)),
    );
  const facts = await monitoringFacts(db, organizationId);
  return rows.map(({ r, serviceName, createdByName }) => {
    const link = links.filter((l) => l.referralId === r.id).sort((a, b) => +b.expiresAt - +a.expiresAt)[0];
    return {
      id: r.id,
      clientId: r.clientId,
      episodeId: r.episodeId,
      status: r.status,
      category: r.category,
      reason: r.reason,
      needs: r.needs,
      serviceId: r.serviceId,
      serviceName,
      providerName: r.providerName,
      provider: r.provider,
      carePlanId: r.carePlanId,
      goalId: r.goalId,
      interventionId: r.interventionId,
      contactPreferences: r.contactPreferences,
      appointmentDate: r.appointmentDate,
      waitlistPosition: r.waitlistPosition,
      serviceProvided: r.serviceProvided,
      outcome: r.outcome,
      statusReason: r.statusReason,
      statusChangedAt: r.statusChangedAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      createdByName,
      partnerLinkActive: link !== undefined,
      partnerLinkExpiresAt: link?.expiresAt.toISOString() ?? null,
      followUpDue: followUpDue(r, facts, now),
      history: events
        .filter((e) => e.referralId === r.id)
        .map((e) => ({
          status: e.status,
          reason: e.reason,
          at: e.at.toISOString(),
          source: e.source,
          byName: e.byName,
          onBehalfOfProvider: e.onBehalfOfProvider,
        })),
      version: r.version,
    };
  });
}

/** One referral's view (404 outside the organisation). */
export async function referralView(db: DbOrTx, organizationId: string, id: string, now: Date): Promise<ReferralView> {
  const [view] = await referralViews(db, organizationId, eq(referrals.id, id), now);
  if (!view) throw notFound('Referral');
  return view;
}

/** The client a referral is about, for the access check (404 outside the organisation). */
export async function referralClient(db: DbOrTx, organizationId: string, id: string): Promise<string> {
  const [row] = await db
    .select({ clientId: referrals.clientId })
    .from(referrals)
    .where(and(eq(referrals.id, id), eq(referrals.organizationId, organizationId)));
  if (!row) throw notFound('Referral');
  return row.clientId;
}
