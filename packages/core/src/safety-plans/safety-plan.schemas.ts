import { z } from 'zod';
import { isoDate } from '../clients/client.schemas.js';

/**
 * A safety plan in our own words on the six-step structure of CLINICAL.md §3 (never the branded
 * form's headings), plus what matters most to the client. Each version is one row: a draft is
 * edited in place, a signed version is immutable and editing it makes the next draft.
 */
export const SafetyPlanStatuses = ['draft', 'signed', 'superseded'] as const;
export type SafetyPlanStatus = (typeof SafetyPlanStatuses)[number];

/** The sections in the order the plan is used (escalating), then what matters most. */
export const SafetyPlanSections = [
  'warningSigns',
  'copingStrategies',
  'socialDistractions',
  'helpContacts',
  'professionalContacts',
  'environmentSafety',
  'reasonsForLiving',
] as const;
export type SafetyPlanSection = (typeof SafetyPlanSections)[number];

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v ? v : null));
const line = text(500).min(1, 'Write something or remove the line.');

/**
 * People and places that take the mind off things. One shape for both: `{ name, phone }`, a place
 * simply has no phone. A plain string (as a client's own words, "Mum 555-0100") is kept as the name.
 */
export const distraction = z.object({ name: text(200).min(1, 'Name the person or place.'), phone: optionalText(40) });
export type Distraction = z.output<typeof distraction>;

export const helpContact = z.object({
  name: text(200).min(1, 'Name the person.'),
  relationship: optionalText(100),
  phone: optionalText(40),
});
export type HelpContact = z.output<typeof helpContact>;

export const professionalContact = z.object({
  name: text(200).min(1, 'Name the professional or service.'),
  role: optionalText(100),
  phone: optionalText(40),
});
export type ProfessionalContact = z.output<typeof professionalContact>;

/** One means made safer: what, the plan, who does it by when, and when it was done. */
export const environmentStep = z.object({
  means: text(300).min(1, 'Say what is made safer.'),
  plan: text(1000).default(''),
  responsiblePerson: optionalText(200),
  byDate: isoDate.nullish().transform((v) => v ?? null),
  completedOn: isoDate.nullish().transform((v) => v ?? null),
});
export type EnvironmentStep = z.output<typeof environmentStep>;

/** A list item given as a plain string (the client's own words) becomes the object's first field. */
const fromString = <T>(make: (s: string) => T) =>
  text(500).min(1, 'Write something or remove the line.').transform(make);

const distractionItem = z.union([fromString((name): Distraction => ({ name, phone: null })), distraction]);
const helpContactItem = z.union([
  fromString((name): HelpContact => ({ name, relationship: null, phone: null })),
  helpContact,
]);
const professionalContactItem = z.union([
  fromString((name): ProfessionalContact => ({ name, role: null, phone: null })),
  professionalContact,
]);
const environmentItem = z.union([
  fromString((means): EnvironmentStep => ({
    means,
    plan: '',
    responsiblePerson: null,
    byDate: null,
    completedOn: null,
  })),
  environmentStep,
]);

const sections = {
  warningSigns: z.array(line).max(30),
  copingStrategies: z.array(line).max(30),
  socialDistractions: z.array(distractionItem).max(30),
  helpContacts: z.array(helpContactItem).max(30),
  professionalContacts: z.array(professionalContactItem).max(30),
  environmentSafety: z.array(environmentItem).max(30),
  reasonsForLiving: z.array(line).max(30),
};

/** The whole plan; a section left out is empty (a draft is written over several talks). */
export const safetyPlanContent = z.object({
  warningSigns: sections.warningSigns.default([]),
  copingStrategies: sections.copingStrategies.default([]),
  socialDistractions: sections.socialDistractions.default([]),
  helpContacts: sections.helpContacts.default([]),
  professionalContacts: sections.professionalContacts.default([]),
  environmentSafety: sections.environmentSafety.default([]),
  reasonsForLiving: sections.reasonsForLiving.default([]),
});
export type SafetyPlanContentInput = z.input<typeof safetyPlanContent>;
export type SafetyPlanContent = z.output<typeof safetyPlanContent>;

