import { z } from 'zod';
import { isoDate } from '../clients/client.schemas.js';
import { fuhResult } from '../measures/fuh.js';

export const HospitalizationTypes = ['psychiatric_inpatient', 'medical', 'detox', 'residential', 'ed_only'] as const;
export type HospitalizationType = (typeof HospitalizationTypes)[number];

export const PrincipalDiagnosisCategories = ['mental_illness', 'self_harm', 'other'] as const;
export type PrincipalDiagnosisCategory = (typeof PrincipalDiagnosisCategories)[number];

/** Where a follow-up window stands: answered in time, still open, or past its last day unanswered. */
export const FollowUpStatuses = ['met', 'due', 'missed'] as const;
export type FollowUpStatus = (typeof FollowUpStatuses)[number];

const facility = z.string().trim().min(1, 'Name the facility.').max(200);

export const createHospitalizationBody = z
  .object({
    type: z.enum(HospitalizationTypes, { message: 'Choose the kind of stay.' }),
    facility,
    admittedOn: isoDate,
    dischargedOn: isoDate.nullable().optional(),
    principalDiagnosisCategory: z.enum(PrincipalDiagnosisCategories, { message: 'Choose the diagnosis category.' }),
    /** The crisis event the admission followed, when there was one. */
    crisisEventId: z.uuid().nullable().optional(),
  })
  .refine((b) => !b.dischargedOn || b.dischargedOn >= b.admittedOn, {
    path: ['dischargedOn'],
    message: 'The discharge cannot be before the admission.',
  });
export type CreateHospitalizationBody = z.infer<typeof createHospitalizationBody>;

/** Record the discharge later, or correct the stay; `version` guards against a lost update. */
export const updateHospitalizationBody = z.object({
  version: z.number().int().positive(),
  type: z.enum(HospitalizationTypes).optional(),
  facility: facility.optional(),
  admittedOn: isoDate.optional(),
  dischargedOn: isoDate.nullable().optional(),
  principalDiagnosisCategory: z.enum(PrincipalDiagnosisCategories).optional(),
});
export type UpdateHospitalizationBody = z.infer<typeof updateHospitalizationBody>;

/** The follow-up picture of one psychiatric discharge (null for other stays). */
export const dischargeFollowUp = z.object({
  /** When the post-discharge contact is due (discharge day + the agency's hours). */
  contactDueAt: z.iso.datetime({ offset: true }),
  contactDone: z.boolean(),
  day7Due: isoDate,
  day30Due: isoDate,
  /** The first completed contact with the client after the discharge day, if any. */
  firstFollowUpOn: isoDate.nullable(),
  daysSinceDischarge: z.number().int(),
  status7: z.enum(FollowUpStatuses),
  status30: z.enum(FollowUpStatuses),
  fuh: fuhResult,
  escalatedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type DischargeFollowUp = z.infer<typeof dischargeFollowUp>;

export const hospitalizationView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  type: z.enum(HospitalizationTypes),
  facility: z.string(),
  admittedOn: isoDate,
  dischargedOn: isoDate.nullable(),
  principalDiagnosisCategory: z.enum(PrincipalDiagnosisCategories),
  crisisEventId: z.uuid().nullable(),
  followUp: dischargeFollowUp.nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  version: z.number().int(),
});
export type HospitalizationView = z.infer<typeof hospitalizationView>;

export const hospitalizationSettings = z.object({
  /** Hours after the discharge day within which the client is contacted (CLINICAL.md §7.1 policy). */
  dischargeContactHours: z.number().int().min(1).max(336),
});
export type HospitalizationSettings = z.infer<typeof hospitalizationSettings>;
export const hospitalizationSettingsBody = hospitalizationSettings.extend({
  version: z.number().int().min(0).optional(),
});
export type HospitalizationSettingsBody = z.output<typeof hospitalizationSettingsBody>;
export const hospitalizationSettingsView = hospitalizationSettings.extend({ version: z.number().int() });
export const DEFAULT_HOSPITALIZATION_SETTINGS = {
  dischargeContactHours: 72,
} as const satisfies HospitalizationSettings;

/** One row of the supervisors' post-discharge worklist. */
export const postDischargeItem = z.object({
  hospitalizationId: z.uuid(),
  clientId: z.uuid(),
  clientName: z.string(),
  mrn: z.string(),
  facility: z.string(),
  dischargedOn: isoDate,
  daysSinceDischarge: z.number().int(),
  contactDone: z.boolean(),
  status7: z.enum(FollowUpStatuses),
  status30: z.enum(FollowUpStatuses),
  escalated: z.boolean(),
});
export type PostDischargeItem = z.infer<typeof postDischargeItem>;
