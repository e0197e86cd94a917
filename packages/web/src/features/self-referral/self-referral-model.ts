import type { SelfReferralBody, ServiceCategory } from '@careloop/core';

/** Message limit of the public form (the server enforces the same). */
export const MESSAGE_MAX = 2000;

export type Relationship = 'self' | 'family' | 'friend' | 'other';
export type ContactChoice = 'phone' | 'text' | 'email' | 'none';

export interface SelfReferralValues {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  preferredContact: ContactChoice;
  okToLeaveMessage: boolean;
  submittedBy: Relationship;
  submitterName: string;
  needs: ServiceCategory[];
  message: string;
  /** Honeypot: stays empty for people. */
  website: string;
}

export const emptySelfReferral: SelfReferralValues = {
  firstName: '',
  lastName: '',
  dateOfBirth: '',
  phone: '',
  email: '',
  preferredContact: 'none',
  okToLeaveMessage: false,
  submittedBy: 'self',
  submitterName: '',
  needs: [],
  message: '',
  website: '',
};

/** The request body; empty optional fields become null, the submitter's name only when not self. */
export function selfReferralBody(v: SelfReferralValues): SelfReferralBody {
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    firstName: v.firstName.trim(),
    lastName: v.lastName.trim(),
    dateOfBirth: orNull(v.dateOfBirth),
    phone: orNull(v.phone),
    email: orNull(v.email),
    preferredContact: v.preferredContact === 'none' ? null : v.preferredContact,
    okToLeaveMessage: v.okToLeaveMessage,
    submittedBy: v.submittedBy,
    submitterName: v.submittedBy === 'self' ? null : orNull(v.submitterName),
    needs: v.needs,
    message: orNull(v.message.slice(0, MESSAGE_MAX)),
    ...(v.website ? { website: v.website } : {}),
  };
}

/** Checks made before sending (the server checks everything again). */
export function missingFields(v: SelfReferralValues): ('firstName' | 'lastName')[] {
  const missing: ('firstName' | 'lastName')[] = [];
  if (!v.firstName.trim()) missing.push('firstName');
  if (!v.lastName.trim()) missing.push('lastName');
  return missing;
}
