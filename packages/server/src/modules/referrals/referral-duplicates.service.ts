import { ACTIVE_REFERRAL_STATUSES, type ExistingReferral } from '@careloop/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { directoryServices } from '../directory/directory.schema.js';
import { referrals } from './referrals.schema.js';

/** The client's open referrals as the duplicate rule compares them (core `referralDuplicates`). */
export async function clientReferralKeys(
  tx: DbOrTx,
  organizationId: string,
  clientId: string,
): Promise<ExistingReferral[]> {
  return tx
    .select({
      id: referrals.id,
      status: referrals.status,
      category: referrals.category,
      serviceId: referrals.serviceId,
      directoryProviderId: directoryServices.providerId,
      providerName: referrals.providerName,
    })
    .from(referrals)
    .leftJoin(directoryServices, eq(directoryServices.id, referrals.serviceId))
    .where(
      and(
        eq(referrals.organizationId, organizationId),
        eq(referrals.clientId, clientId),
        inArray(referrals.status, [...ACTIVE_REFERRAL_STATUSES]),
      ),
    );
}
