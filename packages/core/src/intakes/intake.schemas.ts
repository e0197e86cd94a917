import { z } from 'zod';
import { dateOfBirth } from '../clients/client.schemas.js';
import { ServiceCategories } from '../services/service-categories.js';
import { URGENCY_LIST } from '../time/timeliness.js';
import { firstContactScreenView } from './first-contact-screen.js';
import { EmergentReasons } from './front-door.js';
import {
  EligibilityDecisions,
  IntakeOutcomes,
  IntakeSources,
  IntakeStatuses,
  MANUAL_INTAKE_OUTCOMES,
  PreferredContactMethods,
  SelfReferralRelationships,
} from './intake-fields.js';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

const optionalEmail = z
  .email('Enter a valid email address.')
  .max(254)
  .nullable()
  .optional()
  .or(z.literal('').transform(() => null));

const optionalPhone = z
  .string()
  .trim()
  .max(40)
  .refine((s) => s === '' || s.replace(/\D/g, '').length >= 7, 'Enter at least 7 digits.')
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .optional();

const pastDob = dateOfBirth
  .nullable()
  .optional()
  .or(z.literal('').transform(() => null));

const needs = z.array(z.enum(ServiceCategories)).max(ServiceCategories.length);

/** A BCP 47-ish language code ('en', 'es', 'zh-Hant', 'asl'). */
export const languageCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Choose a language.')
  .max(35);

export const REACH_ME_MESSAGE =
  'Give at least one way to reach you: a phone number, an email, or a safe way to contact you.';

/** The public "help us match you" form. Strict size limits: it is reachable without login. */
export const selfReferralBody = z
  .object({
    firstName: z.string().trim().min(1, 'Enter a first name.').max(100),
    lastName: z.string().trim().min(1, 'Enter a last name.').max(100),
    dateOfBirth: pastDob,
    phone: optionalPhone,
    email: optionalEmail,
    /** When phone and email are not safe: how staff may reach the person (e.g. "ask for Ana at the shelter desk"). */
    safeContactNote: optionalText(500),
    /** "Are you safe right now?" — false makes the referral emergent; null when not answered. */
    safeNow: z.boolean().nullable().optional(),
    preferredLanguage: languageCode
      .nullable()
      .optional()
      .or(z.literal('').transform(() => null)),
    needs: needs.default([]),
    message: optionalText(2000),
    submittedBy: z.enum(SelfReferralRelationships).default('self'),
    submitterName: optionalText(200),
    preferredContact: z.enum(PreferredContactMethods).nullable().optional(),
    okToLeaveMessage: z.boolean().default(false),
    /** Honeypot: people never see this field; bots fill it in. */
    website: z.string().max(500).optional(),
  })
  .superRefine((b, ctx) => {
    // Nobody can be helped, or checked on in a crisis, without a way to reach them.
    if (!b.phone && !b.email && !b.safeContactNote) {
      ctx.addIssue({ code: 'custom', path: ['phone'], message: REACH_ME_MESSAGE });
    }
  });
export type SelfReferralBody = z.infer<typeof selfReferralBody>;

export const selfReferralResponse = z.object({ reference: z.string() });

/** A referral taken by staff (phone call, hospital discharge, court, …). */
export const createIntakeBody = z.object({
  source: z.enum(IntakeSources),
  urgency: z.enum(URGENCY_LIST),
  /** When the request reached the agency; defaults to now. Timeliness counts from here. */
  receivedAt: z.iso.datetime({ offset: true }).optional(),
  reason: z.string().trim().min(1, 'Describe the reason for referral.').max(4000),
  needs: needs.default([]),
  clientId: z.uuid().nullable().optional(),
  firstName: z.string().trim().min(1, 'Enter a first name.').max(100),
  lastName: z.string().trim().min(1, 'Enter a last name.').max(100),
  dateOfBirth: pastDob,
  phone: optionalPhone,
  email: optionalEmail,
  referrerName: optionalText(200),
  referrerContact: optionalText(200),
  assignedToId: z.uuid().nullable().optional(),
});
export type CreateIntakeBody = z.infer<typeof createIntakeBody>;

export const updateIntakeBody = z.object({
  urgency: z.enum(URGENCY_LIST).optional(),
  reason: z.string().trim().min(1, 'Describe the reason for referral.').max(4000).optional(),
  needs: needs.optional(),
  assignedToId: z.uuid().nullable().optional(),
  /** Link the intake to a registered client (matched or newly registered). */
  clientId: z.uuid().nullable().optional(),
  programId: z.uuid().nullable().optional(),
  version: z.number().int().positive().optional(),
});
export type UpdateIntakeBody = z.infer<typeof updateIntakeBody>;

export const intakeDecisionBody = z.object({
  decision: z.enum(EligibilityDecisions),
  reason: z.string().trim().min(1, 'Give the reason for the decision.').max(2000),
  /** The matched program (required when eligible). */
  programId: z.uuid().nullable().optional(),
  version: z.number().int().positive().optional(),
});
export type IntakeDecisionBody = z.infer<typeof intakeDecisionBody>;

export const closeIntakeBody = z.object({
  outcome: z.enum(MANUAL_INTAKE_OUTCOMES),
  reason: z.string().trim().min(1, 'Say why, e.g. where the person was referred.').max(2000),
  version: z.number().int().positive().optional(),
});
export type CloseIntakeBody = z.infer<typeof closeIntakeBody>;

export const intakeListQuery = z.object({
  status: z.enum(['open', 'closed', 'all']).default('open'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const intakeView = z.object({
  id: z.uuid(),
  reference: z.string(),
  source: z.enum(IntakeSources),
  receivedAt: z.string(),
  urgency: z.enum(URGENCY_LIST),
  /** Initial evaluation due (CCBHC timeliness for the urgency). */
  dueAt: z.string(),
  /** Comprehensive evaluation due: 60 calendar days from the first request. */
  comprehensiveDueAt: z.string(),
  overdue: z.boolean(),
  status: z.enum(IntakeStatuses),
  outcome: z.enum(IntakeOutcomes).nullable(),
  outcomeReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  preferredContact: z.enum(PreferredContactMethods).nullable(),
  okToLeaveMessage: z.boolean(),
  submittedBy: z.enum(SelfReferralRelationships).nullable(),
  submitterName: z.string().nullable(),
  reason: z.string().nullable(),
  message: z.string().nullable(),
  needs: z.array(z.enum(ServiceCategories)),
  safeNow: z.boolean().nullable(),
  safeContactNote: z.string().nullable(),
  preferredLanguage: z.string().nullable(),
  /** Why the referral is emergent (self-referral answers, crisis words, the first-contact screen). */
  emergentReasons: z.array(z.enum(EmergentReasons)),
  firstContactScreen: firstContactScreenView.nullable(),
  referrerName: z.string().nullable(),
  referrerContact: z.string().nullable(),
  clientId: z.uuid().nullable(),
  clientMrn: z.string().nullable(),
  programId: z.uuid().nullable(),
  programName: z.string().nullable(),
  assignedToId: z.uuid().nullable(),
  assignedToName: z.string().nullable(),
  firstContactAt: z.string().nullable(),
  eligibilityDecision: z.enum(EligibilityDecisions).nullable(),
  eligibilityReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  episodeId: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type IntakeView = z.infer<typeof intakeView>;

export const intakeListResponse = z.object({ items: z.array(intakeView) });
