import { isTerminalReferralStatus, type ReferralStatus } from '@careloop/core';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { careTasks } from '../tasks/tasks.schema.js';
import { completeKeyedRuleTasks } from '../tasks/rule-task.service.js';

/** The open monitoring tasks of one referral, by key (a read of the tasks module's table). */
async function openReferralTaskKeys(tx: DbOrTx, referralId: string): Promise<string[]> {
  const rows = await tx
    .select({ key: careTasks.sourceKey })
    .from(careTasks)
    .where(and(eq(careTasks.referralId, referralId), eq(careTasks.source, 'referral'), eq(careTasks.status, 'open')));
  return rows.flatMap((r) => (r.key ? [r.key] : []));
}

/**
 * Close what a referral's new state answers: a follow-up asked about the status it left; a
 * check-in ends with a terminal status. Done by the rule, in the caller's transaction.
 */
export async function closeAnsweredReferralTasks(
  tx: DbOrTx,
  referralId: string,
  status: ReferralStatus,
  now: Date,
): Promise<number> {
  const keys = await openReferralTaskKeys(tx, referralId);
  const followUps = keys.filter((k) => k.includes(':follow_up:') && !k.endsWith(`:follow_up:${status}`));
  const checkIns = isTerminalReferralStatus(status) ? keys.filter((k) => k.includes(':check_in:')) : [];
  let closed = 0;
  if (followUps.length) {
    closed += await completeKeyedRuleTasks(tx, 'referral', followUps, `The referral moved to ${status}.`, now);
  }
  if (checkIns.length) {
    closed += await completeKeyedRuleTasks(tx, 'referral', checkIns, `The referral ended (${status}).`, now);
  }
  return closed;
}

/** The client's check-in after the first appointment was recorded: its task is answered. */
export async function closeCheckInTasks(tx: DbOrTx, referralId: string, outcome: string, now: Date): Promise<number> {
  const keys = (await openReferralTaskKeys(tx, referralId)).filter((k) => k.includes(':check_in:'));
  return completeKeyedRuleTasks(tx, 'referral', keys, outcome, now);
}
