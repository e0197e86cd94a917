import { z } from 'zod';
import {
  ClientStatuses,
  ContactRelationships,
  ContactRoles,
  Ethnicities,
  GenderIdentities,
  HousingStatuses,
  IdentifierTypes,
  PhoneTypes,
  Races,
  SexAtBirth,
  VeteranStatuses,
} from './client-fields.js';

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the format YYYY-MM-DD.')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'Not a real calendar date.',
    },
  );

/** The one date-of-birth rule (clients, referrals, the public form): a real date from 1900 to today. */
export const dateOfBirth = isoDate.refine((s) => s >= '1900-01-01' && s <= new Date().toISOString().slice(0, 10), {
  message: 'Date of birth must be between 1900 and today.',
});

// Never store a full SSN: anything shaped like nine digits is refused wherever it appears.
const noFullSsn = (s: string) => !/(^|\D)\d{3}-?\d{2}-?\d{4}(\D|$)/.test(s);

export const phone = z.object({
  type: z.enum(PhoneTypes).default('mobile'),
  number: z
    .string()
    .trim()
    .min(1, 'Enter a phone number.')
    .max(40)
    .refine((s) => s.replace(/\D/g, '').length >= 7, 'Enter at least 7 digits.'),
  primary: z.boolean().default(false),
});

export const address = z.object({
  line1: text(200).min(1, 'Enter the street address.'),
  line2: optionalText(200),
  city: text(100).min(1, 'Enter the city.'),
  state: text(50).min(1, 'Enter the state.'),
  postalCode: text(20).min(1, 'Enter the postal code.'),
});

