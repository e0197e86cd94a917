import { z } from 'zod';
import { NoteStatuses } from './note-status.js';

const text = (max: number) => z.string().trim().max(max);

/** Kinds of contact (encounter). `outreach_attempt` is an attempt to reach the client. */
export const ContactTypes = [
  'face_to_face',
  'home_visit',
  'community',
  'phone',
  'video',
  'text',
  'collateral',
  'group',
  'outreach_attempt',
] as const;
export type ContactType = (typeof ContactTypes)[number];

/** `completed` reached the client; the rest are failed outreach (count for engagement only). */
export const ContactOutcomes = ['completed', 'no_answer', 'not_home', 'left_message', 'declined'] as const;
export type ContactOutcome = (typeof ContactOutcomes)[number];

export const ContactServices = [
  'coordination',
  'advocacy',
  'skills_training',
  'crisis_support',
  'transportation',
  'benefits_assistance',
  'housing_support',
  'health_coordination',
  'medication_support',
  'peer_support',
  'family_support',
  'psychoeducation',
] as const;
export type ContactService = (typeof ContactServices)[number];

export const ParticipantKinds = ['client', 'family', 'provider', 'staff', 'other'] as const;

export const NoteFormats = ['dap', 'soap'] as const;
export type NoteFormat = (typeof NoteFormats)[number];

export const NoteKinds = ['progress', 'psychotherapy'] as const;
export type NoteKind = (typeof NoteKinds)[number];

/** Stored note statuses; `awaiting_cosign` is worked out from a signed note that needs a co-sign. */
export const StoredNoteStatuses = ['draft', 'signed'] as const;

const section = text(20000);

/** DAP: data, assessment, plan. */
export const dapBody = z.object({ data: section, assessment: section, plan: section });
/** SOAP: subjective, objective, assessment, plan. */
export const soapBody = z.object({ subjective: section, objective: section, assessment: section, plan: section });

/** A note as sent by the client: DAP fields or SOAP fields, each optional while a draft. */
export const noteSections = z.object({
  data: section.optional(),
  subjective: section.optional(),
  objective: section.optional(),
  assessment: section.optional(),
  plan: section.optional(),
});
export type NoteSections = z.infer<typeof noteSections>;

export const participant = z.object({
  kind: z.enum(ParticipantKinds),
  name: text(200).nullable().optional(),
  userId: z.uuid().nullable().optional(),
});

export const billingFields = z.object({
  serviceCode: text(40).nullable().optional(),
  units: z.number().int().min(0).max(96).nullable().optional(),
  placeOfService: text(40).nullable().optional(),
});

/** `POST /api/clients/:id/contacts` (the contract the outside checks use, plus optional detail). */
export const createContactBody = z.object({
  type: z.enum(ContactTypes),
  outcome: z.enum(ContactOutcomes).optional(),
  occurredAt: z.iso.datetime({ offset: true, message: 'Use an ISO date-time, e.g. 2026-03-01T14:30:00Z.' }),
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  episodeId: z.uuid().optional(),
  location: text(300).nullable().optional(),
  participants: z.array(participant).max(20).optional(),
  goalIds: z.array(z.string().min(1).max(64)).max(50).optional(),
  interventionIds: z.array(z.string().min(1).max(64)).max(50).optional(),
  services: z.array(z.enum(ContactServices)).max(20).optional(),
  billing: billingFields.nullable().optional(),
  note: noteSections.extend({ kind: z.enum(NoteKinds).optional() }).optional(),
});
export type CreateContactBody = z.infer<typeof createContactBody>;

export const updateContactBody = createContactBody.omit({ note: true, episodeId: true }).partial().extend({
  version: z.number().int().positive().optional(),
});
export type UpdateContactBody = z.infer<typeof updateContactBody>;

