import type { SelfReferralBody, ServiceCategory } from '@careloop/core';

/** Message limit of the public form (the server enforces the same). */
export const MESSAGE_MAX = 2000;

export type Relationship = 'self' | 'family' | 'friend' | 'other';
export type ContactChoice = 'phone' | 'text' | 'email' | 'none';
/** "Are you safe right now?" — '' until answered; 'unsaid' when the person prefers not to say. */
export type SafeAnswer = '' | 'yes' | 'no' | 'unsaid';

/** Languages the form offers (codes as the client record stores them); anything else goes in the message. */
export const FORM_LANGUAGES = ['en', 'es', 'zh', 'vi', 'ar', 'ru', 'ko', 'ht', 'fr', 'tl', 'asl'] as const;

export interface SelfReferralValues {
  safeNow: SafeAnswer;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  /** When phone or email is not safe: how staff may reach the person. */
  safeContactNote: string;
  preferredLanguage: string;
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
  safeNow: '',
  firstName: '',
  lastName: '',
  dateOfBirth: '',
  phone: '',
  email: '',
  safeContactNote: '',
  preferredLanguage: '',
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
    safeContactNote: orNull(v.safeContactNote),
    safeNow: v.safeNow === 'yes' ? true : v.safeNow === 'no' ? false : null,
    preferredLanguage: orNull(v.preferredLanguage),
    preferredContact: v.preferredContact === 'none' ? null : v.preferredContact,
    okToLeaveMessage: v.okToLeaveMessage,
    submittedBy: v.submittedBy,
    submitterName: v.submittedBy === 'self' ? null : orNull(v.submitterName),
    needs: v.needs,
    message: orNull(v.message.slice(0, MESSAGE_MAX)),
    ...(v.website ? { website: v.website } : {}),
  };
}

export type MissingField = 'firstName' | 'lastName' | 'phone';

/**
 * Checks made before sending (the server checks everything again): names, and at least one way
 * to reach the person (reported on the phone field, where the person looks first).
 */
export function missingFields(v: SelfReferralValues): MissingField[] {
  const missing: MissingField[] = [];
  if (!v.firstName.trim()) missing.push('firstName');
  if (!v.lastName.trim()) missing.push('lastName');
  if (!v.phone.trim() && !v.email.trim() && !v.safeContactNote.trim()) missing.push('phone');
  return missing;
}
