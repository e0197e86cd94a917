import { partnerStatusBody, type PartnerStatusBody, type ReferralStatus } from '@careloop/core';
import { statusFields } from '../referrals/referral-model.js';

/** The provider's answer while it is filled in. */
export interface PartnerAnswer {
  status: ReferralStatus;
  reason: string;
  appointmentDate: string;
  serviceProvided: string;
  waitlistPosition: number | '';
}

export const startAnswer = (status: ReferralStatus): PartnerAnswer => ({
  status,
  reason: '',
  appointmentDate: '',
  serviceProvided: '',
  waitlistPosition: '',
});

/** Which boxes to show: the same status rules as staff see (reason where the model requires it). */
export function partnerFields(status: ReferralStatus) {
  const { reason, appointmentDate, serviceProvided, waitlistPosition } = statusFields(status);
  return { reason, appointmentDate, serviceProvided, waitlistPosition };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export function partnerBodyOf(a: PartnerAnswer): PartnerStatusBody {
  const f = partnerFields(a.status);
  return {
    status: a.status,
    reason: orNull(a.reason),
    ...(f.appointmentDate ? { appointmentDate: orNull(a.appointmentDate) } : {}),
    ...(f.serviceProvided ? { serviceProvided: orNull(a.serviceProvided) } : {}),
    ...(f.waitlistPosition ? { waitlistPosition: a.waitlistPosition === '' ? null : a.waitlistPosition } : {}),
  };
}

/** Messages from the core schema the server checks with, by field. */
export function partnerErrors(a: PartnerAnswer): Record<string, string> {
  const parsed = partnerStatusBody.safeParse(partnerBodyOf(a));
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues) out[String(issue.path[0] ?? 'status')] ??= issue.message;
  return out;
}
