import { z } from 'zod';
import { isoDate } from '../clients/client.schemas.js';
import { NeedDomains } from '../needs/needs-domains.js';
import { ServiceCategories } from '../services/service-categories.js';
import { referralReasonRequired, ReferralChangeSources, ReferralStatuses } from './referral-status.js';

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();
const version = z.number().int().positive().optional();

/** A provider that is not (yet) in the directory. */
export const adHocProvider = z.object({
  name: text(200).min(1, 'Name the provider.'),
  contactName: optionalText(200),
  phone: optionalText(50),
  email: z.email('Enter a valid e-mail address.').nullable().optional(),
  address: optionalText(500),
});
export type AdHocProvider = z.infer<typeof adHocProvider>;

/** How the provider may reach the client: what the case manager chose to share, nothing more. */
export const ContactMethods = ['phone', 'text', 'email', 'through_case_manager'] as const;
export const contactPreferences = z.object({
  method: z.enum(ContactMethods),
  /** The number or address to use (empty when through the case manager). */
  value: optionalText(200),
  bestTimes: optionalText(200),
  notes: optionalText(500),
});
export type ContactPreferences = z.infer<typeof contactPreferences>;

/** Fields a duplicate check compares: category and provider. */
export const duplicateCheckQuery = z.object({
  category: z.enum(ServiceCategories),
  serviceId: z.uuid().optional(),
  providerName: text(200).optional(),
});

export const createReferralBody = z
  .object({
    serviceId: z.uuid().optional(),
    provider: adHocProvider.optional(),
    category: z.enum(ServiceCategories, { message: 'Choose a service category.' }),
    reason: text(2000).min(1, 'Say why the client is referred.'),
    /** The assessed needs (NeedDomain codes) this referral answers: they go in the packet. */
    needs: z.array(z.enum(NeedDomains)).max(NeedDomains.length).default([]),
    /** A care-plan goal (its id in the plan) and, optionally, one of its interventions. */
    goalId: text(64).min(1).optional(),
    interventionId: text(64).min(1).optional(),
    episodeId: z.uuid().optional(),
    contactPreferences: contactPreferences.optional(),
    /** Send at once (status `requested` and a partner link) instead of saving a draft. */
    send: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.serviceId === !v.provider) {
      ctx.addIssue({
        code: 'custom',
        path: ['serviceId'],
        message: 'Choose a directory service or name a provider (one of them).',
      });
    }
    if (v.interventionId && !v.goalId) {
      ctx.addIssue({ code: 'custom', path: ['goalId'], message: 'An intervention needs its goal.' });
    }
  });
export type CreateReferralBody = z.input<typeof createReferralBody>;

/** Fields a status change may carry, besides the status and its reason. */
const answerFields = {
  reason: optionalText(2000),
  /** The first appointment, when the provider gives one (accepted / in progress). */
  appointmentDate: isoDate.nullable().optional(),
  /** What was provided (completed): written back to the goal. */
  serviceProvided: optionalText(2000),
  waitlistPosition: z.number().int().min(1).max(100000).nullable().optional(),
};

function requireReason(v: { status: (typeof ReferralStatuses)[number]; reason?: string | null }, ctx: z.RefinementCtx) {
  if (referralReasonRequired(v.status) && !v.reason?.trim()) {
    ctx.addIssue({ code: 'custom', path: ['reason'], message: `Give a reason for ${v.status}.` });
  }
}

export const referralStatusBody = z
  .object({
    status: z.enum(ReferralStatuses, { message: 'Choose a referral status.' }),
    ...answerFields,
    /** Staff record the provider's answer on its behalf (e.g. after a phone call). */
    onBehalfOfProvider: z.boolean().optional(),
    version,
  })
  .superRefine(requireReason);
export type ReferralStatusBody = z.input<typeof referralStatusBody>;

export const partnerStatusBody = z
  .object({ status: z.enum(ReferralStatuses, { message: 'Choose a status.' }), ...answerFields })
  .superRefine(requireReason);
export type PartnerStatusBody = z.input<typeof partnerStatusBody>;

export const CheckInAnswers = ['attended', 'not_attended', 'not_reached'] as const;
/** The client's word after the first appointment date: closes the check-in task. */
export const referralCheckInBody = z.object({
  answer: z.enum(CheckInAnswers, { message: 'Say whether the client attended.' }),
  attendedOn: isoDate.nullable().optional(),
  note: optionalText(2000),
});

export const referralEventView = z.object({
  status: z.enum(ReferralStatuses),
  reason: z.string().nullable(),
  at: z.string(),
  source: z.enum(ReferralChangeSources),
  byName: z.string().nullable(),
  onBehalfOfProvider: z.boolean(),
});

export const duplicateWarning = z.object({
  referralId: z.uuid(),
  status: z.enum(ReferralStatuses),
  category: z.enum(ServiceCategories),
  providerName: z.string(),
  /** Why it may duplicate the new one. */
  match: z.enum(['same_category', 'same_provider', 'same_category_and_provider']),
});
export type DuplicateWarning = z.infer<typeof duplicateWarning>;

