import { z } from 'zod';

/** What set the crisis off, as the responder saw it (more than one may apply). */
export const CrisisTriggers = [
  'frustration_anxiety',
  'isolation',
  'loss',
  'unexpected_change',
  'substance_use',
  'conflict',
  'housing_loss',
  'medication_change',
  'other',
] as const;
export type CrisisTrigger = (typeof CrisisTriggers)[number];

/** The risk the responder observed at the time (not a screen result: the tier comes from instruments). */
export const CrisisRiskLevels = ['none', 'low', 'moderate', 'high', 'imminent'] as const;
export type CrisisRiskLevel = (typeof CrisisRiskLevels)[number];

/** What was done, in any combination. */
export const CrisisActions = [
  'phone_deescalation',
  'in_person_deescalation',
  'mobile_crisis_team',
  'safety_plan_used',
  'crisis_line_referral',
  'emergency_services',
  'hospital',
  'other',
] as const;
export type CrisisAction = (typeof CrisisActions)[number];

/** Where the person ended up. */
export const CrisisDispositions = [
  'stabilized_in_community',
  'crisis_stabilization_unit',
  'ed_visit',
  'admitted',
  'police_involvement',
  'other',
] as const;
export type CrisisDisposition = (typeof CrisisDispositions)[number];

/** `open` until someone resolves it with a note; only then does the banner flag clear. */
export const CrisisStatuses = ['open', 'resolved'] as const;
export type CrisisStatus = (typeof CrisisStatuses)[number];

const text = (max: number) => z.string().trim().max(max);
const dateTime = z.iso.datetime({ offset: true, message: 'Use an ISO date-time, e.g. 2026-03-01T14:30:00Z.' });
/**
 * Words people (and other systems) use for the same thing: "Phone de-escalation", "stabilized",
 * "ED" all land on our codes. Case, spaces and hyphens do not matter.
 */
const CRISIS_ALIASES: Readonly<Record<string, string>> = {
  frustration: 'frustration_anxiety',
  anxiety: 'frustration_anxiety',
  frustration_or_anxiety: 'frustration_anxiety',
  phone_de_escalation: 'phone_deescalation',
  in_person_de_escalation: 'in_person_deescalation',
  mobile_crisis: 'mobile_crisis_team',
  emergency_services_called: 'emergency_services',
  stabilized: 'stabilized_in_community',
  stabilized_in_the_community: 'stabilized_in_community',
  ed: 'ed_visit',
  emergency_department: 'ed_visit',
  admission: 'admitted',
  police: 'police_involvement',
};
const crisisCode = <T extends readonly [string, ...string[]]>(values: T, message?: string) =>
  z
    .string()
    .transform((v) => {
      const code = v
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_');
      return CRISIS_ALIASES[code] ?? code;
    })
    .pipe(z.enum(values, message ? { message } : undefined));

const uniqueList = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .array(crisisCode(values))
    .min(1, message)
    .max(values.length)
    .transform((v) => [...new Set(v)]);

const crisisFields = {
  occurredAt: dateTime,
  triggers: uniqueList(CrisisTriggers, 'Choose at least one trigger.'),
  actions: uniqueList(CrisisActions, 'Choose at least one action taken.'),
  disposition: crisisCode(CrisisDispositions, 'Choose the disposition.'),
  summary: text(4000).min(1, 'Summarise what happened.'),
  riskObserved: z.enum(CrisisRiskLevels).nullable().optional(),
  /** Staff who responded (the recorder is added when the list is left empty). */
  respondedByIds: z.array(z.uuid()).max(20).optional(),
  /** Responders outside the agency (a mobile crisis team, police), named in a few words. */
  otherResponders: text(300).nullable().optional(),
  location: text(300).nullable().optional(),
};

export const createCrisisEventBody = z.object(crisisFields);
export type CreateCrisisEventBody = z.infer<typeof createCrisisEventBody>;

/** Edits while the event is open; `version` guards against a lost update. */
export const updateCrisisEventBody = z.object({
  version: z.number().int().positive(),
  occurredAt: crisisFields.occurredAt.optional(),
  triggers: crisisFields.triggers.optional(),
  actions: crisisFields.actions.optional(),
  disposition: crisisFields.disposition.optional(),
  summary: crisisFields.summary.optional(),
  riskObserved: crisisFields.riskObserved,
  respondedByIds: crisisFields.respondedByIds,
  otherResponders: crisisFields.otherResponders,
  location: crisisFields.location,
});
export type UpdateCrisisEventBody = z.infer<typeof updateCrisisEventBody>;

export const resolveCrisisEventBody = z.object({
  note: text(4000).min(1, 'Say how the crisis was resolved.'),
  version: z.number().int().positive(),
});
export type ResolveCrisisEventBody = z.infer<typeof resolveCrisisEventBody>;

export const crisisResponder = z.object({ id: z.uuid(), name: z.string().nullable() });

export const crisisEventView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  episodeId: z.uuid().nullable(),
  occurredAt: z.string(),
  triggers: z.array(z.enum(CrisisTriggers)),
  actions: z.array(z.enum(CrisisActions)),
  disposition: z.enum(CrisisDispositions),
  riskObserved: z.enum(CrisisRiskLevels).nullable(),
  summary: z.string(),
  responders: z.array(crisisResponder),
  otherResponders: z.string().nullable(),
  location: z.string().nullable(),
  status: z.enum(CrisisStatuses),
  resolutionNote: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  /** When the follow-up contact is due (occurredAt + the agency's hours). */
  followUpDueAt: z.string(),
  /** Null while the follow-up contact task is open (or was never raised). */
  followUpDoneAt: z.string().nullable(),
  recordedById: z.uuid(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
  version: z.number().int(),
});
export type CrisisEventView = z.infer<typeof crisisEventView>;

/** Agency settings: how soon after a crisis the follow-up contact is due. */
export const crisisSettings = z.object({
  followUpHours: z.number().int().min(1).max(168),
});
export type CrisisSettings = z.infer<typeof crisisSettings>;
/** `version` 0 until the agency first saves (the default is not a stored row). */
export const crisisSettingsBody = crisisSettings.extend({ version: z.number().int().min(0).optional() });
export type CrisisSettingsBody = z.infer<typeof crisisSettingsBody>;
export const crisisSettingsView = crisisSettings.extend({ version: z.number().int() });
export type CrisisSettingsView = z.infer<typeof crisisSettingsView>;
