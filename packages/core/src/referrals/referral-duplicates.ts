import type { ServiceCategory } from '../services/service-categories.js';
import type { DuplicateWarning } from './referral.schemas.js';
import { ACTIVE_REFERRAL_STATUSES, type ReferralStatus } from './referral-status.js';

/** The provider side of a referral, as the duplicate rule compares it. */
export interface ReferralProviderKey {
  category: ServiceCategory;
  serviceId?: string | null;
  /** The directory organization of the service, when it is one. */
  directoryProviderId?: string | null;
  /** The directory organization's name, or the ad-hoc provider's. */
  providerName?: string | null;
}

/** A referral the client already has. */
export interface ExistingReferral extends ReferralProviderKey {
  id: string;
  status: ReferralStatus;
  providerName: string;
}

const norm = (s: string | null | undefined) => (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/** Same directory service, same directory organization, or the same provider name (any case). */
export function sameReferralProvider(a: ReferralProviderKey, b: ReferralProviderKey): boolean {
  if (a.serviceId && b.serviceId && a.serviceId === b.serviceId) return true;
  if (a.directoryProviderId && b.directoryProviderId && a.directoryProviderId === b.directoryProviderId) return true;
  const name = norm(a.providerName);
  return name !== '' && name === norm(b.providerName);
}

/**
 * "Avoid duplicate services": the client's open referrals (not terminal, drafts included) in the
 * same category or to the same provider as the new one, each with why it matched. `excludeId`
 * leaves the referral itself out (a check after it was saved).
 */
export function referralDuplicates(
  candidate: ReferralProviderKey,
  existing: readonly ExistingReferral[],
  excludeId?: string,
): DuplicateWarning[] {
  const out: DuplicateWarning[] = [];
  for (const r of existing) {
    if (r.id === excludeId || !ACTIVE_REFERRAL_STATUSES.includes(r.status)) continue;
    const category = r.category === candidate.category;
    const provider = sameReferralProvider(candidate, r);
    if (!category && !provider) continue;
    out.push({
      referralId: r.id,
      status: r.status,
      category: r.category,
      providerName: r.providerName,
      match: category && provider ? 'same_category_and_provider' : category ? 'same_category' : 'same_provider',
    });
  }
  return out;
}