export const voidContactBody = z.object({
  reason: text(2000).min(5, 'Say why this contact was entered in error.'),
  version: z.number().int().positive().optional(),
});
export type VoidContactBody = z.infer<typeof voidContactBody>;

export const updateNoteBody = noteSections.extend({ version: z.number().int().positive().optional() });
export type UpdateNoteBody = z.infer<typeof updateNoteBody>;

/** `POST /api/contacts/:id/note`: a draft note on a contact that has no progress note yet. */
export const createNoteBody = noteSections.extend({ kind: z.enum(NoteKinds).optional() });
export type CreateNoteBody = z.infer<typeof createNoteBody>;

export const signNoteBody = z.object({ version: z.number().int().positive().optional() });
export const addendumBody = z.object({ text: text(20000).min(1, 'Write the addendum.') });

export const addendumView = z.object({
  id: z.uuid(),
  noteId: z.uuid(),
  text: z.string(),
  authorId: z.uuid(),
  authorName: z.string(),
  signedAt: z.string(),
});
export type AddendumView = z.infer<typeof addendumView>;

export const noteView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  contactId: z.uuid().nullable(),
  episodeId: z.uuid().nullable(),
  kind: z.enum(NoteKinds),
  format: z.enum(NoteFormats),
  sections: noteSections,
  status: z.enum(StoredNoteStatuses),
  authorId: z.uuid(),
  authorName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  signedAt: z.string().nullable(),
  signedByName: z.string().nullable(),
  lateEntry: z.boolean(),
  cosignRequired: z.boolean(),
  cosignedAt: z.string().nullable(),
  cosignedByName: z.string().nullable(),
  /** Signed, and co-signed when required: counts as the final record. */
  final: z.boolean(),
  addenda: z.array(addendumView),
  version: z.number().int(),
});
export type NoteView = z.infer<typeof noteView>;

export const contactView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  episodeId: z.uuid().nullable(),
  type: z.enum(ContactTypes),
  outcome: z.enum(ContactOutcomes),
  successful: z.boolean(),
  occurredAt: z.string(),
  durationMinutes: z.number().int(),
  location: z.string().nullable(),
  participants: z.array(participant),
  goalIds: z.array(z.string()),
  interventionIds: z.array(z.string()),
  services: z.array(z.enum(ContactServices)),
  billing: billingFields.nullable(),
  authorId: z.uuid(),
  authorName: z.string(),
  enteredAt: z.string(),
  lateEntry: z.boolean(),
  voided: z.boolean(),
  /** The progress note on it, if any (psychotherapy notes are never listed here). */
  noteId: z.uuid().nullable(),
  /** `awaiting_cosign`: signed, but the required co-sign is missing (not final yet). */
  noteStatus: z.enum(NoteStatuses).nullable(),
  version: z.number().int(),
});
export type ContactView = z.infer<typeof contactView>;

export const createContactResponse = z.object({ id: z.uuid(), noteId: z.uuid().optional() });

export const contactListQuery = z.object({
  before: z.iso.datetime({ offset: true }).optional(),
  /** With `before`: the id of the last contact shown, so contacts at the same instant are not skipped. */
  beforeId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** One row of the supervisor's co-sign queue. */
export const cosignQueueItem = z.object({
  noteId: z.uuid(),
  clientId: z.uuid(),
  clientName: z.string(),
  mrn: z.string(),
  authorName: z.string(),
  contactType: z.enum(ContactTypes).nullable(),
  occurredAt: z.string().nullable(),
  signedAt: z.string(),
});
export type CosignQueueItem = z.infer<typeof cosignQueueItem>;

/** One of my unsigned drafts (`GET /api/notes/drafts/mine`): ids only, so nothing typed is forgotten. */
export const noteDraftItem = z.object({
  noteId: z.uuid(),
  clientId: z.uuid(),
  contactId: z.uuid().nullable(),
  updatedAt: z.string(),
});
export type NoteDraftItem = z.infer<typeof noteDraftItem>;