export const referralView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  episodeId: z.uuid().nullable(),
  status: z.enum(ReferralStatuses),
  category: z.enum(ServiceCategories),
  reason: z.string(),
  needs: z.array(z.enum(NeedDomains)),
  serviceId: z.uuid().nullable(),
  serviceName: z.string().nullable(),
  providerName: z.string(),
  provider: adHocProvider.nullable(),
  carePlanId: z.uuid().nullable(),
  goalId: z.string().nullable(),
  interventionId: z.string().nullable(),
  contactPreferences: contactPreferences.nullable(),
  appointmentDate: z.string().nullable(),
  waitlistPosition: z.number().int().nullable(),
  serviceProvided: z.string().nullable(),
  /** The result written back to the goal, e.g. "first appointment attended 2026-03-02". */
  outcome: z.string().nullable(),
  statusReason: z.string().nullable(),
  statusChangedAt: z.string(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  partnerLinkActive: z.boolean(),
  partnerLinkExpiresAt: z.string().nullable(),
  /** Past the agency's follow-up limit in requested/accepted, or a check-in due. */
  followUpDue: z.boolean(),
  history: z.array(referralEventView),
  version: z.number().int(),
});
export type ReferralView = z.infer<typeof referralView>;

export const createdReferralView = referralView.extend({
  warnings: z.array(duplicateWarning),
  /** Only when created with `send: true`: the provider's link, shown this once. */
  partnerLink: z.string().optional(),
});

export const sentReferralView = referralView.extend({
  /** Path ending in the token; shown once, only a hash is kept. */
  partnerLink: z.string(),
});

export const referralBoardQuery = z.object({
  scope: z.enum(['mine', 'team']).default('mine'),
  status: z.enum(ReferralStatuses).optional(),
  overdueOnly: z.stringbool().optional(),
});

export const referralBoardItem = referralView
  .pick({
    id: true,
    clientId: true,
    status: true,
    category: true,
    providerName: true,
    serviceName: true,
    statusChangedAt: true,
    sentAt: true,
    appointmentDate: true,
    followUpDue: true,
    version: true,
  })
  .extend({ clientName: z.string(), mrn: z.string(), createdByName: z.string().nullable() });

/** Agency settings for the periodic monitoring (CLINICAL.md §10.2 "Monitoring"). */
export const referralSettings = z.object({
  /** A follow-up task when a referral sits in `requested` longer than this. */
  requestedFollowUpDays: z.number().int().min(1).max(90),
  /** … or in `accepted` without starting. */
  acceptedFollowUpDays: z.number().int().min(1).max(180),
  /** Days after the first appointment to check in with the client. */
  checkInAfterDays: z.number().int().min(0).max(30),
  /** How long a partner link works. */
  partnerLinkDays: z.number().int().min(1).max(90),
});
export type ReferralSettings = z.infer<typeof referralSettings>;
/** `version` 0 until the agency first saves its limits (the defaults are not a stored row). */
export const referralSettingsBody = referralSettings.extend({ version: z.number().int().min(0).optional() });
export const referralSettingsView = referralSettings.extend({ version: z.number().int() });
export const DEFAULT_REFERRAL_SETTINGS = {
  requestedFollowUpDays: 7,
  acceptedFollowUpDays: 14,
  checkInAfterDays: 2,
  partnerLinkDays: 30,
} as const satisfies z.infer<typeof referralSettings>;

/** The packet the receiving provider sees: minimum necessary, never the chart (CLINICAL.md §11.3). */
export const partnerPacketView = z.object({
  status: z.enum(ReferralStatuses),
  category: z.enum(ServiceCategories),
  reason: z.string(),
  needs: z.array(z.enum(NeedDomains)),
  serviceName: z.string().nullable(),
  providerName: z.string(),
  client: z.object({ name: z.string(), preferredLanguage: z.string().nullable() }),
  contactPreferences: contactPreferences.nullable(),
  referredBy: z.object({
    name: z.string().nullable(),
    organizationName: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  }),
  sentAt: z.string().nullable(),
  appointmentDate: z.string().nullable(),
  serviceProvided: z.string().nullable(),
  /** The statuses the provider may choose now. */
  nextStatuses: z.array(z.enum(ReferralStatuses)),
  history: z.array(referralEventView.omit({ byName: true })),
  linkExpiresAt: z.string(),
});
export type PartnerPacketView = z.infer<typeof partnerPacketView>;

export const partnerTokenParams = z.object({ token: z.string().min(20).max(200) });

/** Parsed request bodies, as the server receives them. */
export type CreateReferralInput = z.output<typeof createReferralBody>;
export type ReferralStatusChange = z.output<typeof referralStatusBody>;
export type PartnerStatusChange = z.output<typeof partnerStatusBody>;
export type ReferralCheckIn = z.output<typeof referralCheckInBody>;
export type ReferralSettingsBody = z.output<typeof referralSettingsBody>;
export type ReferralBoardQuery = z.output<typeof referralBoardQuery>;
export type ReferralBoardItem = z.infer<typeof referralBoardItem>;
