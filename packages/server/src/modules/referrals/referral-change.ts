import {
  decideReferralTransition,
  referralStatusOutcome,
  type PartnerStatusChange,
  type ReferralStatus,
} from '@careloop/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { AppError, validationFailed } from '../../http/errors.js';
import { closeAnsweredReferralTasks } from './referral-tasks.js';
import { referralEvents, referralLinks, referrals } from './referrals.schema.js';
import type { ReferralRow } from './referral-view.js';

/** Who makes a change: a staff member, or the provider through one link. */
export type ChangeBy =
  { source: 'staff'; userId: string; onBehalfOfProvider?: boolean } | { source: 'partner_link'; linkId: string };

export interface StatusChange extends PartnerStatusChange {
  status: ReferralStatus;
}

export interface AppliedChange {
  from: ReferralStatus;
  to: ReferralStatus;
  onBehalfOfProvider: boolean;
  eventId: string;
  tasksClosed: number;
}

export const invalidTransition = (from: ReferralStatus, to: ReferralStatus, reason?: string) =>
  new AppError(409, 'invalid_transition', `A referral cannot move from ${from} to ${to}.`, {
    from,
    to,
    ...(reason && { reason }),
  });

/** Lock the referral for a change (null when not in the organisation). */
export async function lockReferral(tx: DbOrTx, organizationId: string, id: string): Promise<ReferralRow | null> {
  const [row] = await tx
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, id), eq(referrals.organizationId, organizationId)))
    .for('update');
  return row ?? null;
}

/** Append one history row. */
export async function recordReferralEvent(
  tx: DbOrTx,
  row: Pick<ReferralRow, 'id' | 'organizationId'>,
  status: ReferralStatus,
  reason: string | null,
  by: ChangeBy,
  onBehalfOfProvider: boolean,
  now: Date,
): Promise<string> {
  const [ev] = await tx
    .insert(referralEvents)
    .values({
      organizationId: row.organizationId,
      referralId: row.id,
      status,
      reason,
      at: now,
      source: by.source,
      userId: by.source === 'staff' ? by.userId : null,
      onBehalfOfProvider,
      linkId: by.source === 'partner_link' ? by.linkId : null,
    })
    .returning({ id: referralEvents.id });
  if (!ev) throw new Error('referral event insert returned nothing');
  return ev.id;
}

/** End every working link of a referral. */
export async function revokeLinks(tx: DbOrTx, referralId: string, now: Date): Promise<number> {
  const res = await tx
    .update(referralLinks)
    .set({ revokedAt: now })
    .where(and(eq(referralLinks.referralId, referralId), isNull(referralLinks.revokedAt)))
    .returning({ id: referralLinks.id });
  return res.length;
}

/**
 * One status change on the model (`decideReferralTransition`), in the caller's transaction on a
 * locked row: the new state, the answer fields, the outcome written back to the goal, a history
 * row, and the monitoring tasks it answers closed. A cancelled or voided referral's links end.
 */
export async function applyStatusChange(
  tx: DbOrTx,
  row: ReferralRow,
  change: StatusChange,
  by: ChangeBy,
  now: Date,
): Promise<AppliedChange> {
  const decision = decideReferralTransition({
    from: row.status,
    to: change.status,
    source: by.source,
    reason: change.reason,
    onBehalfOfProvider: by.source === 'staff' ? by.onBehalfOfProvider : false,
  });
  if (!decision.allowed) {
    switch (decision.code) {
      case 'reason_required':
        throw validationFailed([{ path: 'reason', message: `Give a reason for ${change.status}.` }]);
      case 'invalid_transition':
        throw invalidTransition(row.status, change.status);
      // The partner link may set only the receiving provider's statuses (documented: 409).
      case 'not_your_status':
        throw invalidTransition(row.status, change.status, 'not_your_status');
    }
  }
  const appointmentDate = change.appointmentDate !== undefined ? change.appointmentDate : row.appointmentDate;
  const serviceProvided = change.serviceProvided !== undefined ? change.serviceProvided : row.serviceProvided;
  const reason = change.reason?.trim() || null;
  const outcome = referralStatusOutcome(change.status, { appointmentDate, serviceProvided, reason });
  await tx
    .update(referrals)
    .set({
      status: change.status,
      statusReason: reason,
      statusChangedAt: now,
      appointmentDate,
      serviceProvided,
      waitlistPosition: change.waitlistPosition !== undefined ? change.waitlistPosition : row.waitlistPosition,
      outcome: outcome ?? row.outcome,
      sentAt: change.status === 'requested' ? (row.sentAt ?? now) : row.sentAt,
      updatedAt: now,
      version: sql`${referrals.version} + 1`,
    })
    .where(eq(referrals.id, row.id));
  const eventId = await recordReferralEvent(tx, row, change.status, reason, by, decision.onBehalfOfProvider, now);
  if (change.status === 'cancelled' || change.status === 'entered-in-error') await revokeLinks(tx, row.id, now);
  const tasksClosed = await closeAnsweredReferralTasks(tx, row.id, change.status, now);
  return { from: row.status, to: change.status, onBehalfOfProvider: decision.onBehalfOfProvider, eventId, tasksClosed };
}