export const identifier = z
  .object({
    type: z.enum(IdentifierTypes),
    value: text(64).min(1, 'Enter the identifier.'),
    issuer: optionalText(100),
  })
  .superRefine((v, ctx) => {
    if (v.type === 'ssn_last4' && !/^\d{4}$/.test(v.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Only the last 4 digits of an SSN may be stored.' });
    } else if (!noFullSsn(v.value) && v.type !== 'medicaid' && v.type !== 'insurance') {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Do not enter a full Social Security number.' });
    }
  });

export const communicationPreferences = z.object({
  okToText: z.boolean().default(false),
  okToVoicemail: z.boolean().default(false),
  okToMail: z.boolean().default(false),
  notes: optionalText(500),
});

// Field schemas without defaults: a PATCH must not reset what it did not send.
const clientFields = z.object({
  firstName: text(100).min(1, 'Enter the legal first name.'),
  middleName: optionalText(100),
  lastName: text(100).min(1, 'Enter the legal last name.'),
  preferredName: optionalText(100),
  pronouns: optionalText(40),
  dateOfBirth,
  sexAssignedAtBirth: z.enum(SexAtBirth).nullable().optional(),
  genderIdentity: z.enum(GenderIdentities).nullable().optional(),
  race: z.array(z.enum(Races)).max(8).optional(),
  ethnicity: z.enum(Ethnicities).nullable().optional(),
  preferredLanguage: text(35).min(2, 'Choose a language.'),
  interpreterNeeded: z.boolean(),
  phones: z.array(phone).max(5),
  email: z
    .email('Enter a valid email address.')
    .max(254)
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  homeAddress: address.nullable().optional(),
  mailingAddress: address.nullable().optional(),
  housingStatus: z.enum(HousingStatuses).nullable().optional(),
  veteranStatus: z.enum(VeteranStatuses).nullable().optional(),
  communication: communicationPreferences,
  identifiers: z.array(identifier).max(10),
});

export const createClientBody = clientFields.extend({
  preferredLanguage: clientFields.shape.preferredLanguage.default('en'),
  interpreterNeeded: z.boolean().default(false),
  phones: clientFields.shape.phones.default([]),
  communication: communicationPreferences.default({ okToText: false, okToVoicemail: false, okToMail: false }),
  identifiers: clientFields.shape.identifiers.default([]),
  /** Ids of candidates the user confirmed are not the same person (audited). */
  confirmedNotDuplicateOf: z.array(z.uuid()).max(50).optional(),
});
export type CreateClientBody = z.infer<typeof createClientBody>;

export const updateClientBody = clientFields.partial().extend({
  status: z.enum(ClientStatuses).optional(),
  deceasedDate: isoDate.nullable().optional(),
  version: z.number().int().positive().optional(),
});
export type UpdateClientBody = z.infer<typeof updateClientBody>;

export const clientView = z.object({
  id: z.uuid(),
  mrn: z.string(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  lastName: z.string(),
  preferredName: z.string().nullable(),
  pronouns: z.string().nullable(),
  dateOfBirth: z.string(),
  sexAssignedAtBirth: z.enum(SexAtBirth).nullable(),
  genderIdentity: z.enum(GenderIdentities).nullable(),
  race: z.array(z.enum(Races)),
  ethnicity: z.enum(Ethnicities).nullable(),
  preferredLanguage: z.string(),
  interpreterNeeded: z.boolean(),
  phones: z.array(z.object({ type: z.enum(PhoneTypes), number: z.string(), primary: z.boolean() })),
  email: z.string().nullable(),
  homeAddress: address.nullable(),
  mailingAddress: address.nullable(),
  housingStatus: z.enum(HousingStatuses).nullable(),
  veteranStatus: z.enum(VeteranStatuses).nullable(),
  communication: z.object({
    okToText: z.boolean(),
    okToVoicemail: z.boolean(),
    okToMail: z.boolean(),
    notes: z.string().nullable(),
  }),
  identifiers: z.array(z.object({ type: z.enum(IdentifierTypes), value: z.string(), issuer: z.string().nullable() })),
  status: z.enum(ClientStatuses),
  deceasedDate: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ClientView = z.infer<typeof clientView>;

export const mergedClientView = z.object({
  merged: z.literal(true),
  id: z.uuid(),
  mergedIntoId: z.uuid(),
  survivorId: z.uuid(),
});
export type MergedClientView = z.infer<typeof mergedClientView>;

/** POST /api/clients/search: the search text is client data, so it travels in the body, not the URL. */
export const clientSearchBody = z.object({
  q: z.string().trim().min(1, 'Type at least one character.').max(100),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(1000).default(0),
});
export type ClientSearchBody = z.infer<typeof clientSearchBody>;

export const clientSearchItem = z.object({
  id: z.uuid(),
  mrn: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  /** Null on a limited row. */
  preferredName: z.string().nullable(),
  dateOfBirth: z.string(),
  /** Null on a limited row. */
  status: z.enum(ClientStatuses).nullable(),
  score: z.number(),
  matchedOn: z.array(z.string()),
  /**
   * limited: no relationship to the client. Only name, date of birth and MRN are shown (so nobody
   * registers a duplicate); preferred name and status are null.
   */
  access: z.enum(['full', 'limited']),
});
export type ClientSearchItem = z.infer<typeof clientSearchItem>;

export const clientSearchResponse = z.object({ items: z.array(clientSearchItem), total: z.number().int() });
export type ClientSearchResponse = z.infer<typeof clientSearchResponse>;

export const supportContactBody = z.object({
  name: text(200).min(1, 'Enter a name.'),
  relationship: z.enum(ContactRelationships),
  phone: optionalText(40),
  email: z
    .email('Enter a valid email address.')
    .max(254)
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  address: optionalText(400),
  roles: z.array(z.enum(ContactRoles)).max(4).default([]),
  /** Placeholder until the consent module: the client agrees to involve this person. */
  involvementAgreed: z.boolean().default(false),
  notes: optionalText(1000),
});
export type SupportContactBody = z.infer<typeof supportContactBody>;

export const supportContactView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  name: z.string(),
  relationship: z.enum(ContactRelationships),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  roles: z.array(z.enum(ContactRoles)),
  involvementAgreed: z.boolean(),
  notes: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type SupportContactView = z.infer<typeof supportContactView>;

export const duplicateCandidate = z.object({
  id: z.uuid(),
  score: z.number(),
  reasons: z.array(z.string()),
  mrn: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string(),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidate>;
