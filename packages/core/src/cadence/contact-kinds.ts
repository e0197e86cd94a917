import type { ContactType } from '../contacts/contact.schemas.js';

/**
 * In person with the client, as ACT fidelity (DACTS) counts face-to-face contact. A group is
 * not: it is not individual contact with the worker, so it meets the contact count but never the
 * face-to-face rule (CLINICAL.md §5.2b).
 */
export const FACE_TO_FACE_TYPES = ['face_to_face', 'home_visit', 'community'] as const satisfies readonly ContactType[];

/**
 * Contact with the client themselves. Collateral contacts (family, providers) are about the client,
 * not with them, so they never satisfy a client-contact cadence nor count for engagement. A
 * completed outreach attempt reached the client and counts as a (not face-to-face) contact.
 */
export const CLIENT_CONTACT_TYPES = [
  ...FACE_TO_FACE_TYPES,
  'group',
  'phone',
  'video',
  'text',
  'outreach_attempt',
] as const satisfies readonly ContactType[];

export function isClientContact(type: string): boolean {
  return (CLIENT_CONTACT_TYPES as readonly string[]).includes(type);
}

export function isFaceToFace(type: string): boolean {
  return (FACE_TO_FACE_TYPES as readonly string[]).includes(type);
}

/** A contact as the cadence and engagement rules see it (voided contacts are left out before). */
export interface CadenceContact {
  occurredAt: Date;
  type: string;
  /** Reached the client (outcome `completed`); failed outreach never satisfies a rule. */
  successful: boolean;
}
