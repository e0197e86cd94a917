import { reminderKeys, type Urgency } from '@careloop/core';
import type { DbOrTx } from '../../db/database.js';
import { notify, type Notice } from '../notifications/notify.js';
import { intakeTeam, onCallStaff } from '../notifications/recipients.js';

/**
 * A new referral is announced to the intake team at once, in the transaction that files it; an
 * emergent one also to the on-call clinicians. `except` is whoever filed it (they know).
 */
export async function announceReferral(
  tx: DbOrTx,
  organizationId: string,
  intake: { id: string; urgency: Urgency },
  except: string | null,
  now: Date,
): Promise<void> {
  const base = {
    organizationId,
    kind: 'new_referral' as const,
    entityType: 'intake' as const,
    entityId: intake.id,
    params: { urgency: intake.urgency },
    createdAt: now,
  };
  const notices: Notice[] = (await intakeTeam(tx, organizationId))
    .filter((u) => u !== except)
    .map((userId) => ({ ...base, userId, dedupeKey: reminderKeys.newReferral(intake.id) }));
  if (intake.urgency === 'emergent') await alsoOnCall(tx, organizationId, intake.id, except, now, notices);
  await notify(tx, notices);
}

/** An intake that becomes emergent later (e.g. on the first-contact screen) reaches on-call too. */
export async function announceEmergent(
  tx: DbOrTx,
  organizationId: string,
  intakeId: string,
  except: string | null,
  now: Date,
): Promise<void> {
  const notices: Notice[] = [];
  await alsoOnCall(tx, organizationId, intakeId, except, now, notices);
  for (const userId of await intakeTeam(tx, organizationId)) {
    if (userId === except) continue;
    notices.push({
      organizationId,
      userId,
      kind: 'new_referral',
      entityType: 'intake',
      entityId: intakeId,
      params: { urgency: 'emergent' },
      dedupeKey: reminderKeys.emergentReferral(intakeId),
      createdAt: now,
    });
  }
  await notify(tx, notices);
}

async function alsoOnCall(
  tx: DbOrTx,
  organizationId: string,
  intakeId: string,
  except: string | null,
  now: Date,
  into: Notice[],
): Promise<void> {
  for (const userId of await onCallStaff(tx, organizationId, null)) {
    if (userId === except) continue;
    into.push({
      organizationId,
      userId,
      kind: 'new_referral',
      entityType: 'intake',
      entityId: intakeId,
      params: { urgency: 'emergent' },
      dedupeKey: reminderKeys.emergentReferral(intakeId),
      createdAt: now,
    });
  }
}