export const createSafetyPlanBody = safetyPlanContent;
export type CreateSafetyPlanBody = z.output<typeof createSafetyPlanBody>;

/** Edits to a draft; a section sent replaces the stored one, a section left out stays as it is. */
export const updateSafetyPlanBody = z.object({
  version: z.number().int().positive(),
  warningSigns: sections.warningSigns.optional(),
  copingStrategies: sections.copingStrategies.optional(),
  socialDistractions: sections.socialDistractions.optional(),
  helpContacts: sections.helpContacts.optional(),
  professionalContacts: sections.professionalContacts.optional(),
  environmentSafety: sections.environmentSafety.optional(),
  reasonsForLiving: sections.reasonsForLiving.optional(),
});
export type UpdateSafetyPlanBody = z.output<typeof updateSafetyPlanBody>;

/** The staff member signing is the actor; the client's signature is attested by this flag. */
export const signSafetyPlanBody = z.object({
  signedByClient: z.literal(true, { message: 'The client signs the plan with you.' }),
  version: z.number().int().positive(),
});
export type SignSafetyPlanBody = z.output<typeof signSafetyPlanBody>;

/** "Reviewed with the client, no change" on the current signed plan (after a crisis, at a transition). */
export const reviewSafetyPlanBody = z.object({
  version: z.number().int().positive(),
  note: optionalText(2000),
});
export type ReviewSafetyPlanBody = z.output<typeof reviewSafetyPlanBody>;

export const safetyPlanReview = z.object({
  id: z.string(),
  reviewedAt: z.string(),
  reviewedById: z.string(),
  reviewedByName: z.string().nullable(),
  note: z.string().nullable(),
});

const contentView = z.object({
  warningSigns: z.array(z.string()),
  copingStrategies: z.array(z.string()),
  socialDistractions: z.array(z.object({ name: z.string(), phone: z.string().nullable() })),
  helpContacts: z.array(
    z.object({ name: z.string(), relationship: z.string().nullable(), phone: z.string().nullable() }),
  ),
  professionalContacts: z.array(
    z.object({ name: z.string(), role: z.string().nullable(), phone: z.string().nullable() }),
  ),
  environmentSafety: z.array(
    z.object({
      means: z.string(),
      plan: z.string(),
      responsiblePerson: z.string().nullable(),
      byDate: z.string().nullable(),
      completedOn: z.string().nullable(),
    }),
  ),
  reasonsForLiving: z.array(z.string()),
});

export const safetyPlanSummary = z.object({
  id: z.string(),
  clientId: z.string(),
  /** The version's place in the client's chain of plans (1, 2, …). */
  planNumber: z.number().int(),
  /** The row's concurrency version (sent back with edits and the signature). */
  version: z.number().int(),
  status: z.enum(SafetyPlanStatuses),
  basedOnId: z.string().nullable(),
  createdAt: z.string(),
  createdById: z.string(),
  createdByName: z.string().nullable(),
  updatedAt: z.string(),
  signedAt: z.string().nullable(),
  signedById: z.string().nullable(),
  signedByName: z.string().nullable(),
  signedByClient: z.boolean(),
  lastReviewedAt: z.string().nullable(),
});
export type SafetyPlanSummary = z.infer<typeof safetyPlanSummary>;

export const safetyPlanView = safetyPlanSummary.extend(contentView.shape).extend({
  reviews: z.array(safetyPlanReview),
});
export type SafetyPlanView = z.infer<typeof safetyPlanView>;

/** The client's plans: the current one (newest signed, else newest draft), the history, and form defaults. */
export const clientSafetyPlans = z.object({
  current: safetyPlanView.nullable(),
  /** The newest draft when one is being written (may be newer than `current`). */
  draft: safetyPlanView.nullable(),
  items: z.array(safetyPlanSummary),
  /** What a new plan's professionals section starts with: 988 and the agency's crisis line. */
  defaultProfessionalContacts: z.array(
    z.object({ name: z.string(), role: z.string().nullable(), phone: z.string().nullable() }),
  ),
});
export type ClientSafetyPlans = z.infer<typeof clientSafetyPlans>;
