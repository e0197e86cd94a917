import { reminderKeys, type Urgency } from '@careloop/core';
import type { DbOrTx } from '../../db/database.js';
import { notify, type Notice } from '../notifications/notify.js';
import { intakeTeam, onCallStaff } from '../notifications/recipients.js';

const referralNotice =
  (organizationId: string, intakeId: string, urgency: Urgency, dedupeKey: string, now: Date) =>
  (userId: string): Notice => ({
    organizationId,
    userId,
    kind: 'new_referral',
    entityType: 'intake',
    entityId: intakeId,
    params: { urgency },
    dedupeKey,
    createdAt: now,
  });

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
  const team = (await intakeTeam(tx, organizationId)).filter((u) => u !== except);
  const notices = team.map(
    referralNotice(organizationId, intake.id, intake.urgency, reminderKeys.newReferral(intake.id), now),
  );
  if (intake.urgency === 'emergent') {
    const onCall = (await onCallStaff(tx, organizationId, null)).filter((u) => u !== except);
    notices.push(
      ...onCall.map(
        referralNotice(organizationId, intake.id, 'emergent', reminderKeys.emergentReferral(intake.id), now),
      ),
    );
  }
  await notify(tx, notices);
}

/** An intake that becomes emergent later (the first-contact screen) reaches on-call and the team again. */
export async function announceEmergent(
  tx: DbOrTx,
  organizationId: string,
  intakeId: string,
  except: string | null,
  now: Date,
): Promise<void> {
  const people = new Set([...(await onCallStaff(tx, organizationId, null)), ...(await intakeTeam(tx, organizationId))]);
  people.delete(except ?? '');
  await notify(
    tx,
    [...people].map(referralNotice(organizationId, intakeId, 'emergent', reminderKeys.emergentReferral(intakeId), now)),
  );
}
